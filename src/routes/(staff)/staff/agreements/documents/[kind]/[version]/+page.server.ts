// Everyone who signed one version of an agreement, old versions included: the school's record.
import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { getVersionSigners } from '$lib/server/agreements/signers';
import { NotFoundError } from '$lib/server/errors';
import { AGREEMENT_KINDS, type AgreementKind } from '$lib/domain/agreements/types';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const actor = guard(locals, 'agreement.publish');
	const version = Number(params.version);
	if (!(AGREEMENT_KINDS as readonly string[]).includes(params.kind) || !Number.isInteger(version) || version < 1 || version > 100_000) {
		error(404, 'That version of the agreement does not exist.');
	}
	const kind = params.kind as AgreementKind;
	try {
		return { kind, version, ...(await getVersionSigners(getDb(), actor, kind, version)) };
	} catch (e) {
		if (e instanceof NotFoundError) error(404, e.message);
		throw e;
	}
};
