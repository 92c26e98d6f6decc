/**
 * Rendering an agreement to canonical plain text.
 *
 * Owns: the one plain-text form of a structured agreement. It is what gets
 * hashed when a version is published and when someone signs, and what a
 * paper form or an export prints. The pictogram's alt text is included
 * because, for a younger pupil, the picture is part of what they agreed to.
 */
import type { AgreementItem, AgreementText } from './types';

function renderItem(item: AgreementItem, index: number): string {
	const lines: string[] = [];
	const number = `${index + 1}.`;
	const heading = item.heading ? `${item.heading}: ` : '';
	lines.push(`${number} ${heading}${item.text.trim()}`);
	if (item.pictogram) lines.push(`   [picture ${item.pictogram.symbol}: ${item.pictogram.alt.trim()}]`);
	return lines.join('\n');
}

/** Title, intro, numbered items, closing; separated by blank lines. */
export function renderAgreementText(text: AgreementText): string {
	return [text.title.trim(), text.intro.trim(), text.items.map(renderItem).join('\n'), text.closing.trim()].filter((block) => block.length > 0).join('\n\n');
}
