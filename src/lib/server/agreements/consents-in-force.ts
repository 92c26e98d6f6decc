// Reads parents' consent answers as they stand this school year: answers to the consents the
// school renews yearly lapse on 1 September (see the domain's consent-renewal.ts).
import { and, eq, inArray } from 'drizzle-orm';
import type { Database, Executor } from '../db';
import { consentSettings, parentConsents } from '../db/schema';
import type { ConsentKind, ConsentRecord } from '../../domain/agreements/types';
import { CONSENT_KINDS } from '../../domain/agreements/types';
import { consentsInForceThisYear, DEFAULT_YEARLY_CONSENTS } from '../../domain/agreements/consent-renewal';
import type { Actor } from '../../domain/auth/permissions';
import { assertCan, ownSchool } from '../auth/authorize';
import { recordAudit } from '../audit/record';
import { InputError } from '../errors';
import { toConsent } from './rows';

export async function yearlyConsentKinds(db: Executor, schoolId: string): Promise<ConsentKind[]> {
	const [row] = await db.select({ kinds: consentSettings.yearlyKinds }).from(consentSettings).where(eq(consentSettings.schoolId, schoolId));
	return (row?.kinds ?? DEFAULT_YEARLY_CONSENTS).filter((k): k is ConsentKind => (CONSENT_KINDS as readonly string[]).includes(k));
}

/** Every answer for these pupils that still counts now. */
export async function loadConsentsInForce(db: Executor, schoolId: string, pupilIds: readonly string[], now: Date): Promise<ConsentRecord[]> {
	if (pupilIds.length === 0) return [];
	const [rows, yearly] = await Promise.all([
		db
			.select()
			.from(parentConsents)
			.where(and(eq(parentConsents.schoolId, schoolId), inArray(parentConsents.pupilId, [...pupilIds]))),
		yearlyConsentKinds(db, schoolId)
	]);
	return consentsInForceThisYear(rows.map(toConsent), yearly, now);
}

/** The admin chooses which consents lapse each September. Audited. */
export async function setYearlyConsentKinds(db: Database, actor: Actor, kinds: readonly string[]): Promise<void> {
	assertCan(actor, 'school.manage', ownSchool(actor));
	const unknown = kinds.find((k) => !(CONSENT_KINDS as readonly string[]).includes(k));
	if (unknown) throw new InputError('yearlyKinds', 'Choose consents from the list.');
	// Messaging consent gates the child's whole use of the app; it follows the parent agreement instead.
	if (kinds.includes('messaging-internet')) throw new InputError('yearlyKinds', 'Messaging consent follows the parent agreement and cannot lapse on its own.');
	await db.transaction(async (tx) => {
		await tx
			.insert(consentSettings)
			.values({ schoolId: actor.schoolId, yearlyKinds: [...kinds] })
			.onConflictDoUpdate({ target: consentSettings.schoolId, set: { yearlyKinds: [...kinds], updatedAt: new Date() } });
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'consents.yearly_set',
			targetType: 'school',
			targetId: actor.schoolId,
			details: { kinds }
		});
	});
}
