// The consents that decide whether a family sees shared work, read fresh every time (never
// cached), so a parent's withdrawal hides work on the very next page or file request.
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db';
import { parentLinks } from '../db/schema';
import { loadConsentsInForce } from '../agreements/consents-in-force';
import { isConsentInForce } from '../../domain/agreements';
import type { FamilyConsents } from '../../domain/sharing';

export async function familyConsents(db: Executor, schoolId: string, pupilIds: readonly string[], now: Date): Promise<Map<string, FamilyConsents>> {
	const result = new Map<string, FamilyConsents>();
	if (!pupilIds.length) return result;
	const ids = [...pupilIds];
	const [consentRecords, links] = await Promise.all([
		loadConsentsInForce(db, schoolId, ids, now),
		db
			.select({ parentId: parentLinks.parentId, pupilId: parentLinks.pupilId })
			.from(parentLinks)
			.where(and(eq(parentLinks.schoolId, schoolId), inArray(parentLinks.pupilId, ids)))
	]);
	for (const pupilId of ids) {
		const scope = { schoolId, pupilId, parentIds: links.filter((l) => l.pupilId === pupilId).map((l) => l.parentId), now };
		result.set(pupilId, {
			publishWork: isConsentInForce(consentRecords, 'publish-work-to-family', scope),
			photographs: isConsentInForce(consentRecords, 'photographs', scope)
		});
	}
	return result;
}
