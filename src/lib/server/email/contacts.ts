// The class's approved contacts: the only outside addresses a class may write to, and the
// only senders whose mail reaches the teacher's queue rather than quarantine. Each has a
// reason and the member of staff who approved it; removing one keeps the record.
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Database, Executor } from '../db';
import { emailContacts, users } from '../db/schema';
import { can, type Actor } from '../../domain/auth/permissions';
import type { ContactInput } from '../../domain/email/inputs';
import { assertCan } from '../auth/authorize';
import { classResource } from '../auth/resources';
import { recordAudit } from '../audit/record';
import { InputError, NotFoundError, isUniqueViolation } from '../errors';

export interface ContactView {
	id: string;
	name: string;
	address: string;
	reason: string;
	approvedBy: string;
	approvedAt: string;
}

async function classFor(db: Executor, actor: Actor, classId: string, permission: 'email.read' | 'email.contacts.manage') {
	const resource = await classResource(db, classId);
	if (!resource) throw new NotFoundError('That class does not exist.');
	return assertCan(actor, permission, resource);
}

/** The class's contacts, for those who read its mail (to write) or manage its contacts (the head). */
export async function listContacts(db: Executor, actor: Actor, classId: string): Promise<ContactView[]> {
	const resource = await classResource(db, classId);
	if (!resource) throw new NotFoundError('That class does not exist.');
	if (!can(actor, 'email.contacts.manage', resource)) assertCan(actor, 'email.read', resource);
	const rows = await db
		.select({ c: emailContacts, firstName: users.firstName, surname: users.surname })
		.from(emailContacts)
		.leftJoin(users, eq(users.id, emailContacts.approvedById))
		.where(and(eq(emailContacts.classId, classId), isNull(emailContacts.removedAt)))
		.orderBy(asc(emailContacts.name));
	return rows.map((r) => ({
		id: r.c.id,
		name: r.c.name,
		address: r.c.address,
		reason: r.c.reason,
		approvedBy: r.firstName ? `${r.firstName} ${r.surname}` : 'A former member of staff',
		approvedAt: r.c.approvedAt.toISOString()
	}));
}

export async function approveContact(db: Database, actor: Actor, classId: string, input: ContactInput, now = new Date()): Promise<string> {
	await classFor(db, actor, classId, 'email.contacts.manage');
	try {
		return await db.transaction(async (tx) => {
			const [row] = await tx
				.insert(emailContacts)
				.values({
					schoolId: actor.schoolId,
					classId,
					name: input.name,
					address: input.address,
					reason: input.reason,
					approvedById: actor.userId,
					approvedAt: now
				})
				.returning({ id: emailContacts.id });
			await recordAudit(tx, {
				schoolId: actor.schoolId,
				actorId: actor.userId,
				action: 'email.contact_approved',
				targetType: 'email-contact',
				targetId: row!.id,
				details: { classId, name: input.name, address: input.address, reason: input.reason }
			});
			return row!.id;
		});
	} catch (e) {
		if (isUniqueViolation(e)) throw new InputError('address', 'That address is already an approved contact of this class.');
		throw e;
	}
}

export async function removeContact(db: Database, actor: Actor, contactId: string, now = new Date()): Promise<void> {
	const [contact] = await db
		.select()
		.from(emailContacts)
		.where(and(eq(emailContacts.id, contactId), isNull(emailContacts.removedAt)));
	if (!contact || contact.schoolId !== actor.schoolId) throw new NotFoundError('That contact does not exist.');
	await classFor(db, actor, contact.classId, 'email.contacts.manage');
	await db.transaction(async (tx) => {
		await tx.update(emailContacts).set({ removedAt: now, removedById: actor.userId }).where(eq(emailContacts.id, contactId));
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'email.contact_removed',
			targetType: 'email-contact',
			targetId: contactId,
			details: { classId: contact.classId, address: contact.address }
		});
	});
}
