// A policy version uploaded as a file, on a real database and a real uploads folder: the head
// uploads a PDF or a Word document; staff and governors download it and staff must
// acknowledge it; a hostile file is refused with a clear message and leaves no row and no
// file behind; nobody else may upload, and nobody from another school may download.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, TEST_PASSWORD, type TestSchool } from '../support/factories';
import { removeTemporaryUploads, useTemporaryUploads } from '../sharing/support';
import { createPolicy, getPolicy, loadOwedAcknowledgementsOf, acknowledgePolicy } from '../../../src/lib/server/leadership/policies';
import { openPolicyFile, policyFileForm, publishPolicyFile } from '../../../src/lib/server/leadership/policy-files';
import { auditLog, policyVersions, users } from '../../../src/lib/server/db/schema';
import { hashPassword } from '../../../src/lib/server/auth/passwords';
import { loadActor } from '../../../src/lib/server/auth/actor';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { InputError, NotFoundError } from '../../../src/lib/server/errors';
import { newPolicySchema } from '../../../src/lib/domain/leadership/inputs';
import { POLICY_FILE_MAX_BYTES, POLICY_FILE_MESSAGES } from '../../../src/lib/domain/leadership/policy-files';

/** What one member of staff still owes, through the loader the gate uses. */
const owedBy = async (db: Parameters<typeof loadOwedAcknowledgementsOf>[0], schoolId: string, staffId: string, now?: Date) => {
	const owed = (await loadOwedAcknowledgementsOf(db, schoolId, [staffId], now)).get(staffId);
	if (!owed) throw new Error(`no answer for ${staffId}`);
	return owed;
};

let t: TestDatabase;
let s: TestSchool;
let other: TestSchool;
let uploads: string;
let policyId: string;
beforeAll(async () => {
	uploads = useTemporaryUploads();
	t = await openTestDatabase();
	s = await createTestSchool(t.db, 1);
	other = await createTestSchool(t.db, 1);
	({ id: policyId } = await createPolicy(
		t.db,
		s.admin.actor,
		newPolicySchema.parse({
			title: 'Online Safety Policy',
			kind: 'e-safety',
			ownerId: s.dsl.id,
			reviewOn: '2027-09-30',
			requiresAcknowledgement: 'on',
			body: 'Staff use only school accounts to talk to pupils and families.'
		})
	));
});
afterAll(async () => {
	await t.close();
	removeTemporaryUploads(uploads);
});

const pdf = (body = 'BT (Online safety) Tj ET') => strToU8(`%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\nstream\n${body}\nendstream\n%%EOF\n`);
const docx = (extra: Record<string, Uint8Array> = {}) =>
	zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document>Policy</w:document>'), ...extra });
const storedFiles = (schoolId: string): number => {
	try {
		return readdirSync(path.join(uploads, schoolId)).length;
	} catch {
		return 0;
	}
};
const versionCount = async () => (await t.db.select().from(policyVersions).where(eq(policyVersions.policyId, policyId))).length;

describe('a policy version as a file', () => {
	it('is uploaded by the head, downloaded by staff and governors, and must be acknowledged', async () => {
		const bytes = pdf();
		const published = await publishPolicyFile(t.db, s.admin.actor, { policyId, changeNote: 'Now the governors’ approved PDF' }, bytes);
		expect(published.number).toBe(2);
		const detail = await getPolicy(t.db, s.classes[0].teacher.actor, policyId);
		expect(detail.current.file).toEqual({ name: 'online-safety-policy-v2.pdf', type: 'pdf', bytes: bytes.length });
		const download = await openPolicyFile(t.db, s.classes[0].teacher.actor, detail.current.id);
		expect(new Uint8Array(download.data)).toEqual(bytes);
		expect(download).toMatchObject({ contentType: 'application/pdf', fileName: 'online-safety-policy-v2.pdf' });
		// A governor reads the register, so downloads it too.
		const [g] = await t.db
			.insert(users)
			.values({
				schoolId: s.id,
				username: `gov.${s.id.slice(0, 8)}`,
				role: 'governor',
				firstName: 'Ruth',
				surname: 'Gov',
				passwordHash: await hashPassword(TEST_PASSWORD)
			})
			.returning();
		const governor = await loadActor(t.db, { id: g!.id, schoolId: s.id, role: 'governor', username: g!.username, firstName: 'Ruth', surname: 'Gov' });
		expect((await openPolicyFile(t.db, governor, detail.current.id)).fileName).toBe('online-safety-policy-v2.pdf');
		// The teacher owes the new version until they acknowledge it; the head read it by publishing.
		const owed = await owedBy(t.db, s.id, s.classes[0].teacher.id);
		expect(owed.map((o) => o.versionId)).toContain(detail.current.id);
		await acknowledgePolicy(t.db, s.classes[0].teacher.actor, detail.current.id);
		expect(await owedBy(t.db, s.id, s.classes[0].teacher.id)).toEqual([]);
		expect(await owedBy(t.db, s.id, s.admin.id)).toEqual([]);
		const audit = await t.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'policy.version_published'), eq(auditLog.targetId, policyId)));
		expect(audit[0]!.details).toMatchObject({ number: 2, file: { type: 'pdf', bytes: bytes.length } });
		// A Word document works the same way.
		expect((await publishPolicyFile(t.db, s.admin.actor, { policyId, changeNote: 'Word copy' }, docx())).number).toBe(3);
		expect((await getPolicy(t.db, s.admin.actor, policyId)).current.file?.type).toBe('docx');
	});

	it('refuses hostile files with a clear message, writing no row and no file', async () => {
		const hostile: [Uint8Array, string][] = [
			[strToU8('MZ\x90\x00 a Windows program named policy.pdf'), POLICY_FILE_MESSAGES.notAllowed],
			[strToU8('<html><script>steal()</script></html>'), POLICY_FILE_MESSAGES.notAllowed],
			[pdf('<< /S /JavaScript /JS (app.alert(1)) >>'), POLICY_FILE_MESSAGES.activePdf],
			[docx({ 'word/vbaProject.bin': strToU8('Sub AutoOpen()') }), POLICY_FILE_MESSAGES.macroDocx],
			[docx({ '../../outside.txt': strToU8('x') }), POLICY_FILE_MESSAGES.brokenDocx],
			[new Uint8Array(), POLICY_FILE_MESSAGES.empty]
		];
		const [rows, files] = [await versionCount(), storedFiles(s.id)];
		for (const [bytes, message] of hostile) {
			const attempt = publishPolicyFile(t.db, s.admin.actor, { policyId, changeNote: 'Trying a bad file' }, bytes);
			await expect(attempt).rejects.toBeInstanceOf(InputError);
			await expect(attempt).rejects.toMatchObject({ field: 'file', message });
		}
		expect(await versionCount()).toBe(rows);
		expect(storedFiles(s.id)).toBe(files);
	});

	it('reads the upload form by the file’s size before its bytes, and refuses a form without exactly one file', async () => {
		const post = (form: FormData) => policyFileForm.read(new Request('http://localhost/x', { method: 'POST', body: form }));
		const good = new FormData();
		good.set('policyId', policyId);
		good.set('changeNote', 'A new PDF');
		good.set('file', new File([pdf()], 'anything.exe'));
		const read = await post(good);
		expect(read.ok && read.data.input).toEqual({ policyId, changeNote: 'A new PDF' });
		const tooBig = new FormData();
		tooBig.set('policyId', policyId);
		tooBig.set('changeNote', 'Huge');
		tooBig.set('file', new File([new Uint8Array(POLICY_FILE_MAX_BYTES + 1)], 'big.pdf'));
		expect((await post(tooBig)).ok).toBe(false);
		const noFile = new FormData();
		noFile.set('policyId', policyId);
		noFile.set('changeNote', 'Nothing attached');
		noFile.set('file', 'just text');
		expect((await post(noFile)).ok).toBe(false);
	});

	it('is uploaded only by the head of the school, and downloaded only inside it', async () => {
		const version = (await getPolicy(t.db, s.admin.actor, policyId)).current.id;
		const rows = await versionCount();
		await expect(publishPolicyFile(t.db, s.dsl.actor, { policyId, changeNote: 'DSL upload' }, pdf())).rejects.toBeInstanceOf(AuthorizationError);
		await expect(publishPolicyFile(t.db, s.classes[0].teacher.actor, { policyId, changeNote: 'Teacher upload' }, pdf())).rejects.toBeInstanceOf(
			AuthorizationError
		);
		await expect(publishPolicyFile(t.db, other.admin.actor, { policyId, changeNote: 'Other school' }, pdf())).rejects.toBeInstanceOf(NotFoundError);
		expect(await versionCount()).toBe(rows);
		await expect(openPolicyFile(t.db, other.admin.actor, version)).rejects.toBeInstanceOf(NotFoundError);
		await expect(openPolicyFile(t.db, other.classes[0].teacher.actor, version)).rejects.toBeInstanceOf(NotFoundError);
		await expect(openPolicyFile(t.db, s.classes[0].parent.actor, version)).rejects.toBeInstanceOf(AuthorizationError);
		await expect(openPolicyFile(t.db, s.classes[0].pupils[0]!.actor, version)).rejects.toBeInstanceOf(AuthorizationError);
		// A written version has no file to download.
		const first = (
			await t.db
				.select()
				.from(policyVersions)
				.where(and(eq(policyVersions.policyId, policyId), eq(policyVersions.number, 1)))
		)[0]!;
		await expect(openPolicyFile(t.db, s.admin.actor, first.id)).rejects.toBeInstanceOf(NotFoundError);
	});
});
