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
