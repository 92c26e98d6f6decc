// The head's two signing records: every member of staff and their staff agreement this year,
// and everyone who signed one version of an agreement (an old version keeps its signers when
// a new one is published). Tried from another school and from lower roles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { getStaffSigning, getVersionSigners } from '../../../src/lib/server/agreements/signers';
import { publishNewVersion } from '../../../src/lib/server/agreements/documents';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { NotFoundError } from '../../../src/lib/server/errors';
import { DEFAULT_AGREEMENT_TEXTS } from '../../../src/lib/domain/agreements';
import { signOwnAgreement } from '../../../src/lib/server/agreements/signing';
import { ensureAgreementDocuments } from '../../../src/lib/server/agreements/documents';
import { actorOf } from './support';
import type { Actor } from '../../../src/lib/domain/auth/permissions';

let t: TestDatabase;
let signed: TestSchool;
let unsigned: TestSchool;
/** The head of the unsigned school, who has signed (the list is behind the staff gate). */
let unsignedHead: Actor;
beforeAll(async () => {
	t = await openTestDatabase();
	signed = await createTestSchool(t.db, 2);
	unsigned = await createTestSchool(t.db, 1, { unsigned: true });
	const staffDoc = (await ensureAgreementDocuments(t.db, unsigned.id)).find((d) => d.kind === 'staff')!;
	await signOwnAgreement(t.db, unsigned.admin.actor, { documentId: staffDoc.id });
	unsignedHead = await actorOf(t.db, unsigned, unsigned.admin);
});
afterAll(() => t.close());

describe('signing records for the head', () => {
	it('lists every member of staff with their staff agreement, as the gate sees it', async () => {
		const rows = await getStaffSigning(t.db, signed.admin.actor);
		const staffIds = [signed.admin.id, signed.dsl.id, signed.classes[0].teacher.id, signed.classes[1].teacher.id];
		expect(rows.map((r) => r.staffId).sort()).toEqual(staffIds.sort());
		expect(rows.every((r) => r.standing === 'signed' && r.signedVersion === 1 && r.signedAt instanceof Date)).toBe(true);
		const others = (await getStaffSigning(t.db, unsignedHead)).filter((r) => r.staffId !== unsigned.admin.id);
		expect(others).toHaveLength(3);
		expect(others.every((r) => r.standing === 'unsigned' && r.signedAt === null)).toBe(true);
	});

	it('keeps the signers of an old version after a new one is published', async () => {
		const before = await getVersionSigners(t.db, signed.admin.actor, 'parent', 1);
		// Two classes of two pupils: each pupil's one parent signed for them.
		expect(before.signers).toHaveLength(4);
		expect(before.signers.every((s) => s.signerRole === 'parent' && s.method === 'online')).toBe(true);
		await publishNewVersion(t.db, signed.admin.actor, {
			kind: 'parent',
			text: { ...DEFAULT_AGREEMENT_TEXTS.parent, title: 'Our family agreement' },
			requiresResign: true
		});
		expect((await getVersionSigners(t.db, signed.admin.actor, 'parent', 1)).signers).toHaveLength(4);
		expect((await getVersionSigners(t.db, signed.admin.actor, 'parent', 2)).signers).toHaveLength(0);
		await expect(getVersionSigners(t.db, signed.admin.actor, 'parent', 3)).rejects.toBeInstanceOf(NotFoundError);
	});

	it('shows another school nothing of this one, and refuses anyone but the head', async () => {
		const theirs = await getVersionSigners(t.db, unsignedHead, 'staff', 1);
		// Only their own head's signature: none of this school's.
		expect(theirs.signers).toHaveLength(1);
		const theirStaff = (await getStaffSigning(t.db, unsignedHead)).map((r) => r.staffId);
		expect(theirStaff).not.toContain(signed.admin.id);
		for (const actor of [signed.dsl.actor, signed.classes[0].teacher.actor, signed.classes[0].parent.actor, signed.classes[0].pupils[0]!.actor]) {
			await expect(getStaffSigning(t.db, actor)).rejects.toBeInstanceOf(AuthorizationError);
			await expect(getVersionSigners(t.db, actor, 'staff', 1)).rejects.toBeInstanceOf(AuthorizationError);
		}
	});
});
