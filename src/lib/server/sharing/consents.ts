// The consents that decide whether a family sees shared work, read fresh every time (never
// cached), so a parent's withdrawal hides work on the very next page or file request.
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db';
import { parentConsents, parentLinks } from '../db/schema';
import { isConsentInForce } from '../../domain/agreements';
import type { FamilyConsents } from '../../domain/sharing';
import { toConsent } from '../agreements/rows';

export async function familyConsents(db: Executor, schoolId: string, pupilIds: readonly string[], now: Date): Promise<Map<string, FamilyConsents>> {
	const result = new Map<string, FamilyConsents>();
	if (!pupilIds.length) return result;
	const ids = [...pupilIds];
	const [records, links] = await Promise.all([
		db.select().from(parentConsents).where(and(eq(parentConsents.schoolId, schoolId), inArray(parentConsents.pupilId, ids))),
		db.select({ parentId: parentLinks.parentId, pupilId: parentLinks.pupilId }).from(parentLinks).where(and(eq(parentLinks.schoolId, schoolId), inArray(parentLinks.pupilId, ids)))
	]);
	const consentRecords = records.map(toConsent);
	for (const pupilId of ids) {
		const scope = { schoolId, pupilId, parentIds: links.filter((l) => l.pupilId === pupilId).map((l) => l.parentId), now };
		result.set(pupilId, {
			publishWork: isConsentInForce(consentRecords, 'publish-work-to-family', scope),
			photographs: isConsentInForce(consentRecords, 'photographs', scope)
		});
	}
	return result;
}
