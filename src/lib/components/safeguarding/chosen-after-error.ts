// A form that came back with an error keeps what was ticked: the server sends every value of
// a repeated field (`lists`) beside the last value of each (`values`).

/** The ids ticked in `field` when `form` is a failure that carries the typed values, or null otherwise. */
export function chosenAfterError(form: unknown, field = 'pupilIds'): string[] | null {
	if (!form || typeof form !== 'object' || !('values' in form)) return null;
	const { values, lists } = form as { values: Record<string, string>; lists?: Record<string, string[]> };
	return lists?.[field] ?? (values[field] ? [values[field]] : []);
}
