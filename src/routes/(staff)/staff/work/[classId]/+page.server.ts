import { classWorkSettingsSchema } from '$lib/domain/sharing/inputs';
import { takeDownSchema } from '$lib/domain/moderation/inputs';
import { can } from '$lib/domain/auth/permissions';
import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { NO_CLASS, classInPath } from '$lib/server/http/path-resources';
import { getClassWork } from '$lib/server/sharing/class-work';
import { updateClassWorkSettings } from '$lib/server/sharing/settings';
import { takeDown } from '$lib/server/moderation/take-down';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'class.read',
	resource: classInPath,
	notFound: NO_CLASS,
	run: async ({ actor, event: { params } }) => ({
		page: await getClassWork(getDb(), actor, params.classId),
		canTakeDown: can(actor, 'moderation.decide', { kind: 'class', schoolId: actor.schoolId, classId: params.classId })
	})
});

export const actions: Actions = {
	// decide.ts checks the item's own class again.
	takeDown: formAction({
		permission: 'moderation.decide',
		resource: classInPath,
		notFound: NO_CLASS,
		schema: takeDownSchema,
		run: async ({ actor, input }) => ({ takenDown: (await takeDown(getDb(), actor, input)).itemId })
	}),
	settings: formAction({
		permission: 'work.settings',
		resource: classInPath,
		notFound: NO_CLASS,
		schema: classWorkSettingsSchema,
		run: async ({ actor, input, event: { params } }) => ({
			saved: (await updateClassWorkSettings(getDb(), actor, params.classId, input)).cleanTextSkipsApproval
		})
	})
};
