// Links. Owns rules: url.link (a web address outside the school's approved
// domains) and url.spelled (one written with "dot" words, or a link shortener
// spelt out: "bit ly slash 3xYz9Q"). Approved hosts
// and their sub-domains pass; everything else could lead a child off the
// platform.

import { TOP_LEVEL_DOMAINS, WORDY_TLDS } from './link-words.js';
import type { MappedText } from './normalise.js';
import type { RawFinding } from './types.js';

const LINK = /(?<![a-z0-9@._-])(https?:\/\/|www\.)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,12}))\b(?:[/?#][^\s<>"']*)?/g;

/** Links in the link view whose host is not approved. */
export function findLinks(view: MappedText, original: string, approved: readonly string[]): RawFinding[] {
	const findings: RawFinding[] = [];
	LINK.lastIndex = 0;
	for (let m = LINK.exec(view.text); m !== null; m = LINK.exec(view.text)) {
		const prefix = m[1];
		const host = (m[2] as string).replace(/^www\./, '');
		const tld = m[3] as string;
		// After www. or http:// any ending is a link; bare, only a known ending, and a
		// wordy one ("it", "shop") only with a path, a hyphen or a digit in the name.
		if (prefix === undefined && !TOP_LEVEL_DOMAINS.has(tld)) continue;
		if (prefix === undefined && WORDY_TLDS.has(tld) && !/[/]/.test(m[0]) && !/[-0-9]/.test(host)) continue;
		if (isApproved(host, approved)) continue;
		// "a .com address" is talk about links: an article joined to an ending across a space.
		if (ARTICLE_HOST.test(host) && /\s/.test(original.slice(view.starts[m.index] ?? 0, view.ends[m.index + m[0].length - 1] ?? 0))) continue;
		const trimmed = m[0].replace(/[.,!?)]+$/, '');
		const start = view.starts[m.index] ?? 0;
		const end = view.ends[m.index + trimmed.length - 1] ?? 0;
		const rule = /\bdot\b|[([{]/.test(original.slice(start, end)) ? 'url.spelled' : 'url.link';
		findings.push({ kind: 'url', start, end, rule });
	}
	if (view.text.includes('slash') || view.text.includes('/'))
		for (const m of view.text.matchAll(SHORT_LINK)) {
			findings.push({ kind: 'url', start: view.starts[m.index] ?? 0, end: view.ends[m.index + m[0].length - 1] ?? 0, rule: 'url.spelled' });
		}
	if (view.text.includes('http')) {
		IP_LINK.lastIndex = 0;
		for (let m = IP_LINK.exec(view.text); m !== null; m = IP_LINK.exec(view.text)) {
			findings.push({ kind: 'url', start: view.starts[m.index] ?? 0, end: view.ends[m.index + m[0].length - 1] ?? 0, rule: 'url.link' });
		}
	}
	return findings;
}

// A link shortener's name with its dot said or left out, then "slash" and the code: no school
// approves one, since nobody can tell where it leads.
const SHORT_LINK = /\b(?:bit|tiny|goo|cutt|ow|is|rb|short)\W{0,3}(?:dot\W{1,3})?(?:ly|gl|gd|url|gy)\W{0,3}(?:slash|\/)\W{0,3}[a-z0-9]{4,}/g;

const ARTICLE_HOST = /^(?:a|an|the|this|that|every|any|each)\.[a-z.]+$/;

// A link to a bare address ("http://192.168.0.12/games") has no name to approve.
const IP_LINK = /https?:\/\/\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?(?:\/[^\s<>"']*)?/g;

function isApproved(host: string, approved: readonly string[]): boolean {
	return approved.some((domain) => host === domain || host.endsWith('.' + domain));
}
