// Where uploaded photos live: DATA_DIR/uploads/<school id>/<32 random hex>. The name is
// random so it says nothing about the child and cannot be guessed; the folder is never
// served statically, only through the guarded /work/files route. UPLOADS_DIR overrides
// the place (tests, or a separate disk); an in-memory database keeps uploads in the
// system's temporary folder.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readConfig } from '../config';
import { isUuid } from '../auth/resources';

const KEY = /^[0-9a-f]{32}$/;

export function uploadsRoot(env: NodeJS.ProcessEnv = process.env): string {
	if (env.UPLOADS_DIR?.trim()) return path.resolve(env.UPLOADS_DIR.trim());
	const { dataDir } = readConfig(env);
	return dataDir.startsWith('memory://') ? path.join(os.tmpdir(), 'safe-classroom-uploads') : path.join(dataDir, 'uploads');
}

function fileFor(schoolId: string, key: string): string {
	// Both parts come from our own rows, but refuse anything that could climb out of the folder.
	if (!isUuid(schoolId) || !KEY.test(key)) throw new Error('Bad upload path');
	return path.join(uploadsRoot(), schoolId, key);
}

/** Stores bytes under a new random key (128 bits, so never guessed or reused) and returns it. */
export async function storeUpload(schoolId: string, data: Uint8Array): Promise<string> {
	const key = randomBytes(16).toString('hex');
	const file = fileFor(schoolId, key);
	await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
	await writeFile(file, data, { flag: 'wx', mode: 0o600 });
	return key;
}

export async function readUpload(schoolId: string, key: string): Promise<Buffer> {
	return readFile(fileFor(schoolId, key));
}

/** Removes files whose rows never committed (or were deleted); missing files are fine. */
export async function removeUploads(schoolId: string, keys: readonly string[]): Promise<void> {
	await Promise.all(keys.map((key) => rm(fileFor(schoolId, key), { force: true })));
}
