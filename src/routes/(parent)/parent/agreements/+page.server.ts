// A parent signs the family agreement for each child, gives, refuses or withdraws each
// consent, and links another child with a code from a school letter.
import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { pupilResource } from '$lib/server/auth/resources';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { familyAgreementsView } from '$lib/server/agreements/views';
import { signParentAgreement } from '$lib/server/agreements/signing';
import { recordConsent } from '$lib/server/agreements/consents';
import { CodeThrottledError, linkChildWithCode } from '$lib/server/agreements/join';
import { consentSchema, linkChildSchema, signForChildSchema } from '$lib/domain/agreements/inputs';
import type { ConsentKind } from '$lib/domain/agreements/types';
import type { Actions, PageServerLoad } from './$types';

async function childResource(pupilId: string) {
	return (await pupilResource(getDb(), pupilId)) ?? { kind: 'pupil' as const, schoolId: '', pupilId, classId: null };
}

export const load: PageServerLoad = async ({ locals }) => {
	const actor = guard(locals, 'home.parent');
	return { children: await familyAgreementsView(getDb(), actor) };
};

export const actions: Actions = {
	sign: async ({ locals, request }) => {
		guard(locals, 'home.parent');
		const parsed = await parseForm(request, signForChildSchema);
		if (!parsed.ok) return parsed.failure;
		const actor = guard(locals, 'agreement.sign', await childResource(parsed.data.pupilId));
		try {
			await signParentAgreement(getDb(), actor, parsed.data);
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
		return { signedFor: parsed.data.pupilId };
	},
	consent: async ({ locals, request }) => {
		guard(locals, 'home.parent');
		const parsed = await parseForm(request, consentSchema);
		if (!parsed.ok) return parsed.failure;
		const actor = guard(locals, 'consent.record', await childResource(parsed.data.pupilId));
		try {
			await recordConsent(getDb(), actor, { ...parsed.data, kind: parsed.data.kind as ConsentKind });
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
		return { consentFor: parsed.data.pupilId, kind: parsed.data.kind };
	},
	link: async ({ locals, request, getClientAddress }) => {
		const actor = guard(locals, 'home.parent');
		const parsed = await parseForm(request, linkChildSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			await linkChildWithCode(getDb(), actor, parsed.data.code, getClientAddress());
		} catch (e) {
			if (e instanceof CodeThrottledError) return fail(429, { errors: { code: e.message }, values: {} });
			return failFromServiceError(e, parsed.form);
		}
		return { linked: true };
	}
};
