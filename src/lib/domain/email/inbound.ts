// Mail arriving from outside. Rules owned here:
// - only mail from an approved contact of the class reaches the teacher's queue; anything
//   else is quarantined for the teacher to release or discard;
// - a sender is trusted only when the envelope sender and the From header agree: a
//   mismatch (a forwarder, or a forged From) is treated as an unknown sender;
// - mail claiming to come from the school's own domain never arrives from outside
//   (classes write to each other internally), so it is refused as forged;
// - HTML is never shown: only the plain text, with control characters taken out.
import { domainOf, normaliseAddress } from './addresses';

export const MAX_INBOUND_TEXT = 20_000;

export type SenderCheck =
	{ kind: 'contact'; contactId: string; address: string } | { kind: 'unknown'; address: string | null } | { kind: 'forged'; reason: string };

export interface SenderFacts {
	envelopeFrom: string | null;
	headerFrom: string | null;
	schoolDomains: readonly string[];
	contacts: readonly { id: string; address: string }[];
}

export function checkSender(facts: SenderFacts): SenderCheck {
	const header = normaliseAddress(facts.headerFrom);
	const envelope = normaliseAddress(facts.envelopeFrom);
	const domains = facts.schoolDomains.map((d) => d.toLowerCase());
	for (const claimed of [header, envelope]) {
		if (claimed && domains.includes(domainOf(claimed))) return { kind: 'forged', reason: `claims to be from the school's own domain (${claimed})` };
	}
	if (!header) return { kind: 'unknown', address: envelope };
	if (envelope !== header) return { kind: 'unknown', address: header };
	const contact = facts.contacts.find((c) => c.address === header);
	return contact ? { kind: 'contact', contactId: contact.id, address: header } : { kind: 'unknown', address: header };
}

/** Plain text safe to show a child: no control characters, no runaway length. */
export function cleanText(text: string | null | undefined, max = MAX_INBOUND_TEXT): string {
	const cleaned = (text ?? '')
		.replace(/\r\n?/g, '\n')
		// eslint-disable-next-line no-control-regex
		.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
		.replace(/\n{4,}/g, '\n\n\n')
		.trim();
	return cleaned.length > max ? `${cleaned.slice(0, max)}\n[The rest of this email was too long and was left out.]` : cleaned;
}

export function cleanSubject(subject: string | null | undefined): string {
	const s = cleanText(subject, 150).replace(/\s+/g, ' ');
	return s || '(no subject)';
}
