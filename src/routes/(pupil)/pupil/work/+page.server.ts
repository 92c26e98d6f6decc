import { fail } from '@sveltejs/kit';
import { can, type Actor, type Resource } from '$lib/domain/auth/permissions';
import { workIdSchema } from '$lib/domain/sharing/inputs';
import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { createWork } from '$lib/server/sharing/create-work';
import { listOwnWork } from '$lib/server/sharing/pupil-work';
import { shareWork, unshareWork } from '$lib/server/sharing/share';
import { workForm } from '$lib/server/sharing/work-form';
import type { Actions, PageServerLoad } from './$types';

const self = ({ actor: a }: { actor: Actor }): Resource => ({ kind: 'pupil', schoolId: a.schoolId, pupilId: a.userId, classId: a.classId });
const ownClass = ({ actor: a }: { actor: Actor }): Resource => ({ kind: 'class', schoolId: a.schoolId, classId: a.classId ?? '' });

export const load: PageServerLoad = pageLoad({
	permission: 'work.read',
	resource: self,
	run: async ({ actor }) => {
		const { work, lessons } = await listOwnWork(getDb(), actor);
		return { work, lessons, inClass: actor.classId !== null, canShare: can(actor, 'work.share', self({ actor })) };
	}
});

export const actions: Actions = {
	// This form carries photos, so it has its own reader; what the pupil typed comes back
	// with any error, so a bad photo never loses their words.
	create: formAction({
		permission: 'work.create',
		resource: ownClass,
		schema: workForm,
		run: async ({ actor, input: { input, photos } }) => {
			const result = await createWork(getDb(), actor, input, photos);
			if (result.outcome === 'blocked')
				return fail(400, { errors: { body: result.reason }, values: { kind: input.kind, title: input.title, body: input.body }, blocked: true });
			return { created: result.work.title };
		}
	}),
	share: formAction({
		permission: 'work.share',
		resource: self,
		schema: workIdSchema,
		run: async ({ actor, input }) => {
			const work = await shareWork(getDb(), actor, input.workId);
			return { shared: work.title, status: work.shareStatus };
		}
	}),
	// Never gated: a child can always take their own work back.
	unshare: formAction({
		permission: 'work.read',
		resource: self,
		schema: workIdSchema,
		run: async ({ actor, input }) => {
			const work = await unshareWork(getDb(), actor, input.workId);
			return { unshared: work.title };
		}
	})
};
