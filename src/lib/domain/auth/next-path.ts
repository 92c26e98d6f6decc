// Where to go after signing in: only a path inside the user's own part of the site is safe.
import { homePathFor, type Role } from './roles';

export function safeNextPath(next: string | null, role: Role): string {
	const home = homePathFor(role);
	const path = next ?? '';
	// Printable ASCII only: a CR/LF or a backslash could split the Location header or leave the site.
	if (/[^\x21-\x7e]|\\/.test(path)) return home;
	return path.startsWith(`${home}/`) || path === home ? path : home;
}
