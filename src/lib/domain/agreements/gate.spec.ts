import { describe, expect, it } from 'vitest';
import { activePause, evaluatePupilAccess, evaluateStaffAccess, type PupilAccessInput } from './gate';
import { at, consent, doc, pause, sign, SCHOOL } from './spec-fixtures';

const now = at('2026-11-10T10:00:00Z');
const septemberDay = at('2026-09-08T10:00:00+01:00');
const pupil = { id: 'pupil-1', role: 'pupil' as const };
const mum = { id: 'parent-1', role: 'parent' as const };
const older = doc('pupil-older', 1);
const younger = doc('pupil-younger', 1);
const parentDoc = doc('parent', 1);
const documents = [older, younger, parentDoc];

function allSigned(overrides: Partial<PupilAccessInput> = {}): PupilAccessInput {
	return {
		schoolId: SCHOOL,
		pupilId: pupil.id,
		pupilAgreementKind: 'pupil-older',
		parentIds: [mum.id],
		documents,
		signatures: [sign(older, pupil, pupil.id, septemberDay), sign(parentDoc, mum, pupil.id, septemberDay)],
		consents: [consent(pupil.id, mum.id, 'messaging-internet', 'given', septemberDay)],
		pauses: [],
		now,
		...overrides
	};
}

const codes = (input: PupilAccessInput): string[] => evaluatePupilAccess(input).missing.map((m) => m.code);

describe('evaluatePupilAccess', () => {
	it('is open when both signatures count, consent is given and nothing is paused', () => {
		expect(evaluatePupilAccess(allSigned())).toEqual({ open: true, missing: [] });
	});

	it('closes without the pupil’s own signature', () => {
		const input = allSigned();
		const result = evaluatePupilAccess({ ...input, signatures: input.signatures.filter((s) => s.signerRole !== 'pupil') });
		expect(result.open).toBe(false);
		expect(result.missing.map((m) => m.code)).toEqual(['pupil-agreement']);
		expect(result.missing[0]!.forStaff).toContain('has not signed the pupil agreement (older)');
	});

	it('closes without a parent’s signature, with the family-agreement words for the child', () => {
		const input = allSigned();
		const result = evaluatePupilAccess({ ...input, signatures: input.signatures.filter((s) => s.signerRole !== 'parent') });
		expect(result.missing.map((m) => m.code)).toEqual(['parent-agreement']);
		expect(result.missing[0]!.forPupil).toBe('A grown-up at home needs to sign the family agreement first.');
		expect(result.missing[0]!.forStaff).toContain('No parent or carer has signed the parent/carer agreement');
	});

	it('closes when the messaging consent was never given', () => {
		const result = evaluatePupilAccess(allSigned({ consents: [] }));
		expect(result.missing.map((m) => m.code)).toEqual(['parent-consent']);
		expect(result.missing[0]!.forStaff).toContain('has given consent');
	});

	it('closes when a newer record withdraws consent, and opens again when it is given back', () => {
		const given = consent(pupil.id, mum.id, 'messaging-internet', 'given', septemberDay);
		const withdrawn = consent(pupil.id, mum.id, 'messaging-internet', 'refused', at('2026-10-01T12:00:00+01:00'));
		const regiven = consent(pupil.id, mum.id, 'messaging-internet', 'given', at('2026-11-01T12:00:00Z'));
		const closed = evaluatePupilAccess(allSigned({ consents: [withdrawn, given] }));
		expect(closed.missing.map((m) => m.code)).toEqual(['parent-consent']);
		expect(closed.missing[0]!.forStaff).toContain('refused consent for messaging and the internet on 1 October 2026');
		// The child is not told their family said no.
		expect(closed.missing[0]!.forPupil).not.toMatch(/refus|no\b/i);
		expect(evaluatePupilAccess(allSigned({ consents: [given, withdrawn, regiven] })).open).toBe(true);
	});

	it('does not treat other consents as consent for messaging', () => {
		const photos = consent(pupil.id, mum.id, 'photographs', 'given', septemberDay);
		expect(codes(allSigned({ consents: [photos] }))).toEqual(['parent-consent']);
	});

	it('closes while messaging is paused, and opens when the pause ends or is lifted', () => {
		const running = pause(pupil.id, at('2026-11-09T09:00:00Z'), at('2026-11-16T09:00:00Z'));
		const result = evaluatePupilAccess(allSigned({ pauses: [running] }));
		expect(result.missing.map((m) => m.code)).toEqual(['paused']);
		expect(result.missing[0]!.forStaff).toContain('paused until 16 November 2026');
		expect(result.missing[0]!.forPupil).not.toContain('Unkind');
		const over = pause(pupil.id, at('2026-11-01T09:00:00Z'), at('2026-11-08T09:00:00Z'));
		const lifted = pause(pupil.id, at('2026-11-09T09:00:00Z'), at('2026-11-16T09:00:00Z'), at('2026-11-10T08:00:00Z'));
		expect(evaluatePupilAccess(allSigned({ pauses: [over, lifted] })).open).toBe(true);
	});

	it('ignores another pupil’s pause', () => {
		const theirs = pause('pupil-2', at('2026-11-09T09:00:00Z'), at('2026-11-16T09:00:00Z'));
		expect(evaluatePupilAccess(allSigned({ pauses: [theirs] })).open).toBe(true);
	});

	it('lists every missing condition, in a fixed order', () => {
		const running = pause(pupil.id, at('2026-11-09T09:00:00Z'), at('2026-11-16T09:00:00Z'));
		expect(codes(allSigned({ signatures: [], consents: [], pauses: [running] }))).toEqual(['pupil-agreement', 'parent-agreement', 'parent-consent', 'paused']);
	});

	it('closes on 1 September until this year’s signatures are in', () => {
		const lastYear = at('2026-06-15T10:00:00+01:00');
		const input = allSigned({
			signatures: [sign(older, pupil, pupil.id, lastYear), sign(parentDoc, mum, pupil.id, lastYear)],
			consents: [consent(pupil.id, mum.id, 'messaging-internet', 'given', lastYear)]
		});
		expect(evaluatePupilAccess({ ...input, now: at('2026-08-31T23:59:00+01:00') }).open).toBe(true);
		const september = evaluatePupilAccess({ ...input, now: at('2026-09-01T00:00:00+01:00') });
		expect(september.missing.map((m) => m.code)).toEqual(['pupil-agreement', 'parent-agreement']);
		expect(september.missing[0]!.forStaff).toContain('must be signed again for 2026/27');
	});

	it('closes for everyone who signed an old version when a re-sign version is published', () => {
		const v2 = doc('pupil-older', 2, { requiresResign: true, publishedAt: at('2026-11-01T09:00:00Z') });
		const result = evaluatePupilAccess(allSigned({ documents: [...documents, v2] }));
		expect(result.missing.map((m) => m.code)).toEqual(['pupil-agreement']);
		expect(result.missing[0]!.forPupil).toContain('changed');
		const quiet = doc('pupil-older', 2, { requiresResign: false, publishedAt: at('2026-11-01T09:00:00Z') });
		expect(evaluatePupilAccess(allSigned({ documents: [...documents, quiet] })).open).toBe(true);
	});

	it('needs the agreement for the pupil’s own age band', () => {
		const result = evaluatePupilAccess(allSigned({ pupilAgreementKind: 'pupil-younger' }));
		expect(result.missing.map((m) => m.code)).toEqual(['pupil-agreement']);
		expect(result.missing[0]!.forPupil).toBe('Let’s read our class rules together and tick them first.');
	});

	it('only counts the family’s own signatures and consents', () => {
		const stranger = { id: 'parent-9', role: 'parent' as const };
		const input = allSigned({
			signatures: [sign(older, pupil, pupil.id, septemberDay), sign(parentDoc, stranger, pupil.id, septemberDay)],
			consents: [consent(pupil.id, stranger.id, 'messaging-internet', 'given', septemberDay)]
		});
		expect(codes(input)).toEqual(['parent-agreement', 'parent-consent']);
	});

	it('ignores a parent signature made for a sibling', () => {
		const input = allSigned();
		const forSibling = sign(parentDoc, mum, 'pupil-2', septemberDay);
		expect(codes({ ...input, signatures: [input.signatures[0]!, forSibling] })).toEqual(['parent-agreement']);
	});

	it('ignores records from another school', () => {
		const elsewhere = doc('parent', 1, { schoolId: 'school-2' });
		const input = allSigned();
		const foreign = sign(elsewhere, mum, pupil.id, septemberDay);
		const foreignConsent = consent(pupil.id, mum.id, 'messaging-internet', 'given', septemberDay, 'school-2');
		expect(codes({ ...input, documents: [...documents, elsewhere], signatures: [input.signatures[0]!, foreign], consents: [foreignConsent] })).toEqual([
			'parent-agreement',
			'parent-consent'
		]);
	});

	it('tells staff when no parent is linked yet', () => {
		const result = evaluatePupilAccess(allSigned({ parentIds: [] }));
		expect(result.missing.find((m) => m.code === 'parent-agreement')!.forStaff).toContain('invitation code');
	});

	it('keeps every pupil-facing explanation short and free of blame', () => {
		const running = pause(pupil.id, at('2026-11-09T09:00:00Z'), at('2026-11-16T09:00:00Z'));
		for (const reason of evaluatePupilAccess(allSigned({ signatures: [], consents: [], pauses: [running] })).missing) {
			expect(reason.forPupil.split(/\s+/).length).toBeLessThanOrEqual(20);
			expect(reason.forPupil).not.toMatch(/fail|must|not allowed|banned|punish/i);
			expect(reason.forStaff.length).toBeGreaterThan(0);
		}
	});
});

describe('activePause', () => {
	it('picks the running pause that ends last', () => {
		const short = pause('p', at('2026-11-09T09:00:00Z'), at('2026-11-12T09:00:00Z'));
		const long = pause('p', at('2026-11-09T09:00:00Z'), at('2026-11-20T09:00:00Z'));
		expect(activePause([short, long], 'p', now)).toBe(long);
		expect(activePause([short, long], 'p', at('2026-11-20T09:00:00Z'))).toBeNull();
	});
});

describe('evaluateStaffAccess', () => {
	const staffDoc = doc('staff', 1);
	const teacher = { id: 'staff-1', role: 'staff' as const };

	it('is closed until the member of staff signs', () => {
		const result = evaluateStaffAccess({ schoolId: SCHOOL, staffId: teacher.id, documents: [staffDoc], signatures: [], now });
		expect(result.open).toBe(false);
		expect(result.missing).toEqual([{ code: 'staff-agreement', explanation: 'You have not signed the staff agreement (version 1) for 2026/27.' }]);
	});

	it('opens with a signature of the current version this year', () => {
		const signatures = [sign(staffDoc, teacher, teacher.id, septemberDay)];
		expect(evaluateStaffAccess({ schoolId: SCHOOL, staffId: teacher.id, documents: [staffDoc], signatures, now })).toEqual({
			open: true,
			missing: []
		});
	});

	it('closes again when a re-sign version is published, or a new year starts', () => {
		const signatures = [sign(staffDoc, teacher, teacher.id, septemberDay)];
		const v2 = doc('staff', 2, { requiresResign: true, publishedAt: at('2026-11-01T09:00:00Z') });
		const changed = evaluateStaffAccess({ schoolId: SCHOOL, staffId: teacher.id, documents: [staffDoc, v2], signatures, now });
		expect(changed.open).toBe(false);
		expect(changed.missing[0]!.explanation).toContain('version 2');
		const nextYear = evaluateStaffAccess({
			schoolId: SCHOOL,
			staffId: teacher.id,
			documents: [staffDoc],
			signatures,
			now: at('2027-09-01T08:00:00+01:00')
		});
		expect(nextYear.open).toBe(false);
	});

	it('does not accept someone else’s signature', () => {
		const signatures = [sign(staffDoc, { id: 'staff-2', role: 'staff' }, 'staff-2', septemberDay)];
		expect(evaluateStaffAccess({ schoolId: SCHOOL, staffId: teacher.id, documents: [staffDoc], signatures, now }).open).toBe(false);
	});
});
