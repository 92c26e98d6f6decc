// Headers every response carries: no framing (clickjacking; the CSP's frame-ancestors
// 'none' says the same to newer browsers), no MIME sniffing, no referrer leaking class
// pages to outside sites, no powerful browser features, no caching of pages with pupil
// data, and HSTS only when the request really came over HTTPS (ORIGIN https://… or
// adapter-node's PROTOCOL_HEADER), so a plain-HTTP test install is never locked out.
// The Content-Security-Policy itself comes from `kit.csp` in svelte.config.js.
import type { Handle } from '@sveltejs/kit';

// Browser features no page here uses; a child's page can never ask for them.
export const PERMISSIONS_POLICY =
	'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), midi=(), display-capture=(), browsing-topics=()';
// Two years, the preload list's minimum; subdomains too (a school's mail host shares the domain).
export const HSTS = 'max-age=63072000; includeSubDomains';

export const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('X-Frame-Options', 'DENY');
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'same-origin');
	response.headers.set('Permissions-Policy', PERMISSIONS_POLICY);
	response.headers.set('Cross-Origin-Opener-Policy', 'same-origin');
	if (event.url.protocol === 'https:') response.headers.set('Strict-Transport-Security', HSTS);
	// A route that already forbids storing (e.g. 'private, no-store' on photos) keeps its wording.
	if (event.locals.user && !/no-store/.test(response.headers.get('Cache-Control') ?? '')) response.headers.set('Cache-Control', 'no-store');
	return response;
};
