// Splits a text into plain and highlighted pieces from the screen's findings, so a
// teacher sees exactly which characters the screen flagged. Overlapping findings merge.
import type { Finding } from '../screening/types';

export interface Segment {
	text: string;
	findings: Finding[];
}

export function highlightSegments(text: string, findings: readonly Finding[]): Segment[] {
	const spans = [...findings].filter((f) => f.start >= 0 && f.end <= text.length && f.end > f.start).sort((a, b) => a.start - b.start);
	const merged: { start: number; end: number; findings: Finding[] }[] = [];
	for (const f of spans) {
		const last = merged.at(-1);
		if (last && f.start < last.end) {
			last.end = Math.max(last.end, f.end);
			last.findings.push(f);
		} else merged.push({ start: f.start, end: f.end, findings: [f] });
	}
	const segments: Segment[] = [];
	let at = 0;
	for (const m of merged) {
		if (m.start > at) segments.push({ text: text.slice(at, m.start), findings: [] });
		segments.push({ text: text.slice(m.start, m.end), findings: m.findings });
		at = m.end;
	}
	if (at < text.length) segments.push({ text: text.slice(at), findings: [] });
	return segments;
}
