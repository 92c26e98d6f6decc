// PostgreSQL cannot store U+0000 in text, and no one types it: a NUL byte in any input is
// refused at the edge (forms, socket events, URLs) with one kind message, before a
// service or the database sees it.
export const UNSTORABLE_TEXT_MESSAGE = 'Some of that text has a hidden character we cannot keep. Please type it again.';

// The NUL character itself; kept out of the source file as a literal.
const NUL = String.fromCharCode(0);

/** The field (top-level key) of the first string anywhere in `value` holding a NUL, or null. */
export function findUnstorableText(value: unknown, field = 'form', depth = 0): string | null {
	if (typeof value === 'string') return value.includes(NUL) ? field : null;
	if (depth > 8 || value === null || typeof value !== 'object') return null;
	for (const [key, inner] of Object.entries(value)) {
		const found = findUnstorableText(inner, depth === 0 && !Array.isArray(value) ? key : field, depth + 1);
		if (found) return found;
	}
	return null;
}
