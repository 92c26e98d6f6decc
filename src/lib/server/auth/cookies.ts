/**
 * httpOnly so scripts cannot read it; lax so a link from an email still arrives signed in;
 * secure whenever the request came over HTTPS (behind a proxy, set adapter-node's
 * PROTOCOL_HEADER or ORIGIN so the app knows).
 */
export function sessionCookieOptions(expires: Date, url: URL) {
	return {
		path: '/',
		httpOnly: true,
		sameSite: 'lax' as const,
		secure: url.protocol === 'https:',
		expires
	};
}

/** The address the school's provider sends staff back to; the admin registers it with the provider. */
export function schoolSignInRedirectUri(url: URL): string {
	return `${url.origin}/login/oidc/callback`;
}

/** The sealed sign-in checks: read only by the callback, gone after ten minutes. Lax, because the provider's redirect is a top-level navigation. */
export function schoolSignInCookieOptions(url: URL) {
	return { path: '/login/oidc', httpOnly: true, sameSite: 'lax' as const, secure: url.protocol === 'https:', maxAge: 600 };
}
