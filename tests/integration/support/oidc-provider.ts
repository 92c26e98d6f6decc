// A real OpenID provider (oidc-provider, the certified implementation) on a random port of
// this machine, for testing staff sign-in with a school's own accounts end to end. Its login
// and consent screens are replaced by one step that signs in whoever the test says is at the
// keyboard (`provider.nextAccount`), so the browser's part can be played with plain fetch
// and a small cookie jar. Everything else (discovery, PKCE, state, nonce, code, tokens,
// signed ID tokens) is the provider's own.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { interactionPolicy } from 'oidc-provider';

export interface TestAccount {
	sub: string;
	email: string;
	emailVerified?: boolean;
	/** Authentication methods the provider says it used, e.g. ['pwd', 'mfa']. */
	amr?: string[];
}

export interface TestProvider {
	issuer: string;
	clientId: string;
	clientSecret: string;
	/** Who signs in at the provider's next login screen. */
	nextAccount: TestAccount | null;
	close(): Promise<void>;
}

export async function startTestProvider(redirectUri: string): Promise<TestProvider> {
	const accounts = new Map<string, TestAccount>();
	const server: Server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const handle: TestProvider = {
		issuer,
		clientId: `school-${Math.random().toString(36).slice(2, 8)}`,
		clientSecret: `secret-${crypto.randomUUID()}`,
		nextAccount: null,
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
	// Google and Entra ID accept prompt=select_account (the app asks for it); so does this one.
	const policy = interactionPolicy.base();
	policy.add(new interactionPolicy.Prompt({ name: 'select_account', requestable: true }), 0);
	const provider = new Provider(issuer, {
		clients: [
			{ client_id: handle.clientId, client_secret: handle.clientSecret, redirect_uris: [redirectUri], token_endpoint_auth_method: 'client_secret_post' }
		],
		// amr travels with `openid`, as Entra ID sends it in every ID token.
		claims: { openid: ['sub', 'amr'], email: ['email', 'email_verified'], profile: ['name'] },
		// Google and Entra ID put the address in the ID token itself, as the app expects.
		conformIdTokenClaims: false,
		features: { devInteractions: { enabled: false } },
		pkce: { required: () => true },
		cookies: { keys: ['test-provider-cookie-key'] },
		findAccount: (_ctx, sub) => {
			const account = accounts.get(sub);
			if (!account) return undefined;
			return {
				accountId: sub,
				claims: () => ({ sub, email: account.email, email_verified: account.emailVerified ?? true, name: account.email })
			};
		},
		interactions: { policy, url: (_ctx, interaction) => `/interaction/${interaction.uid}` }
	});
	const callback = provider.callback();
	server.on('request', async (req, res) => {
		if (!req.url?.startsWith('/interaction/')) return callback(req, res);
		try {
			const details = await provider.interactionDetails(req, res);
			const account = handle.nextAccount;
			if (!account) throw new Error('The test did not say who signs in.');
			accounts.set(account.sub, account);
			const grant = new provider.Grant({ accountId: account.sub, clientId: details.params.client_id as string });
			grant.addOIDCScope('openid email profile');
			const grantId = await grant.save();
			await provider.interactionFinished(
				req,
				res,
				{ select_account: {}, login: { accountId: account.sub, amr: account.amr }, consent: { grantId } },
				{ mergeWithLastSubmission: false }
			);
		} catch (e) {
			res.statusCode = 500;
			res.end(String(e));
		}
	});
	return handle;
}

/** Plays the browser: follows redirects through the provider, keeping its cookies, until it reaches `stopAt`. */
export async function followToCallback(start: URL, stopAt: string): Promise<URL> {
	const jar = new Map<string, string>();
	let next = start;
	for (let hop = 0; hop < 10; hop++) {
		if (next.href.startsWith(stopAt)) return next;
		const res = await fetch(next, { redirect: 'manual', headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
		for (const line of res.headers.getSetCookie()) {
			const [pair] = line.split(';');
			const at = pair!.indexOf('=');
			jar.set(pair!.slice(0, at), pair!.slice(at + 1));
		}
		const location = res.headers.get('location');
		if (!location) throw new Error(`The provider stopped at ${next.pathname} with ${res.status}: ${(await res.text()).slice(0, 300)}`);
		next = new URL(location, next);
	}
	throw new Error('Too many redirects at the provider.');
}
