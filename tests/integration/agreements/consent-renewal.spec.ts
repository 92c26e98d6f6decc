// Consents the school renews each year lapse on 1 September: a photo of people shared last
// year stops reaching the family until a parent answers again, and only the admin chooses
// which consents renew.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { familyConsents } from '../../../src/lib/server/sharing/consents';
import { recordConsent } from '../../../src/lib/server/agreements/consents';
import { setYearlyConsentKinds, yearlyConsentKinds } from '../../../src/lib/server/agreements/consents-in-force';
import { getPupilAccess } from '../../../src/lib/server/agreements/gate';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { InputError } from '../../../src/lib/server/errors';

let t: TestDatabase;
let s: TestSchool;
let other: TestSchool;
beforeAll(async () => {
	t = await openTestDatabase();
	s = await createTestSchool(t.db, 2);
	other = await createTestSchool(t.db, 1);
});
afterAll(() => t.close());

const july = new Date('2026-07-10T10:00:00Z');
const october = new Date('2026-10-05T10:00:00Z');

describe('consents that renew each school year', () => {
	it('closes photo sharing in the new school year until a parent answers again', async () => {
		const pupil = s.classes[0].pupils[0]!;
		const parent = s.classes[0].parents[0]!;
		await recordConsent(t.db, parent.actor, { pupilId: pupil.id, kind: 'photographs', decision: 'given' }, july);
		await recordConsent(t.db, parent.actor, { pupilId: pupil.id, kind: 'publish-work-to-family', decision: 'given' }, july);
		expect((await familyConsents(t.db, s.id, [pupil.id], new Date('2026-08-20T10:00:00Z'))).get(pupil.id)).toEqual({ publishWork: true, photographs: true });

		// 1 September: the photo consent lapsed (the default), sharing work does not.
		const september = new Date('2026-09-02T10:00:00Z');
		expect((await familyConsents(t.db, s.id, [pupil.id], september)).get(pupil.id)).toEqual({ publishWork: true, photographs: false });

		await recordConsent(t.db, parent.actor, { pupilId: pupil.id, kind: 'photographs', decision: 'given' }, october);
		expect((await familyConsents(t.db, s.id, [pupil.id], new Date('2026-10-06T10:00:00Z'))).get(pupil.id)?.photographs).toBe(true);
	});

	it('follows the school’s own choice of yearly consents', async () => {
		const pupil = s.classes[1].pupils[0]!;
		const parent = s.classes[1].parents[0]!;
		await recordConsent(t.db, parent.actor, { pupilId: pupil.id, kind: 'publish-work-to-family', decision: 'given' }, july);
		await setYearlyConsentKinds(t.db, s.admin.actor, ['publish-work-to-family']);
		expect(await yearlyConsentKinds(t.db, s.id)).toEqual(['publish-work-to-family']);
		expect((await familyConsents(t.db, s.id, [pupil.id], october)).get(pupil.id)?.publishWork).toBe(false);
		// Another school keeps the default.
		expect(await yearlyConsentKinds(t.db, other.id)).toEqual(['photographs', 'school-website', 'press', 'high-profile-use']);
	});

	it('never lets the messaging consent lapse on its own, and only the admin decides', async () => {
		await expect(setYearlyConsentKinds(t.db, s.admin.actor, ['messaging-internet'])).rejects.toBeInstanceOf(InputError);
		await expect(setYearlyConsentKinds(t.db, s.admin.actor, ['homework'])).rejects.toBeInstanceOf(InputError);
		await expect(setYearlyConsentKinds(t.db, s.dsl.actor, ['photographs'])).rejects.toBeInstanceOf(AuthorizationError);
		await expect(setYearlyConsentKinds(t.db, s.classes[0].teacher.actor, [])).rejects.toBeInstanceOf(AuthorizationError);
		await expect(setYearlyConsentKinds(t.db, s.classes[0].parent.actor, [])).rejects.toBeInstanceOf(AuthorizationError);
		const pupil = s.classes[0].pupils[1]!;
		// The pupil's gate (messaging consent given when the school was set up) stays open.
		expect((await getPupilAccess(t.db, s.id, pupil.id)).open).toBe(true);
	});
});
