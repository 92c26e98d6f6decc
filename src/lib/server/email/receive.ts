// Storing mail that arrived over SMTP for one or more class mailboxes. Mail from an
// approved contact of the class is screened and waits in the teacher's queue; mail from
// anyone else is quarantined for the teacher to release or discard. Only plain text is
// kept (never HTML), and attachments pass the allow-list first.
import { and, eq, isNull } from 'drizzle-orm';
import type { ParsedMail } from 'mailparser';
import type { Database } from '../db';
import { emailAttachments, emailContacts, emails } from '../db/schema';
import { checkSender, cleanSubject, cleanText, type SenderCheck } from '../../domain/email/inbound';
import { screenedText } from '../../domain/email/compose';
import { htmlToSafeText } from '../../domain/email/html-text';
import { recordAudit } from '../audit/record';
import { screenerForSchool } from '../messaging/screening-context';
import { publishQueueItem, submitForReview } from '../moderation/submit';
import { publishAlerts, raiseInboundMailAlerts } from '../safeguarding/alerts';
import { screenAttachments, type KeptAttachment } from './attachments';
import { findMailboxByAddress, type Mailbox } from './mailboxes';

/** A refusal the SMTP server turns into its reply (code and text). */
export class SmtpRefusal extends Error {
	constructor(
		readonly responseCode: number,
		message: string
	) {
		super(message);
		this.name = 'SmtpRefusal';
	}
}

export interface Arrival {
	envelopeFrom: string | null;
	recipients: string[];
	parsed: ParsedMail;
	remoteAddress?: string;
}

export async function receiveMail(db: Database, arrival: Arrival, now = new Date()): Promise<string[]> {
	const from = arrival.parsed.from?.value ?? [];
	if (from.length !== 1 || !from[0]!.address) throw new SmtpRefusal(550, '5.6.0 The message needs exactly one From address');
	const targets: { mailbox: Mailbox; sender: SenderCheck }[] = [];
	for (const rcpt of new Set(arrival.recipients.map((r) => r.toLowerCase()))) {
		const mailbox = await findMailboxByAddress(db, rcpt);
		if (!mailbox) continue;
		const contacts = await db
			.select({ id: emailContacts.id, address: emailContacts.address })
			.from(emailContacts)
			.where(and(eq(emailContacts.classId, mailbox.classId), isNull(emailContacts.removedAt)));
		const sender = checkSender({
			envelopeFrom: arrival.envelopeFrom,
			headerFrom: from[0]!.address,
			schoolDomains: mailbox.mailDomain ? [mailbox.mailDomain] : [],
			contacts
		});
		if (sender.kind === 'forged') throw new SmtpRefusal(550, `5.7.1 Refused: the message ${sender.reason}`);
		targets.push({ mailbox, sender });
	}
	if (!targets.length) throw new SmtpRefusal(550, '5.1.1 No such class mailbox here');
	const { kept, notes } = await screenAttachments(
		arrival.parsed.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content }))
	);
	// mailparser is asked not to convert HTML itself (its conversion keeps image and link targets).
	const htmlOnly = !arrival.parsed.text?.trim() && typeof arrival.parsed.html === 'string';
	if (htmlOnly) notes.push('This email was written as a web page; only its words are shown.');
	const letter = {
		subject: cleanSubject(arrival.parsed.subject),
		body: cleanText(htmlOnly ? htmlToSafeText(arrival.parsed.html as string) : arrival.parsed.text) || '(This email had no words in it.)',
		fromName: cleanText(from[0]!.name, 100) || null,
		messageId: arrival.parsed.messageId?.slice(0, 300) ?? null,
		notes
	};
	const ids: string[] = [];
	for (const target of targets) ids.push(await storeArrival(db, target.mailbox, target.sender, letter, kept, now));
	return ids;
}

interface Letter {
	subject: string;
	body: string;
	fromName: string | null;
	messageId: string | null;
	notes: string[];
}

async function storeArrival(db: Database, mailbox: Mailbox, sender: SenderCheck, letter: Letter, kept: KeptAttachment[], now: Date): Promise<string> {
	const screen = (await screenerForSchool(db, mailbox.schoolId)).screen(screenedText(letter.subject, letter.body));
	// The screen's "block" protects a child's own details; in mail from outside, the sender's
	// signature (a museum's phone number) trips it too, so a teacher judges instead.
	const verdict = screen.verdict === 'block' ? 'hold' : screen.verdict;
	const { emailId, itemId, alerts } = await db.transaction(async (tx) => {
		const contactId = sender.kind === 'contact' ? sender.contactId : null;
		const status = contactId ? ('pending' as const) : ('quarantined' as const);
		const [row] = await tx
			.insert(emails)
			.values({
				schoolId: mailbox.schoolId,
				classId: mailbox.classId,
				folder: 'inbox',
				status,
				contactId,
				fromAddress: sender.kind === 'forged' ? null : sender.address,
				fromName: letter.fromName,
				subject: letter.subject,
				body: letter.body,
				verdict,
				findings: screen.findings,
				notes: letter.notes,
				messageId: letter.messageId,
				createdAt: now
			})
			.returning();
		for (const a of kept) await tx.insert(emailAttachments).values({ schoolId: mailbox.schoolId, emailId: row!.id, ...a });
		// Filed under its outside sender: no member of staff is its author.
		const item = contactId
			? await submitForReview(tx, {
					schoolId: mailbox.schoolId,
					classId: mailbox.classId,
					targetType: 'email',
					targetId: row!.id,
					authorId: null,
					sender: { contactId, address: row!.fromAddress ?? '' },
					verdict,
					findings: screen.findings,
					now
				})
			: null;
		// Secrecy, meeting, grooming and self-harm in mail from a contact alert the DSL, as a pupil's words do.
		const alerts = item
			? await raiseInboundMailAlerts(tx, {
					sourceType: 'email',
					sourceId: row!.id,
					schoolId: mailbox.schoolId,
					classId: mailbox.classId,
					findings: screen.findings,
					now
				})
			: [];
		await recordAudit(tx, {
			schoolId: mailbox.schoolId,
			actorId: null,
			action: contactId ? 'email.received' : 'email.quarantined',
			targetType: 'email',
			targetId: row!.id,
			details: { classId: mailbox.classId, from: row!.fromAddress, attachments: kept.length, notes: letter.notes, findings: screen.findings.map((f) => f.kind) }
		});
		return { emailId: row!.id, itemId: item?.id ?? null, alerts };
	});
	if (itemId) await publishQueueItem(db, itemId);
	publishAlerts(mailbox.schoolId, alerts);
	return emailId;
}
