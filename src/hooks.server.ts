import { sequence } from '@sveltejs/kit/hooks';
import type { HandleServerError, ServerInit } from '@sveltejs/kit';
import { startApp } from '$lib/server/startup';
import { securityHeaders } from '$lib/server/hooks/security-headers';
import { authenticate } from '$lib/server/hooks/authenticate';
import { gate } from '$lib/server/hooks/gate';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '$lib/server/errors';
import { refuseUnstorableUrls } from '$lib/server/hooks/refuse-unstorable-urls';

export const init: ServerInit = async () => {
	await startApp();
};

export const handle = sequence(securityHeaders, refuseUnstorableUrls, authenticate, gate);

// A plain message and a reference number; the details stay in the server log.
export const handleError: HandleServerError = ({ error, status, message }) => {
	const errorId = crypto.randomUUID().slice(0, 8);
	// A database outage is not a bug: say so, so the person waits and tries again.
	if (isDatabaseUnavailable(error)) return { message: DATABASE_UNAVAILABLE_MESSAGE, errorId };
	if (status >= 500) console.error(`[${errorId}]`, error);
	return {
		message: status >= 500 ? 'Something went wrong on our side. Please try again.' : message,
		errorId
	};
};
