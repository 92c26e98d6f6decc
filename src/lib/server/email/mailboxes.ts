// Class mailboxes: the address of each class, the places a class may write to, and the
// lookup the inbound server uses to accept mail only for known class addresses.
import { and, asc, count, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Executor } from '../db';
import { classes, emailContacts, emails, schools } from '../db/schema';
import { can, type Actor } from '../../domain/auth/permissions';
import { classAddress, domainOf, localPartOf, normaliseAddress } from '../../domain/email/addresses';
import { recipientValue } from '../../domain/email/compose';
import { NotFoundError } from '../errors';
import type { RecipientOption } from '../../domain/email/views';

export type { RecipientOption };

export interface Mailbox {
	classId: string;
	schoolId: string;
	className: string;
	schoolName: string;
	mailDomain: string | null;
	/** Null until the school has a mail domain. */
	address: string | null;
	/** Last year's class after the rollover: its mailbox is history, closed to new mail. */
	archived: boolean;
}

export async function loadMailbox(db: Executor, classId: string): Promise<Mailbox> {
	const [row] = await db
		.select({
			classId: classes.id,
			schoolId: classes.schoolId,
			className: classes.name,
			local: classes.mailboxLocalPart,
			schoolName: schools.name,
			mailDomain: schools.mailDomain,
			archivedAt: classes.archivedAt
		})
		.from(classes)
		.innerJoin(schools, eq(schools.id, classes.schoolId))
		.where(eq(classes.id, classId));
	if (!row) throw new NotFoundError('That class does not exist.');
	const { archivedAt, ...mailbox } = row;
	return { ...mailbox, address: classAddress(row.local, row.mailDomain), archived: archivedAt !== null };
}

/** The class a mailbox address belongs to, or null: unknown addresses are refused at RCPT TO. */
export async function findMailboxByAddress(db: Executor, raw: string): Promise<Mailbox | null> {
	const address = normaliseAddress(raw);
	if (!address) return null;
	const [row] = await db
		.select({ id: classes.id })
		.from(classes)
		.innerJoin(schools, eq(schools.id, classes.schoolId))
		.where(
			and(
				sql`lower(${schools.mailDomain}) = ${domainOf(address)}`,
				sql`lower(${classes.mailboxLocalPart}) = ${localPartOf(address)}`,
				isNull(classes.archivedAt)
			)
		);
	return row ? loadMailbox(db, row.id) : null;
}

/** Who a class may write to: the school's other classes, then its approved contacts. */
export async function recipientOptions(db: Executor, schoolId: string, classId: string): Promise<RecipientOption[]> {
	const others = await db
		.select({ id: classes.id, name: classes.name })
		.from(classes)
		.where(and(eq(classes.schoolId, schoolId), ne(classes.id, classId), isNull(classes.archivedAt)))
		.orderBy(asc(classes.name));
	const contacts = await db
		.select({ id: emailContacts.id, name: emailContacts.name, reason: emailContacts.reason })
		.from(emailContacts)
		.where(and(eq(emailContacts.classId, classId), isNull(emailContacts.removedAt)))
		.orderBy(asc(emailContacts.name));
	return [
		...others.map((c) => ({ value: recipientValue({ kind: 'class', id: c.id }), label: c.name, kind: 'class' as const, reason: null })),
		...contacts.map((c) => ({ value: recipientValue({ kind: 'contact', id: c.id }), label: c.name, kind: 'contact' as const, reason: c.reason }))
	];
}

export interface StaffMailboxLink {
	classId: string;
	className: string;
	address: string | null;
	canRead: boolean;
	canManageContacts: boolean;
	quarantined: number;
}

/** The class mailboxes this member of staff may open (to read, or to manage contacts). */
export async function listStaffMailboxes(db: Executor, actor: Actor): Promise<StaffMailboxLink[]> {
	const rows = await db
		.select({ id: classes.id, name: classes.name, local: classes.mailboxLocalPart, mailDomain: schools.mailDomain })
		.from(classes)
		.innerJoin(schools, eq(schools.id, classes.schoolId))
		.where(and(eq(classes.schoolId, actor.schoolId), isNull(classes.archivedAt)))
		.orderBy(asc(classes.yearGroup), asc(classes.name));
	const held = await db
		.select({ classId: emails.classId, n: count() })
		.from(emails)
		.where(and(eq(emails.schoolId, actor.schoolId), eq(emails.status, 'quarantined')))
		.groupBy(emails.classId);
	return rows.flatMap((c) => {
		const resource = { kind: 'class' as const, schoolId: actor.schoolId, classId: c.id };
		const canRead = can(actor, 'email.read', resource);
		const canManageContacts = can(actor, 'email.contacts.manage', resource);
		if (!canRead && !canManageContacts) return [];
		return [
			{
				classId: c.id,
				className: c.name,
				address: classAddress(c.local, c.mailDomain),
				canRead,
				canManageContacts,
				quarantined: canRead ? (held.find((h) => h.classId === c.id)?.n ?? 0) : 0
			}
		];
	});
}
