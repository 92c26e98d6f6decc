/**
 * Canonical JSON: one byte-for-byte serialisation per value, so a digest of it is stable.
 *
 * Rules owned here: object keys sorted by UTF-16 code unit order, no whitespace,
 * strings and numbers written as JSON.stringify writes them (this matches RFC 8785
 * for the values we store), Dates as ISO 8601 UTC, undefined object members dropped,
 * and anything JSON cannot represent faithfully (NaN, Infinity, bigint, functions) refused.
 */

export function canonicalJson(value: unknown): string {
	if (value === null) return 'null';
	if (value instanceof Date) return JSON.stringify(value.toISOString());
	switch (typeof value) {
		case 'boolean':
		case 'string':
			return JSON.stringify(value);
		case 'number':
			if (!Number.isFinite(value)) throw new TypeError('Cannot serialise a non-finite number');
			return JSON.stringify(value);
		case 'object':
			return Array.isArray(value) ? serialiseArray(value) : serialiseObject(value as Record<string, unknown>);
		default:
			throw new TypeError(`Cannot serialise a value of type ${typeof value}`);
	}
}

function serialiseArray(values: readonly unknown[]): string {
	// undefined in an array becomes null, as JSON.stringify does, so positions are kept.
	return `[${values.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
}

function serialiseObject(record: Record<string, unknown>): string {
	const keys = Object.keys(record)
		.filter((key) => record[key] !== undefined)
		.sort();
	return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}
