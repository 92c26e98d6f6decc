import { can } from '$lib/domain/auth/permissions';
import { createGroupSchema } from '$lib/domain/messaging/inputs';
import { createGroupRoom, listRooms } from '$lib/server/messaging/rooms';
import { getDb } from '$lib/server/db';
import { NO_CLASS, classInPath } from '$lib/server/http/path-resources';
import { getClassRoster } from '$lib/server/schools/roster';
import { resetPupilPassword } from '$lib/server/auth/password-changes';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { resetPupilPasswordSchema } from '$lib/domain/schools/inputs';
import { listClassWorries } from '$lib/server/safeguarding/class-worries';
import type { Actions, PageServerLoad } from './$types';

const resourceOf = (actor: { schoolId: string }, classId: string) => ({ kind: 'class' as const, schoolId: actor.schoolId, classId });

export const load: PageServerLoad = pageLoad({
	permission: 'class.read',
	resource: classInPath,
	notFound: NO_CLASS,
	run: async ({ actor, event: { params } }) => {
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
	}
});

export const actions: Actions = {
	createGroup: formAction({
		permission: 'chat.groups.manage',
		resource: classInPath,
		notFound: NO_CLASS,
		schema: createGroupSchema.omit({ classId: true }),
		lists: ['pupilIds'],
		run: async ({ actor, input, event }) => {
			await createGroupRoom(getDb(), actor, { ...input, classId: event.params.classId });
			return { groupCreated: input.name };
		}
	}),
	resetPassword: formAction({
		permission: 'class.roster.manage',
		resource: classInPath,
		notFound: NO_CLASS,
		schema: resetPupilPasswordSchema,
		run: async ({ actor, input }) => {
			await resetPupilPassword(getDb(), actor, input.pupilId, input.password);
			return { reset: input.pupilId };
		}
	})
};
