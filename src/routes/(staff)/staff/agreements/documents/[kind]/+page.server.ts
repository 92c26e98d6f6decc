// An admin's view of one agreement: every version (old ones and their signatures stay) and
// the form to publish the next one, choosing whether everyone must sign again.
import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { InputError, NotFoundError } from '$lib/server/errors';
import { listVersions, publishNewVersion } from '$lib/server/agreements/documents';
import { publishSchema } from '$lib/domain/agreements/inputs';
import { AGREEMENT_KINDS, type AgreementKind } from '$lib/domain/agreements/types';
import type { Actions, PageServerLoad } from './$types';

function kindOr404(kind: string): AgreementKind {
	if (!(AGREEMENT_KINDS as readonly string[]).includes(kind)) throw new NotFoundError('There is no such agreement.');
	return kind as AgreementKind;
}

export const load: PageServerLoad = pageLoad({
	permission: 'agreement.publish',
	run: async ({ actor, event: { params } }) => {
		const kind = kindOr404(params.kind);
		const versions = (await listVersions(getDb(), actor)).filter((v) => v.kind === kind);
		return { kind, versions };
	}
});

export const actions: Actions = {
	publish: formAction({
		permission: 'agreement.publish',
		schema: publishSchema,
		run: async ({ actor, input, event: { params } }) => {
			const kind = kindOr404(params.kind);
			if (input.kind !== kind) throw new InputError('form', 'The form does not match this agreement.');
			return { published: await publishNewVersion(getDb(), actor, { ...input, kind }) };
		}
	})
};
