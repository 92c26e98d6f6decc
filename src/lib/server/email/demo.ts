// Class email in the demo school: two approved contacts for Year 5 Oak (a children's author
// and a museum, each with a reason) and a short exchange between Year 5 Oak and Year 3 Ash,
// so a new user sees a lived-in mailbox. Does nothing in a school without those classes.
import { and, eq, inArray } from 'drizzle-orm';
import type { Transaction } from '../db';
import { classes, emailContacts, emails, users } from '../db/schema';

const CONTACTS = [
	{
		name: 'Hannah Reed (children’s author)',
		address: 'hannah.reed@author-visits.example',
		reason: 'Our class novel: questions for the author after her school visit'
	},
	{ name: 'Riverside Museum learning team', address: 'learning@riverside-museum.example', reason: 'Our Romans topic and the class trip in spring' }
];

export async function seedDemoEmail(tx: Transaction, schoolId: string, now: Date): Promise<void> {
	const rows = await tx
		.select({ id: classes.id, local: classes.mailboxLocalPart })
		.from(classes)
		.where(and(eq(classes.schoolId, schoolId), inArray(classes.mailboxLocalPart, ['5oak', '3ash'])));
	const oak = rows.find((r) => r.local === '5oak');
	const ash = rows.find((r) => r.local === '3ash');
	if (!oak || !ash) return;
	const people = await tx
		.select({ id: users.id, username: users.username })
		.from(users)
		.where(and(eq(users.schoolId, schoolId), inArray(users.username, ['teacher.oak', 'pupil.oak.3', 'pupil.ash.2'])));
	const id = (u: string) => people.find((p) => p.username === u)?.id ?? null;
	await tx.insert(emailContacts).values(CONTACTS.map((c) => ({ ...c, schoolId, classId: oak.id, approvedById: id('teacher.oak'), approvedAt: now })));
	const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * 3_600_000);
	await exchange(tx, schoolId, {
		from: ash.id,
		to: oak.id,
		authorId: id('pupil.ash.2'),
		at: at(30),
		subject: 'Can you help with our bug hunt?',
		body: 'Hello Year 5 Oak,\n\nWe are counting minibeasts in the school garden. Have you seen any woodlice near the pond?\n\nFrom Year 3 Ash'
	});
	await exchange(tx, schoolId, {
		from: oak.id,
		to: ash.id,
		authorId: id('pupil.oak.3'),
		at: at(26),
		subject: 'Re: Can you help with our bug hunt?',
		body: 'Hello Year 3 Ash,\n\nYes! We saw lots of woodlice under the log by the pond, and two snails.\n\nFrom Year 5 Oak'
	});
}

async function exchange(
	tx: Transaction,
	schoolId: string,
	m: { from: string; to: string; authorId: string | null; at: Date; subject: string; body: string }
): Promise<void> {
	const [sent] = await tx
		.insert(emails)
		.values({
			schoolId,
			classId: m.from,
			folder: 'sent',
			status: 'approved',
			authorId: m.authorId,
			toClassId: m.to,
			subject: m.subject,
			body: m.body,
			verdict: 'allow',
			createdAt: m.at,
			decidedAt: m.at
		})
		.returning({ id: emails.id });
	await tx.insert(emails).values({
		schoolId,
		classId: m.to,
		folder: 'inbox',
		status: 'approved',
		fromClassId: m.from,
		subject: m.subject,
		body: m.body,
		verdict: 'allow',
		sourceEmailId: sent!.id,
		createdAt: m.at,
		decidedAt: m.at
	});
}
