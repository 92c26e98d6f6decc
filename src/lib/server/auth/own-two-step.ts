// One's own two-step settings page, which parents and staff share: what its load and its three
// forms run once the route's wrapper has checked 'account.two_step' and parsed the form. The
// wrappers stay in each route file (the guard tests read the permission from there); what they
// run lives here, so the two pages cannot drift apart. A wrong code counts as a failed sign-in
// against the caller's address, which is why every form passes it on.
import { getDb } from '../db';
import type { Actor } from '../../domain/auth/permissions';
import { disableTwoStep, enrolSignedIn, loadTwoStepSettings, type TwoStepOwner, type TwoStepSettings } from './two-step';
import { makeNewRecoveryCodes, type RecoveryCodeProof } from './recovery-codes';

/** What these runs read of a signed-in request. The wrapper has already sent anyone signed out to /login. */
interface OwnRequest {
	actor: Actor;
	event: { locals: { user: TwoStepOwner | null }; getClientAddress(): string };
}

type WithCode = OwnRequest & { input: { code: string } };

export async function loadOwnTwoStep({ actor, event: { locals } }: OwnRequest): Promise<{ settings: TwoStepSettings }> {
	return { settings: await loadTwoStepSettings(getDb(), actor, locals.user!) };
}

/** Turns two-step on with the first code from the app; the recovery codes are shown once. */
export async function enrolOwnTwoStep({ actor, input, event: { locals, getClientAddress } }: WithCode): Promise<{ recoveryCodes: string[] }> {
	return { recoveryCodes: await enrolSignedIn(getDb(), actor, locals.user!, input.code, getClientAddress()) };
}

export async function disableOwnTwoStep({ actor, input, event: { locals, getClientAddress } }: WithCode): Promise<{ disabled: true }> {
	await disableTwoStep(getDb(), actor, locals.user!.username, input.code, getClientAddress());
	return { disabled: true };
}

/** A new set of recovery codes, proved by the password or a current code; every old one stops working. */
export async function renewOwnRecoveryCodes({
	actor,
	input,
	event: { locals, getClientAddress }
}: OwnRequest & { input: RecoveryCodeProof }): Promise<{ recoveryCodes: string[]; renewed: true }> {
	return { recoveryCodes: await makeNewRecoveryCodes(getDb(), actor, locals.user!, input, getClientAddress()), renewed: true };
}
