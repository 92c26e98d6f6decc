/**
 * Where signing in returns to.
 *
 * Rules owned here:
 * - only a plain path inside the person's own part of the site (`/staff/…` for staff), so a
 *   link can never send anyone to another site or another role's pages after signing in;
 * - printable ASCII only: a CR/LF or a backslash could split the Location header or leave the site;
 * - anything else goes home.
 */
import { homePathFor, type Role } from './roles';

export function safeNextPath(next: string | null, role: Role): string {
	const home = homePathFor(role);
	if (!next || /[^\x21-\x7e]|\\/.test(next)) return home;
	return next.startsWith(`${home}/`) || next === home || next.startsWith(`${home}?`) ? next : home;
}
