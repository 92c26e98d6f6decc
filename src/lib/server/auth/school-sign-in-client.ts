// The OpenID Connect client side, with openid-client: discovery of the provider, the
// authorisation address (PKCE S256, state and nonce) and the code exchange that checks them
// all and the ID token's signature, issuer, audience and expiry. One configuration per
// school is kept in memory; it is made again when the school changes its settings.
import * as oidc from 'openid-client';
import type { SchoolSignInProvider } from '../db/schema';
import { issuerIsLoopbackHttp } from '../../domain/auth/school-sign-in';
import { decryptSecret } from './two-step-secret';

// Staff only need to be told who they are: their address and name.
const SCOPE = 'openid email profile';
// Discovery is slow (another server); a school's settings change rarely.
const CONFIG_TTL_MS = 60 * 60_000;

function discoveryOptions(issuer: string): oidc.DiscoveryRequestOptions | undefined {
	// A provider on this machine may use plain HTTP; anything further must be HTTPS (see the domain rule).
	return issuerIsLoopbackHttp(issuer) ? { execute: [oidc.allowInsecureRequests], timeout: 10 } : { timeout: 10 };
}

/** Whether the provider answers with a usable discovery document. */
export async function discoverProvider(issuer: string, clientId: string): Promise<boolean> {
	try {
		await oidc.discovery(new URL(issuer), clientId, undefined, undefined, discoveryOptions(issuer));
		return true;
	} catch {
		return false;
	}
}

const cache = new Map<string, { key: string; config: oidc.Configuration; at: number }>();

async function configurationFor(row: SchoolSignInProvider, now: number): Promise<oidc.Configuration> {
	const key = `${row.issuer}|${row.clientId}|${row.clientSecretEncrypted}`;
	const hit = cache.get(row.schoolId);
	if (hit && hit.key === key && now - hit.at < CONFIG_TTL_MS) return hit.config;
	const secret = decryptSecret(`school-sign-in:${row.schoolId}`, row.clientSecretEncrypted);
	if (!secret) throw new Error('The school sign-in secret cannot be read with this server’s key.');
	const config = await oidc.discovery(new URL(row.issuer), row.clientId, new TextDecoder().decode(secret), undefined, discoveryOptions(row.issuer));
	cache.set(row.schoolId, { key, config, at: now });
	return config;
}

/** What the browser must bring back: kept sealed in a short-lived cookie. */
export interface FlowChecks {
	state: string;
	nonce: string;
	verifier: string;
}

export async function authorisationAddress(row: SchoolSignInProvider, redirectUri: string, now = Date.now()): Promise<{ url: URL; checks: FlowChecks }> {
	const config = await configurationFor(row, now);
	const checks: FlowChecks = { state: oidc.randomState(), nonce: oidc.randomNonce(), verifier: oidc.randomPKCECodeVerifier() };
	const url = oidc.buildAuthorizationUrl(config, {
		redirect_uri: redirectUri,
		scope: SCOPE,
		code_challenge: await oidc.calculatePKCECodeChallenge(checks.verifier),
		code_challenge_method: 'S256',
		state: checks.state,
		nonce: checks.nonce,
		// Staff-room computers are shared: Google and Microsoft ask which account, rather than
		// silently reusing whoever signed in to them last. Not every other provider knows it.
		...(row.kind === 'other' ? {} : { prompt: 'select_account' })
	});
	return { url, checks };
}

/** Exchanges the code; throws if the state, nonce, PKCE or ID token is wrong. Returns the ID token's claims. */
export async function exchangeCode(row: SchoolSignInProvider, callbackUrl: URL, checks: FlowChecks, now = Date.now()): Promise<Record<string, unknown>> {
	const config = await configurationFor(row, now);
	const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
		pkceCodeVerifier: checks.verifier,
		expectedState: checks.state,
		expectedNonce: checks.nonce,
		idTokenExpected: true
	});
	const claims = tokens.claims();
	if (!claims) throw new Error('The provider sent no ID token.');
	return { ...claims };
}
