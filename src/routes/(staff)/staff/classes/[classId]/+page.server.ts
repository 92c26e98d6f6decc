import { error, fail } from '@sveltejs/kit';
import { can } from '$lib/domain/auth/permissions';
import { createGroupSchema } from '$lib/domain/messaging/inputs';
import { createGroupRoom, listRooms } from '$lib/server/messaging/rooms';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { classResource } from '$lib/server/auth/resources';
import { getClassRoster } from '$lib/server/schools/roster';
import { resetPupilPassword } from '$lib/server/auth/password-changes';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { resetPupilPasswordSchema } from '$lib/domain/schools/inputs';
import { listClassWorries } from '$lib/server/safeguarding/class-worries';
import type { Actions, PageServerLoad } from './$types';

async function classOr404(classId: string) {
	const resource = await classResource(getDb(), classId);
	if (!resource) error(404, 'That class does not exist.');
	return resource;
}

export const load: PageServerLoad = async ({ locals, params }) => {
	const actor = guard(locals, 'class.read', await classOr404(params.classId));
	const roster = await getClassRoster(getDb(), actor, params.classId);
	const classRooms = can(actor, 'chat.read', resourceOf(actor, params.classId))
		? (await listRooms(getDb(), actor)).filter((r) => r.classId === params.classId)
		: [];
	return {
		roster,
		worries: await listClassWorries(getDb(), actor, params.classId),
		classId: params.classId,
		canWriteToFamilies: can(actor, 'announcement.write', resourceOf(actor, params.classId)),
		canResetPasswords: actor.role !== 'dsl',
		rooms: classRooms,
		canMakeGroups: can(actor, 'chat.groups.manage', resourceOf(actor, params.classId))
	};
};

const resourceOf = (actor: { schoolId: string }, classId: string) => ({ kind: 'class' as const, schoolId: actor.schoolId, classId });

export const actions: Actions = {
	createGroup: async ({ locals, params, request }) => {
		const actor = guard(locals, 'chat.groups.manage', await classOr404(params.classId));
		const form = await request.formData();
		const parsed = createGroupSchema.safeParse({ classId: params.classId, name: form.get('name'), pupilIds: form.getAll('pupilIds') });
		if (!parsed.success) return fail(400, { errors: { group: parsed.error.issues[0]?.message ?? 'Check the form.' }, values: {} });
		try {
			await createGroupRoom(getDb(), actor, parsed.data);
		} catch (e) {
			return failFromServiceError(e, form);
		}
		return { groupCreated: parsed.data.name };
	},
	resetPassword: async ({ locals, params, request }) => {
		const actor = guard(locals, 'class.roster.manage', await classOr404(params.classId));
		const parsed = await parseForm(request, resetPupilPasswordSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			await resetPupilPassword(getDb(), actor, parsed.data.pupilId, parsed.data.password);
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
		return { reset: parsed.data.pupilId };
	}
};
