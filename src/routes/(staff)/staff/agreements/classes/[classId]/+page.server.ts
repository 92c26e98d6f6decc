// One class's signing list: who has and has not signed (pupil and family), consents,
// reminders to families, paper forms handed in, and invitation letters for parents.
import { eq } from 'drizzle-orm';
import { getDb } from '$lib/server/db';
import { schools } from '$lib/server/db/schema';
import { pupilResource } from '$lib/server/auth/resources';
import { can } from '$lib/domain/auth/permissions';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { NO_CLASS, NO_PUPIL, classInPath } from '$lib/server/http/path-resources';
import { getClassSigning } from '$lib/server/agreements/summary';
import { remindFamilies } from '$lib/server/agreements/notices';
import { recordPaperForm } from '$lib/server/agreements/paper-forms';
import { issueForUnlinked, issueInvitation, revokeInvitation } from '$lib/server/agreements/invitations';
import { invitationIdSchema, paperFormSchema, pupilIdSchema, remindSchema } from '$lib/domain/agreements/inputs';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'class.read',
	resource: classInPath,
	notFound: NO_CLASS,
	run: async ({ actor, event: { params, url } }) => {
		const db = getDb();
		const [school] = await db.select({ name: schools.name }).from(schools).where(eq(schools.id, actor.schoolId));
		return {
			view: await getClassSigning(db, actor, params.classId),
			canManage: can(actor, 'agreement.manage', { kind: 'class', schoolId: actor.schoolId, classId: params.classId }),
			schoolName: school?.name ?? '',
			joinUrl: `${url.origin}/join`
		};
	}
});

export const actions: Actions = {
	remind: formAction({
		permission: 'agreement.manage',
		resource: classInPath,
		notFound: NO_CLASS,
		schema: remindSchema,
		run: async ({ actor, input, event: { params } }) => ({ reminded: await remindFamilies(getDb(), actor, params.classId, input.pupilId) })
	}),
	paper: formAction({
		permission: 'agreement.manage',
		resource: classInPath,
		notFound: NO_CLASS,
		schema: paperFormSchema,
		run: async ({ actor, input }) => {
			const { pupilId, signer, parentId, ...answers } = input;
			const consents = Object.fromEntries(Object.entries(answers).filter(([, v]) => v === 'given' || v === 'refused'));
			await recordPaperForm(getDb(), actor, { pupilId, signer, ...(parentId ? { parentId } : {}), consents });
			return { paperRecorded: pupilId };
		}
	}),
	issue: formAction({
		permission: 'invitation.manage',
		resourceFromInput: ({ input }) => pupilResource(getDb(), input.pupilId),
		notFound: NO_PUPIL,
		schema: pupilIdSchema,
		run: async ({ actor, input }) => ({ letters: [await issueInvitation(getDb(), actor, input.pupilId)] })
	}),
	issueAll: formAction({
		permission: 'agreement.manage',
		resource: classInPath,
		notFound: NO_CLASS,
		run: async ({ actor, event: { params } }) => ({ letters: await issueForUnlinked(getDb(), actor, params.classId) })
	}),
	// The invitation's own pupil decides who may revoke it (the service checks invitation.manage).
	revoke: formAction({
		permission: 'home.staff',
		schema: invitationIdSchema,
		run: async ({ actor, input }) => {
			await revokeInvitation(getDb(), actor, input.invitationId);
			return { revoked: input.invitationId };
		}
	})
};
