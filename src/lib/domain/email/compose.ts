// Rules for an email a class writes. Rules owned here:
// - the screen sees exactly the text the teacher is shown: `Subject: …`, a blank line, the body;
// - a recipient is chosen, never typed: another class of the school or an approved contact;
// - class email is not named, so a pupil's own name may not appear in what they write
//   (the screen already refuses a full name; this catches a signed-off first name too).
export const MAX_SUBJECT_LENGTH = 150;
export const MAX_BODY_LENGTH = 5000;

export function screenedText(subject: string, body: string): string {
	return `Subject: ${subject}\n\n${body}`;
}

export type Recipient = { kind: 'class'; id: string } | { kind: 'contact'; id: string };

const RECIPIENT = /^(class|contact):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

export function parseRecipient(value: string): Recipient | null {
	const match = RECIPIENT.exec(value.trim());
	if (!match) return null;
	return { kind: match[1]!.toLowerCase() as Recipient['kind'], id: match[2]!.toLowerCase() };
}

export function recipientValue(r: Recipient): string {
	return `${r.kind}:${r.id}`;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether the writer's own first name or surname appears as a capitalised word. Matching
 * the capital only keeps "I will" from tripping a pupil called Will.
 */
export function mentionsWriter(text: string, writer: { firstName: string; surname: string }): boolean {
	return [writer.firstName, writer.surname]
		.map((n) => n.trim())
		.filter((n) => n.length >= 2)
		.some((name) => {
			const capitalised = name[0]!.toUpperCase() + name.slice(1);
			return new RegExp(`(^|[^\\p{L}])(${escape(capitalised)}|${escape(name.toUpperCase())})(?![\\p{L}])`, 'u').test(text);
		});
}

export const COMPOSE_MESSAGES = {
	namedWriter: 'Class emails come from the whole class, so please leave your name out.',
	noRecipient: 'Choose who to write to from the list.',
	noMailbox: 'Your class does not have an email address yet. Ask your teacher.'
} as const;
