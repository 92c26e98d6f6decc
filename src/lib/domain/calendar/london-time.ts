/**
 * Instants and the clock on the classroom wall.
 *
 * Rules owned here: every school served is in England, so "today", "09:15" and a time typed
 * without a zone (an HTML `datetime-local` or `date` value) are London time; a typed time is
 * turned into an instant using the Europe/London offset in force at that moment (GMT or BST).
 * The server's own zone never matters.
 */
const ZONE = 'Europe/London';
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

const PARTS = new Intl.DateTimeFormat('en-GB', {
	timeZone: ZONE,
	hourCycle: 'h23',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit'
});

function londonParts(instant: Date): Record<string, number> {
	const parts: Record<string, number> = {};
	for (const p of PARTS.formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
	return parts;
}

/** Minutes London is ahead of UTC at this instant (0 or 60). */
function offsetMinutes(instant: Date): number {
	const p = londonParts(instant);
	const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!);
	return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/** "2026-11-23T09:15" or "2026-11-23" (midnight) in London → the instant; null when malformed. */
export function parseLondonLocal(value: string): Date | null {
	const m = LOCAL.exec(value.trim());
	if (!m) return null;
	const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0'].map(Number) as [number, number, number, number, number];
	const guess = Date.UTC(y, mo - 1, d, h, mi);
	if (Number.isNaN(guess) || new Date(guess).getUTCDate() !== d) return null;
	return new Date(guess - offsetMinutes(new Date(guess)) * 60_000);
}

/** The instant as a `datetime-local` value in London time. */
export function toLondonLocal(instant: Date): string {
	const p = londonParts(instant);
	const pad = (n: number | undefined): string => String(n ?? 0).padStart(2, '0');
	return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** The calendar date in England (YYYY-MM-DD) at this instant: 00:30 BST on 1 September is already 1 September. */
export function londonDate(instant: Date): string {
	return toLondonLocal(instant).slice(0, 10);
}

/** "2026-11-30" and "09:15" in London. */
export function londonDateAndTime(instant: Date): { date: string; time: string } {
	const local = toLondonLocal(instant);
	return { date: local.slice(0, 10), time: local.slice(11, 16) };
}
