// What the class email pages load, one function per page, so each route stays a guard, a
// parse and one call. Permission checks happen inside the services these call.
import type { Database } from '../db';
import type { Actor } from '../../domain/auth/permissions';
import { can } from '../../domain/auth/permissions';
import { getPupilAccess } from '../agreements/gate';
import { listContacts, type ContactView } from './contacts';
import { loadMailbox, recipientOptions, type RecipientOption } from './mailboxes';
import { listMailbox, type EmailSummary } from './views';
import { assertCan } from '../auth/authorize';

export interface MailboxPage {
	classId: string;
	className: string;
	address: string | null;
	emails: EmailSummary[];
}

export async function loadMailboxPage(db: Database, actor: Actor, classId: string): Promise<MailboxPage> {
	const emails = await listMailbox(db, actor, classId);
	const mailbox = await loadMailbox(db, classId);
	return { classId, className: mailbox.className, address: mailbox.address, emails };
}

export interface ComposePage {
	className: string;
	address: string | null;
	recipients: RecipientOption[];
	/** Why a pupil cannot write yet (agreements not signed, messaging paused), in their words. */
	closedReasons: string[];
	clientKey: string;
}

export async function loadComposePage(db: Database, actor: Actor, classId: string): Promise<ComposePage> {
	const resource = { kind: 'class' as const, schoolId: actor.schoolId, classId };
	assertCan(actor, 'email.read', resource);
	const mailbox = await loadMailbox(db, classId);
	const open = can(actor, 'email.send', resource);
	const closedReasons = open || actor.role !== 'pupil' ? [] : (await getPupilAccess(db, actor.schoolId, actor.userId)).missing.map((r) => r.forPupil);
	return {
		className: mailbox.className,
		address: mailbox.address,
		recipients: open ? await recipientOptions(db, actor.schoolId, classId) : [],
		closedReasons,
		clientKey: crypto.randomUUID().replace(/-/g, '')
	};
}

export interface StaffMailboxPage extends MailboxPage {
	contacts: ContactView[];
	canWrite: boolean;
	canManageContacts: boolean;
	canHandleQuarantine: boolean;
}

export async function loadStaffMailboxPage(db: Database, actor: Actor, classId: string): Promise<StaffMailboxPage> {
	const page = await loadMailboxPage(db, actor, classId);
	const resource = { kind: 'class' as const, schoolId: actor.schoolId, classId };
	return {
		...page,
		contacts: await listContacts(db, actor, classId),
		canWrite: can(actor, 'email.send', resource),
		canManageContacts: can(actor, 'email.contacts.manage', resource),
		canHandleQuarantine: can(actor, 'email.quarantine.manage', resource)
	};
}
