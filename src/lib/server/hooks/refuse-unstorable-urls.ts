// A NUL byte (U+0000) in an address, e.g. `?term=%00`, would reach a query whose text
// PostgreSQL refuses; no real link has one, so it is a 400 before anything else runs.
import type { Handle } from '@sveltejs/kit';
import { UNSTORABLE_TEXT_MESSAGE, findUnstorableText } from '../http/unstorable-text';

export const refuseUnstorableUrls: Handle = async ({ event, resolve }) => {
	const { pathname, searchParams } = event.url;
	let decodedPath: string;
	try {
		decodedPath = decodeURIComponent(pathname);
	} catch {
		return new Response('That address could not be read.', { status: 400 });
	}
	if (findUnstorableText(decodedPath) || findUnstorableText([...searchParams.entries()].flat()))
		return new Response(UNSTORABLE_TEXT_MESSAGE, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
	return resolve(event);
};
