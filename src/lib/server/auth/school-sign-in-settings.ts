// The school admin sets up staff sign-in with the school's own accounts: provider, issuer,
// client id and secret, and the staff email domain. The provider is asked for its discovery
// document before anything is saved, so a typing mistake is caught at once, not at the first
// sign-in. The secret is stored encrypted and never shown again; a blank secret keeps it.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database, Executor } from '../db';
import { schoolSignInProviders, schools, users } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import type { schoolSignInSchema, staffEmailSchema } from '../../domain/auth/inputs';
import { providerLabel, type ProviderKind } from '../../domain/auth/school-sign-in';
import { STAFF_ROLES, type StaffRole } from '../../domain/auth/roles';
import { assertCan, ownSchool } from './authorize';
import { recordAudit } from '../audit/record';
import { InputError, NotFoundError } from '../errors';
import { encryptSecret } from './two-step-secret';
import { discoverProvider } from './school-sign-in-client';

export type SchoolSignInInput = z.infer<typeof schoolSignInSchema>;

export interface SchoolSignInView {
	kind: ProviderKind;
	issuer: string;
	clientId: string;
	allowedDomain: string;
	updatedAt: Date;
}

/** The secret is sealed to its school: a row copied onto another school does not decrypt. */
export function sealClientSecret(schoolId: string, secret: string): string {
	return encryptSecret(`school-sign-in:${schoolId}`, new TextEncoder().encode(secret));
}

export async function getSchoolSignIn(db: Executor, actor: Actor): Promise<SchoolSignInView | null> {
	assertCan(actor, 'school.manage', ownSchool(actor));
	const [row] = await db.select().from(schoolSignInProviders).where(eq(schoolSignInProviders.schoolId, actor.schoolId));
	if (!row) return null;
	return { kind: row.kind as ProviderKind, issuer: row.issuer, clientId: row.clientId, allowedDomain: row.allowedDomain, updatedAt: row.updatedAt };
}

export async function saveSchoolSignIn(db: Database, actor: Actor, input: SchoolSignInInput, now = new Date()): Promise<void> {
	assertCan(actor, 'school.manage', ownSchool(actor));
	const [existing] = await db.select().from(schoolSignInProviders).where(eq(schoolSignInProviders.schoolId, actor.schoolId));
	if (!existing && !input.clientSecret) throw new InputError('clientSecret', 'Paste the client secret the provider gave you.');
	// Checked before the transaction: no lock is held while another server answers.
	if (!(await discoverProvider(input.issuer, input.clientId)))
		throw new InputError('issuer', 'We could not read the sign-in details at that address. Check it, and that the provider is reachable from the server.');
	await db.transaction(async (tx) => {
		const values = {
			kind: input.kind,
			issuer: input.issuer,
			clientId: input.clientId,
			allowedDomain: input.allowedDomain,
			updatedBy: actor.userId,
			updatedAt: now,
			...(input.clientSecret ? { clientSecretEncrypted: sealClientSecret(actor.schoolId, input.clientSecret) } : {})
		};
		if (existing) await tx.update(schoolSignInProviders).set(values).where(eq(schoolSignInProviders.schoolId, actor.schoolId));
		else await tx.insert(schoolSignInProviders).values({ ...values, schoolId: actor.schoolId, clientSecretEncrypted: values.clientSecretEncrypted! });
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'school.sign_in_provider_saved',
			targetType: 'school',
			targetId: actor.schoolId,
			// Never the secret: only whether it changed.
			details: {
				kind: input.kind,
				issuer: input.issuer,
				clientId: input.clientId,
				allowedDomain: input.allowedDomain,
				secretChanged: Boolean(input.clientSecret)
			}
		});
	});
}

export async function removeSchoolSignIn(db: Database, actor: Actor): Promise<void> {
	assertCan(actor, 'school.manage', ownSchool(actor));
	await db.transaction(async (tx) => {
		const removed = await tx
			.delete(schoolSignInProviders)
			.where(eq(schoolSignInProviders.schoolId, actor.schoolId))
			.returning({ issuer: schoolSignInProviders.issuer });
		if (!removed.length) throw new NotFoundError('This school has no school-account sign-in to remove.');
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'school.sign_in_provider_removed',
			targetType: 'school',
			targetId: actor.schoolId,
			details: { issuer: removed[0]!.issuer }
		});
	});
}

export interface SchoolSignInButton {
	slug: string;
	schoolName: string;
	label: string;
}

/** The buttons the sign-in page shows: one per school that set its own sign-in up. */
export async function listSchoolSignInButtons(db: Executor): Promise<SchoolSignInButton[]> {
	const rows = await db
		.select({ slug: schools.slug, schoolName: schools.name, kind: schoolSignInProviders.kind })
		.from(schoolSignInProviders)
		.innerJoin(schools, eq(schools.id, schoolSignInProviders.schoolId))
		.orderBy(asc(schools.name));
	return rows.map((r) => ({ slug: r.slug, schoolName: r.schoolName, label: providerLabel(r.kind as ProviderKind) }));
}

export interface StaffEmailRow {
	id: string;
	name: string;
	username: string;
	role: StaffRole;
	email: string | null;
}

/** Staff and the address their school account must have, for the sign-in page. */
export async function listStaffEmails(db: Executor, actor: Actor): Promise<StaffEmailRow[]> {
	assertCan(actor, 'school.manage', ownSchool(actor));
	const rows = await db
		.select({ id: users.id, firstName: users.firstName, surname: users.surname, username: users.username, role: users.role, email: users.email })
		.from(users)
		.where(and(eq(users.schoolId, actor.schoolId), inArray(users.role, [...STAFF_ROLES])))
		.orderBy(asc(users.surname), asc(users.firstName));
	return rows.map((r) => ({ id: r.id, name: `${r.firstName} ${r.surname}`, username: r.username, role: r.role as StaffRole, email: r.email }));
}

/** Sets (or clears) the school address a member of staff signs in with. */
export async function setStaffEmail(db: Database, actor: Actor, input: z.infer<typeof staffEmailSchema>): Promise<void> {
	assertCan(actor, 'school.manage', ownSchool(actor));
	await db.transaction(async (tx) => {
		const [target] = await tx
			.select({ schoolId: users.schoolId, role: users.role, email: users.email })
			.from(users)
			.where(eq(users.id, input.userId))
			.for('update');
		// Another school's account is as unknown here as one that does not exist.
		if (!target || target.schoolId !== actor.schoolId) throw new NotFoundError('That account does not exist.');
		if (!(STAFF_ROLES as readonly string[]).includes(target.role)) throw new InputError('userId', 'Only staff sign in with the school account.');
		await tx.update(users).set({ email: input.email }).where(eq(users.id, input.userId));
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'account.email_changed',
			targetType: 'user',
			targetId: input.userId,
			details: { from: target.email, to: input.email }
		});
	});
}
