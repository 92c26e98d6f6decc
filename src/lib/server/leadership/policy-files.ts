// Policy versions uploaded as files: the head sends a PDF or a Word document; its bytes are
// checked (domain/leadership/policy-files.ts) before anything is stored, so a refused file
// leaves no file and no row behind. A file that passes is stored like pupils' photos
// (sharing/storage.ts: a random name in the school's folder, never served statically) and
// published as the policy's next version in one audited transaction; staff then acknowledge
// it as any other version. Staff and governors download it through /policies/files/<id>.
import { and, eq } from 'drizzle-orm';
import { unzipSync } from 'fflate';
import { fail } from '@sveltejs/kit';
import type { Database, Executor } from '../db';
import { policies, policyAcknowledgements, policyVersions } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import {
	checkPolicyFile,
	policyFileName,
	POLICY_FILE_CONTENT_TYPES,
	POLICY_FILE_MAX_BYTES,
	POLICY_FILE_MESSAGES,
	type PolicyFileType,
	type ZipEntry
} from '../../domain/leadership/policy-files';
import { policyFileVersionSchema, type PolicyFileVersionInput } from '../../domain/leadership/inputs';
import { assertCan, ownSchool } from '../auth/authorize';
import { isUuid } from '../auth/resources';
import { recordAudit } from '../audit/record';
import { policyForNewVersion } from './policies';
import { InputError, NotFoundError } from '../errors';
import { readFormBody } from '../http/forms';
import type { FormReader } from '../http/handlers';
import { UNSTORABLE_TEXT_MESSAGE, findUnstorableText } from '../http/unstorable-text';
import { readUpload, removeUploads, storeUpload } from '../sharing/storage';

/** The ZIP's directory only: the filter sees each entry and unpacks none. */
function listZip(bytes: Uint8Array): ZipEntry[] | null {
	const entries: ZipEntry[] = [];
	try {
		unzipSync(bytes, {
			filter: (file) => {
				entries.push({ name: file.name, originalSize: file.originalSize });
				return false;
			}
		});
		return entries;
	} catch {
		return null;
	}
}

/** Reads the upload form: its text fields through the zod schema, the file's size before its bytes. */
export const policyFileForm: FormReader<{ input: PolicyFileVersionInput; file: Uint8Array }> = {
	async read(request) {
		const form = await readFormBody(request);
		const refuse = (field: string, message: string) => ({ ok: false as const, failure: fail(400, { errors: { [field]: message }, values: {} }) });
		if (!form) return refuse('file', 'The form could not be read. The file may be too big.');
		const values = { policyId: form.get('policyId'), changeNote: form.get('changeNote') };
		if (typeof values.policyId !== 'string' || typeof values.changeNote !== 'string') return refuse('changeNote', 'Say what has changed.');
		const unstorable = findUnstorableText({ policyId: values.policyId, changeNote: values.changeNote });
		if (unstorable) return refuse(unstorable, UNSTORABLE_TEXT_MESSAGE);
		const parsed = policyFileVersionSchema.safeParse(values);
		if (!parsed.success) return refuse(String(parsed.error.issues[0]?.path[0] ?? 'form'), parsed.error.issues[0]?.message ?? 'Please check the form.');
		const files = form.getAll('file');
		const file = files[0];
		if (files.length !== 1 || typeof file === 'string' || !file) return refuse('file', 'Choose one PDF or Word file.');
		if (file.size > POLICY_FILE_MAX_BYTES) return refuse('file', POLICY_FILE_MESSAGES.tooBig);
		return { ok: true, data: { input: parsed.data, file: new Uint8Array(await file.arrayBuffer()) }, form };
	}
};

/** Publishes an uploaded file as the policy's next version; a refused file writes nothing. */
export async function publishPolicyFile(
	db: Database,
	actor: Actor,
	input: PolicyFileVersionInput,
	bytes: Uint8Array,
	now = new Date()
): Promise<{ number: number }> {
	assertCan(actor, 'policy.manage', ownSchool(actor));
	const checked = checkPolicyFile(bytes, listZip);
	if (!checked.ok) throw new InputError('file', checked.message);
	const [exists] = isUuid(input.policyId)
		? await db
				.select({ id: policies.id })
				.from(policies)
				.where(and(eq(policies.id, input.policyId), eq(policies.schoolId, actor.schoolId)))
		: [];
	if (!exists) throw new NotFoundError('That policy does not exist.');
	const key = await storeUpload(actor.schoolId, bytes);
	try {
		return await db.transaction(async (tx) => {
			const { policy, number } = await policyForNewVersion(tx, actor, input.policyId, 'file');
			const fileName = policyFileName(policy.title, number, checked.type);
			const [version] = await tx
				.insert(policyVersions)
				.values({
					schoolId: actor.schoolId,
					policyId: policy.id,
					number,
					body: '',
					fileKey: key,
					fileType: checked.type,
					fileName,
					fileBytes: bytes.length,
					changeNote: input.changeNote,
					publishedBy: actor.userId,
					publishedAt: now
				})
				.returning({ id: policyVersions.id });
			// Publishing a version counts as reading it, as for a written one (policies.ts).
			await tx
				.insert(policyAcknowledgements)
				.values({ schoolId: actor.schoolId, versionId: version!.id, staffId: actor.userId, acknowledgedAt: now })
				.onConflictDoNothing();
			await recordAudit(tx, {
				schoolId: actor.schoolId,
				actorId: actor.userId,
				action: 'policy.version_published',
				targetType: 'policy',
				targetId: policy.id,
				details: { number, changeNote: input.changeNote, file: { type: checked.type, bytes: bytes.length } }
			});
			return { number };
		});
	} catch (error) {
		// The row never committed: the stored file goes too.
		await removeUploads(actor.schoolId, [key]);
		throw error;
	}
}

export interface PolicyFileDownload {
	data: Buffer;
	contentType: string;
	fileName: string;
}

/** One version's file for anyone who reads the register; another school's, or none, is "not found". */
export async function openPolicyFile(db: Executor, actor: Actor, versionId: string): Promise<PolicyFileDownload> {
	assertCan(actor, 'policy.read', ownSchool(actor));
	const [row] = isUuid(versionId)
		? await db
				.select({ fileKey: policyVersions.fileKey, fileType: policyVersions.fileType, fileName: policyVersions.fileName })
				.from(policyVersions)
				.where(and(eq(policyVersions.id, versionId), eq(policyVersions.schoolId, actor.schoolId)))
		: [];
	if (!row?.fileKey || !row.fileType || !row.fileName) throw new NotFoundError('That policy file does not exist.');
	return {
		data: await readUpload(actor.schoolId, row.fileKey),
		contentType: POLICY_FILE_CONTENT_TYPES[row.fileType as PolicyFileType],
		fileName: row.fileName
	};
}
