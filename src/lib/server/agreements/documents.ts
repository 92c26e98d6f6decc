// A school's agreement documents: the project's default text published as version 1 on
// first need (so a new school works out of the box), and an admin "editing" an agreement
// by publishing the next version, choosing whether everyone must sign again. Versions
// are never changed; the old ones and their signatures stay.
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Database, Executor } from '../db';
import { agreementDocuments, users } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import {
	AGREEMENT_KINDS,
	DEFAULT_AGREEMENT_TEXTS,
	hashAgreementText,
	prepareNewVersion,
	type AgreementDocument,
	type AgreementKind,
	type AgreementText
} from '../../domain/agreements';
import { assertCan, ownSchool } from '../auth/authorize';
import { recordAudit } from '../audit/record';
import { InputError, isUniqueViolation } from '../errors';
import { toDocument } from './rows';
import { disconnectSchoolStaff, disconnectUsers } from '../realtime/session-sockets';
import { academicYearOf } from '../../domain/calendar';

export async function loadDocuments(db: Executor, schoolId: string): Promise<AgreementDocument[]> {
	const rows = await db
		.select()
		.from(agreementDocuments)
		.where(eq(agreementDocuments.schoolId, schoolId))
		.orderBy(asc(agreementDocuments.kind), asc(agreementDocuments.version));
	return rows.map(toDocument);
}

/**
 * Every kind the school has not published yet gets the default text as version 1, in
 * force from the start of the current academic year. Safe to call concurrently: a
 * second writer's insert is ignored by the unique (school, kind, version) index.
 */
export async function ensureAgreementDocuments(db: Executor, schoolId: string, now = new Date()): Promise<AgreementDocument[]> {
	const existing = await loadDocuments(db, schoolId);
	const missing = AGREEMENT_KINDS.filter((kind) => !existing.some((d) => d.kind === kind));
	if (missing.length === 0) return existing;
	const publishedAt = academicYearOf(now).starts;
	for (const kind of missing) {
		const text = DEFAULT_AGREEMENT_TEXTS[kind];
		const inserted = await db
			.insert(agreementDocuments)
			.values({ schoolId, kind, version: 1, text, textHash: hashAgreementText(text), requiresResign: false, publishedAt })
			.onConflictDoNothing()
			.returning({ id: agreementDocuments.id });
		if (inserted[0]) {
			await recordAudit(db, {
				schoolId,
				actorId: null,
				action: 'agreement.default_published',
				targetType: 'agreement_document',
				targetId: inserted[0].id,
				details: { kind, version: 1 }
			});
		}
	}
	return loadDocuments(db, schoolId);
}

export interface PublishInput {
	kind: AgreementKind;
	text: AgreementText;
	requiresResign: boolean;
}

/** An admin publishes the next version of one agreement. Returns the new version number. */
export async function publishNewVersion(db: Database, actor: Actor, input: PublishInput, now = new Date()): Promise<number> {
	assertCan(actor, 'agreement.publish', ownSchool(actor));
	let version: number;
	try {
		version = await db.transaction(async (tx) => {
			const existing = await ensureAgreementDocuments(tx, actor.schoolId, now);
			const result = prepareNewVersion({
				id: crypto.randomUUID(),
				schoolId: actor.schoolId,
				kind: input.kind,
				text: input.text,
				requiresResign: input.requiresResign,
				publishedBy: actor.userId,
				publishedAt: now,
				existing
			});
			if (!result.ok) throw new InputError('text', result.issues.map((i) => i.message).join(' '));
			const doc = result.document;
			await tx.insert(agreementDocuments).values({ ...doc, publishedBy: actor.userId });
			await recordAudit(tx, {
				schoolId: actor.schoolId,
				actorId: actor.userId,
				action: 'agreement.version_published',
				targetType: 'agreement_document',
				targetId: doc.id,
				details: { kind: doc.kind, version: doc.version, requiresResign: doc.requiresResign, textHash: doc.textHash }
			});
			return doc.version;
		});
	} catch (e) {
		if (isUniqueViolation(e)) throw new InputError('text', 'Someone else published a version at the same moment. Please reload and try again.');
		throw e;
	}
	// A version everyone must sign again closes their gates now: their open sockets drop
	// and reconnect to what they may still do (staff are taken to the new agreement).
	if (input.requiresResign) await closeGatesOnSockets(db, actor.schoolId, input.kind);
	return version;
}

async function closeGatesOnSockets(db: Database, schoolId: string, kind: AgreementKind): Promise<void> {
	if (kind === 'staff') return disconnectSchoolStaff(schoolId, 'gate-closed');
	const pupils = await db
		.select({ id: users.id })
		.from(users)
		.where(and(eq(users.schoolId, schoolId), eq(users.role, 'pupil')));
	disconnectUsers(
		pupils.map((p) => p.id),
		'gate-closed'
	);
}

export interface VersionView {
	id: string;
	kind: AgreementKind;
	version: number;
	text: AgreementText;
	requiresResign: boolean;
	publishedAt: Date;
	/** "Project default" or the admin's name. */
	publishedByName: string;
}

/** Every version of every agreement in the actor's school, newest first within each kind. */
export async function listVersions(db: Executor, actor: Actor, now = new Date()): Promise<VersionView[]> {
	assertCan(actor, 'school.read', ownSchool(actor));
	await ensureAgreementDocuments(db, actor.schoolId, now);
	const rows = await db
		.select({ doc: agreementDocuments, firstName: users.firstName, surname: users.surname })
		.from(agreementDocuments)
		.leftJoin(users, eq(users.id, agreementDocuments.publishedBy))
		.where(eq(agreementDocuments.schoolId, actor.schoolId))
		.orderBy(asc(agreementDocuments.kind), desc(agreementDocuments.version));
	return rows.map(({ doc, firstName, surname }) => ({
		id: doc.id,
		kind: doc.kind,
		version: doc.version,
		text: doc.text,
		requiresResign: doc.requiresResign,
		publishedAt: doc.publishedAt,
		publishedByName: firstName ? `${firstName} ${surname}` : 'Project default text'
	}));
}
