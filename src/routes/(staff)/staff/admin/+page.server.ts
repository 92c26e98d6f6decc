import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { listClassesForStaff } from '$lib/server/schools/roster';
import {
	assignTeacher,
	createClass,
	createParent,
	createPupil,
	createStaff,
	linkParent,
	listSchoolPeople
} from '$lib/server/schools/school-admin';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import {
	assignTeacherSchema,
	createClassSchema,
	createParentSchema,
	createPupilSchema,
	createStaffSchema,
	linkParentSchema
} from '$lib/domain/schools/inputs';
import type { z } from 'zod';
import { setYearlyConsentKinds, yearlyConsentKinds } from '$lib/server/agreements/consents-in-force';
import { yearlyConsentsSchema } from '$lib/domain/agreements/inputs';
import type { Actor } from '$lib/domain/auth/permissions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = guard(locals, 'school.manage');
	const db = getDb();
	const [classes, people, yearlyConsents] = await Promise.all([listClassesForStaff(db, actor), listSchoolPeople(db, actor), yearlyConsentKinds(db, actor.schoolId)]);
	return { classes, ...people, yearlyConsents };
};

/** Every admin action: guard, parse, call one service, report which form succeeded. */
function adminAction<S extends z.ZodType>(
	name: string,
	schema: S,
	run: (actor: Actor, data: z.infer<S>) => Promise<unknown>
) {
	return async ({ locals, request }: RequestEvent) => {
		const actor = guard(locals, 'school.manage');
		const parsed = await parseForm(request, schema);
		if (!parsed.ok) return fail(parsed.failure.status, { ...parsed.failure.data, formName: name });
		try {
			await run(actor, parsed.data);
		} catch (e) {
			const failure = failFromServiceError(e, parsed.form);
			return fail(failure.status, { ...failure.data, formName: name });
		}
		return { done: name };
	};
}

export const actions: Actions = {
	createClass: adminAction('createClass', createClassSchema, (a, d) => createClass(getDb(), a, d)),
	createStaff: adminAction('createStaff', createStaffSchema, (a, d) => createStaff(getDb(), a, d)),
	createPupil: adminAction('createPupil', createPupilSchema, (a, d) => createPupil(getDb(), a, d)),
	createParent: adminAction('createParent', createParentSchema, (a, d) => createParent(getDb(), a, d)),
	linkParent: adminAction('linkParent', linkParentSchema, (a, d) => linkParent(getDb(), a, d.parentId, d.pupilId)),
	assignTeacher: adminAction('assignTeacher', assignTeacherSchema, (a, d) =>
		assignTeacher(getDb(), a, d.teacherId, d.classId)
	),
	yearlyConsents: adminAction('yearlyConsents', yearlyConsentsSchema, (a, kinds) => setYearlyConsentKinds(getDb(), a, kinds))
};
