// Headers every response carries: no framing (clickjacking), no MIME sniffing, no
// referrer leaking class pages to outside sites, and no caching of pages with pupil data.
import type { Handle } from '@sveltejs/kit';

export const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('X-Frame-Options', 'DENY');
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'same-origin');
	response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
	// A route that already forbids storing (e.g. 'private, no-store' on photos) keeps its wording.
	if (event.locals.user && !/no-store/.test(response.headers.get('Cache-Control') ?? '')) response.headers.set('Cache-Control', 'no-store');
	return response;
};
