// An admin's view of one agreement: every version (old ones and their signatures stay) and
// the form to publish the next one, choosing whether everyone must sign again.
import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { listVersions, publishNewVersion } from '$lib/server/agreements/documents';
import { publishSchema } from '$lib/domain/agreements/inputs';
import { AGREEMENT_KINDS, type AgreementKind } from '$lib/domain/agreements/types';
import type { Actions, PageServerLoad } from './$types';

function kindOr404(kind: string): AgreementKind {
	if (!(AGREEMENT_KINDS as readonly string[]).includes(kind)) error(404, 'There is no such agreement.');
	return kind as AgreementKind;
}

export const load: PageServerLoad = async ({ locals, params }) => {
	const actor = guard(locals, 'agreement.publish');
	const kind = kindOr404(params.kind);
	const versions = (await listVersions(getDb(), actor)).filter((v) => v.kind === kind);
	return { kind, versions };
};

export const actions: Actions = {
	publish: async ({ locals, params, request }) => {
		const actor = guard(locals, 'agreement.publish');
		const kind = kindOr404(params.kind);
		const parsed = await parseForm(request, publishSchema);
		if (!parsed.ok) return parsed.failure;
		if (parsed.data.kind !== kind) error(400, 'The form does not match this agreement.');
		try {
			const version = await publishNewVersion(getDb(), actor, { ...parsed.data, kind });
			return { published: version };
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
	}
};
