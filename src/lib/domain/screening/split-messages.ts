// Details sent in pieces across a pupil's messages. Owns rules: phone.split-messages
// ("07700", "900", "123"), postcode.split-messages ("LA9", then "4DL") and
// email.split-messages ("ellie.p2015", then "@gmail.com"). The writer's last few messages in
// the room and this one are read as one text, normalised once for all three, and a detail is
// kept only when it ends in this message but starts before it, so a detail wholly in an earlier
// message (already blocked then) is not reported again.

import { findEmails } from './email.js';
import { buildLinkView } from './link-words.js';
import { normaliseText } from './normalise.js';
import { findPhoneNumbers } from './phone.js';
import { findPostcodes } from './postcode.js';
import type { RawFinding } from './types.js';

// How many of the writer's earlier messages are read with this one.
const RECENT_LIMIT = 4;
// What this message must hold to finish each detail: a digit or a number word for a phone
// number, a digit for a postcode's inward half, an "@", "at" or a provider's ending for an email.
const MAY_END_PHONE = /[0-9]|\b(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|double|treble)\b/i;
const MAY_END_POSTCODE = /\d/;
const MAY_END_EMAIL = /@|\bat\b|\bdot\b|\.(?:com|co|uk|org|net)\b|mail|outlook|yahoo|icloud/i;

/** Phone numbers, postcodes and emails that start in the writer's recent messages and end in this one. */
export function findSplitDetails(text: string, recent: readonly string[]): RawFinding[] {
	if (recent.length === 0) return [];
	const phone = MAY_END_PHONE.test(text);
	const postcode = MAY_END_POSTCODE.test(text);
	const email = MAY_END_EMAIL.test(text);
	if (!phone && !postcode && !email) return [];
	const earlier = recent.slice(-RECENT_LIMIT).join('\n') + '\n';
	const joined = earlier + text;
	const mt = normaliseText(joined);
	const found = [...(phone ? findPhoneNumbers(mt) : []), ...(postcode ? findPostcodes(mt) : []), ...(email ? findEmails(buildLinkView(mt), joined) : [])];
	const findings: RawFinding[] = [];
	for (const f of found) {
		if (f.start >= earlier.length || f.end <= earlier.length) continue;
		findings.push({ kind: f.kind, start: 0, end: f.end - earlier.length, rule: `${f.kind}.split-messages` });
	}
	return findings;
}
