// Turning an HTML-only email into words a child may see. Rules owned here: HTML is never
// rendered; scripts, styles, images and link targets are dropped (a tracking picture or a
// hidden link never reaches a child); only the visible words and line breaks are kept.
const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	pound: '£',
	euro: '€',
	copy: '©',
	hellip: '…',
	ndash: '–',
	mdash: '—',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”'
};

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
		if (code[0] === '#') {
			const n = code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
			return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : '';
		}
		return ENTITIES[code.toLowerCase()] ?? whole;
	});
}

export function htmlToSafeText(html: string): string {
	const text = html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<(script|style|head|title|template|svg|object|iframe)\b[\s\S]*?<\/\1\s*>/gi, '')
		.replace(/<br\s*\/?>/gi, '\n')
		.replace(/<\/(p|div|li|tr|h[1-6]|blockquote|table|ul|ol)\s*>/gi, '\n')
		.replace(/<li\b[^>]*>/gi, '• ')
		.replace(/<[^>]*>/g, '');
	// Decoded text may contain '<' again; it stays text, because nothing here is ever rendered as HTML.
	return decodeEntities(text)
		.replace(/[ \t\u00a0]+/g, ' ')
		.replace(/ *\n */g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}
