// Numbers that are not phone numbers: dates, times, money, decimals, ISBNs,
// percentages, thousands with commas and sums. Owns the mask the phone
// detector consults so "12/03/2024" or "£3.50" can never be read as digits
// of a number to call.

const PROTECTED_PATTERNS: readonly RegExp[] = [
	// Dates: 12/03/2024, 3-5-19, 01.02.2023
	/(?<![\d/.-])\d{1,2}([/.-])\d{1,2}\1(?:\d{4}|\d{2})(?![\d/.-])/g,
	// Times: 10:30, 7.45pm, 09:15:30
	/(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)|(?<![\d.])\d{1,2}\.\d{2}\s?(?:am|pm)\b/g,
	// Money: £3.50, $20, 3.50 pounds, 50p
	/[£$€]\s?\d[\d,]*(?:\.\d+)?|\b\d+(?:\.\d+)?\s?(?:p|pence|pounds?|quid|euros?|dollars?)\b/g,
	// ISBNs, with their label
	/\bisbn(?:-?1[03])?(?:\s*(?::|=|is|was|number|no\.?))*\s*[\d][\d\s-]{8,20}[\dx]\b/g,
	// Decimals like 3.14 or 0.25 (a dotted phone number has long groups or several dots)
	/(?<![\d.])\d{1,3}\.\d{1,4}(?![\d.])/g,
	// Thousands: 1,000,000
	/(?<![\d,])[1-9]\d{0,2}(?:,\d{3})+(?![\d,])/g,
	// Percentages and degrees
	/\b\d+(?:\.\d+)?\s?(?:%|percent|per cent|°c?)/g,
	// Helplines every child is taught (Childline, Samaritans, NSPCC): the screen's own hint gives Childline's
	/(?<!\d)0800[\s-]?1111(?!\d)|(?<!\d)116[\s-]?123(?!\d)|(?<!\d)0808[\s-]?800[\s-]?5000(?!\d)/g,
	// Sums: both sides of + x × ÷ = * are arithmetic, not digits to dial; a sum opening with a
	// 0 and more digits ("07700 + 900 + 745") is a phone number in pieces, since no sum is written so
	/(?<!\d)(?<!\d\s*[+x*÷=<>]\s*)(?!0\d{2})\d+(?:\s*[+x*÷=<>]\s*\d+)+/g
];

const DIGIT = /\d/;
const NOTHING_PROTECTED = new Uint8Array(0);

/** 1 for every normalised character that belongs to a non-phone number (read-only). */
export function maskProtectedNumbers(text: string): Uint8Array {
	// Without a digit nothing is protected: one shared empty mask, read-only, whose every index
	// reads as undefined (never 1), instead of a new array the length of the message.
	if (!DIGIT.test(text)) return NOTHING_PROTECTED;
	const mask = new Uint8Array(text.length);
	for (const pattern of PROTECTED_PATTERNS) {
		pattern.lastIndex = 0;
		for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
			mask.fill(1, m.index, m.index + m[0].length);
		}
	}
	return mask;
}
