import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { listClassesForStaff } from '$lib/server/schools/roster';
import { assignTeacher, createClass, createParent, createPupil, createStaff, linkParent, listSchoolPeople } from '$lib/server/schools/school-admin';
import { assignTeacherSchema, createClassSchema, createParentSchema, createPupilSchema, createStaffSchema, linkParentSchema } from '$lib/domain/schools/inputs';
import type { z } from 'zod';
import { setYearlyConsentKinds, yearlyConsentKinds } from '$lib/server/agreements/consents-in-force';
import { yearlyConsentsSchema } from '$lib/domain/agreements/inputs';
import { getSettings, saveSettings } from '$lib/server/safeguarding/settings';
import { safeguardingSettingsSchema } from '$lib/domain/safeguarding/inputs';
import type { Actor } from '$lib/domain/auth/permissions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'school.manage',
	run: async ({ actor }) => {
		const db = getDb();
		const [classes, people, yearlyConsents, safeguarding] = await Promise.all([
			listClassesForStaff(db, actor),
			listSchoolPeople(db, actor),
			yearlyConsentKinds(db, actor.schoolId),
			getSettings(db, actor)
		]);
		// Classes closed at a rollover are listed apart, and never offered for new pupils or teachers.
		return { classes: classes.filter((c) => !c.archived), archivedClasses: classes.filter((c) => c.archived), ...people, yearlyConsents, safeguarding };
	}
});

/** Every admin form: the shared wrapper, naming the form so the page shows its errors beside it. */
function adminAction<S extends z.ZodType>(name: string, schema: S, run: (actor: Actor, data: z.infer<S>) => Promise<unknown>) {
	return formAction({
		permission: 'school.manage',
		schema,
		formName: name,
		run: async ({ actor, input }) => {
			await run(actor, input as z.infer<S>);
			return { done: name };
		}
	});
}

export const actions: Actions = {
	createClass: adminAction('createClass', createClassSchema, (a, d) => createClass(getDb(), a, d)),
	createStaff: adminAction('createStaff', createStaffSchema, (a, d) => createStaff(getDb(), a, d)),
	createPupil: adminAction('createPupil', createPupilSchema, (a, d) => createPupil(getDb(), a, d)),
	createParent: adminAction('createParent', createParentSchema, (a, d) => createParent(getDb(), a, d)),
	linkParent: adminAction('linkParent', linkParentSchema, (a, d) => linkParent(getDb(), a, d.parentId, d.pupilId)),
	assignTeacher: adminAction('assignTeacher', assignTeacherSchema, (a, d) => assignTeacher(getDb(), a, d.teacherId, d.classId)),
	yearlyConsents: adminAction('yearlyConsents', yearlyConsentsSchema, (a, kinds) => setYearlyConsentKinds(getDb(), a, kinds)),
	// Keeping records and alerting on repeated blocks are the head's to decide, not every admin task's.
	safeguardingSettings: formAction({
		permission: 'retention.manage',
		schema: safeguardingSettingsSchema,
		formName: 'safeguardingSettings',
		run: async ({ actor, input }) => {
			await saveSettings(getDb(), actor, input);
			return { done: 'safeguardingSettings' };
		}
	})
};
