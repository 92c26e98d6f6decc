// Where a user goes after signing in. `?next=` comes from the address bar, so it is
// untrusted: only a plain path inside the user's own part of the site is followed. Anything
// else (another site, `//host`, a backslash, control characters such as CR/LF that would
// split the Location header, dot segments) falls back to their home page.

import { homePathFor, type Role } from './roles';

// Letters, digits and the few path characters our own URLs use; no `%`, `\`, `:` or spaces.
const PLAIN_PATH = /^\/[A-Za-z0-9\-._~/]*(\?[A-Za-z0-9\-._~=&]*)?$/;

export function safeReturnPath(next: string | null, home: string): string {
	if (!next || next.length > 300 || !PLAIN_PATH.test(next)) return home;
	const path = next.split('?')[0]!;
	if (path.includes('//') || path.split('/').some((part) => part === '.' || part === '..')) return home;
	return path === home || path.startsWith(`${home}/`) ? next : home;
}

/** The same rule for a role: its own home and the pages under it. */
export function safeNextPath(next: string | null, role: Role): string {
	return safeReturnPath(next, homePathFor(role));
}
