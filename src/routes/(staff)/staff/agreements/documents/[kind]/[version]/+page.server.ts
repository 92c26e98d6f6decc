// Everyone who signed one version of an agreement, old versions included: the school's record.
import { getDb } from '$lib/server/db';
import { pageLoad } from '$lib/server/http/handlers';
import { getVersionSigners } from '$lib/server/agreements/signers';
import { NotFoundError } from '$lib/server/errors';
import { AGREEMENT_KINDS, type AgreementKind } from '$lib/domain/agreements/types';
import type { PageServerLoad } from './$types';

const NO_VERSION = 'That version of the agreement does not exist.';

export const load: PageServerLoad = pageLoad({
	permission: 'agreement.publish',
	run: async ({ actor, event: { params } }) => {
		const version = Number(params.version);
		if (!(AGREEMENT_KINDS as readonly string[]).includes(params.kind) || !Number.isInteger(version) || version < 1 || version > 100_000) {
			throw new NotFoundError(NO_VERSION);
		}
		const kind = params.kind as AgreementKind;
		return { kind, version, ...(await getVersionSigners(getDb(), actor, kind, version)) };
	}
});
