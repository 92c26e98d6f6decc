// One class's signing list: who has and has not signed (pupil and family), consents,
// reminders to families, paper forms handed in, and invitation letters for parents.
import { error } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { getDb } from '$lib/server/db';
import { schools } from '$lib/server/db/schema';
import { guard } from '$lib/server/auth/guard';
import { classResource, pupilResource } from '$lib/server/auth/resources';
import { can } from '$lib/domain/auth/permissions';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { getClassSigning } from '$lib/server/agreements/summary';
import { remindFamilies } from '$lib/server/agreements/notices';
import { recordPaperForm } from '$lib/server/agreements/paper-forms';
import { issueForUnlinked, issueInvitation, revokeInvitation } from '$lib/server/agreements/invitations';
import { invitationIdSchema, paperFormSchema, pupilIdSchema, remindSchema } from '$lib/domain/agreements/inputs';
import type { Actions, PageServerLoad } from './$types';

async function classOr404(classId: string) {
	const resource = await classResource(getDb(), classId);
	if (!resource) error(404, 'That class does not exist.');
	return resource;
}

async function pupilOr404(pupilId: string) {
	const resource = await pupilResource(getDb(), pupilId);
	if (!resource) error(404, 'That pupil does not exist.');
	return resource;
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const resource = await classOr404(params.classId);
	const actor = guard(locals, 'class.read', resource);
	const db = getDb();
	const [school] = await db.select({ name: schools.name }).from(schools).where(eq(schools.id, actor.schoolId));
	return {
		view: await getClassSigning(db, actor, params.classId),
		canManage: can(actor, 'agreement.manage', resource),
		schoolName: school?.name ?? '',
		joinUrl: `${url.origin}/join`
	};
};

export const actions: Actions = {
	remind: async ({ locals, params, request }) => {
		const actor = guard(locals, 'agreement.manage', await classOr404(params.classId));
		const parsed = await parseForm(request, remindSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			return { reminded: await remindFamilies(getDb(), actor, params.classId, parsed.data.pupilId) };
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
	},
	paper: async ({ locals, params, request }) => {
		const actor = guard(locals, 'agreement.manage', await classOr404(params.classId));
		const parsed = await parseForm(request, paperFormSchema);
		if (!parsed.ok) return parsed.failure;
		const { pupilId, signer, parentId, ...answers } = parsed.data;
		const consents = Object.fromEntries(Object.entries(answers).filter(([, v]) => v === 'given' || v === 'refused'));
		try {
			await recordPaperForm(getDb(), actor, { pupilId, signer, ...(parentId ? { parentId } : {}), consents });
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
		return { paperRecorded: pupilId };
	},
	issue: async ({ locals, request }) => {
		guard(locals, 'home.staff');
		const parsed = await parseForm(request, pupilIdSchema);
		if (!parsed.ok) return parsed.failure;
		const actor = guard(locals, 'invitation.manage', await pupilOr404(parsed.data.pupilId));
		try {
			return { letters: [await issueInvitation(getDb(), actor, parsed.data.pupilId)] };
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
	},
	issueAll: async ({ locals, params }) => {
		const actor = guard(locals, 'agreement.manage', await classOr404(params.classId));
		return { letters: await issueForUnlinked(getDb(), actor, params.classId) };
	},
	revoke: async ({ locals, request }) => {
		const actor = guard(locals, 'home.staff');
		const parsed = await parseForm(request, invitationIdSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			await revokeInvitation(getDb(), actor, parsed.data.invitationId);
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
		return { revoked: parsed.data.invitationId };
	}
};
