// TOTP secrets are encrypted at rest (AES-256-GCM, the account id as associated data so a
// row copied onto another account does not decrypt), so a copied database or backup alone
// cannot make codes. The key comes from TWO_STEP_KEY (any long random string; every app
// process of one school must share it), else from a key file made once in DATA_DIR, else,
// for an in-memory database, from memory. Losing the key loses the secrets, not the
// accounts: recovery codes are hashed separately, and the person sets two-step up again.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readConfig } from '../config';

const VERSION = 'v1';
let cachedKey: Buffer | null = null;

function loadKey(): Buffer {
	if (cachedKey) return cachedKey;
	const fromEnv = process.env.TWO_STEP_KEY?.trim();
	if (fromEnv) {
		if (fromEnv.length < 32) throw new Error('TWO_STEP_KEY must be at least 32 characters of random text.');
		cachedKey = createHash('sha256').update(fromEnv).digest();
		return cachedKey;
	}
	const { dataDir } = readConfig();
	if (dataDir.startsWith('memory://')) {
		cachedKey = randomBytes(32);
		return cachedKey;
	}
	const file = path.join(dataDir, 'two-step.key');
	if (!existsSync(file)) {
		mkdirSync(dataDir, { recursive: true });
		// 'wx' fails if another process wrote it first; then that one's key is read below.
		try {
			writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
		}
	}
	cachedKey = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
	return cachedKey;
}

export function encryptSecret(userId: string, secret: Uint8Array): string {
	const iv = randomBytes(12);
	const cipher = createCipheriv('aes-256-gcm', loadKey(), iv);
	cipher.setAAD(Buffer.from(userId));
	const body = Buffer.concat([cipher.update(secret), cipher.final(), cipher.getAuthTag()]);
	return `${VERSION}:${iv.toString('base64')}:${body.toString('base64')}`;
}

/** The secret, or null when it cannot be read (another key, another account's row). */
export function decryptSecret(userId: string, stored: string): Uint8Array | null {
	const [version, ivText, bodyText] = stored.split(':');
	if (version !== VERSION || !ivText || !bodyText) return null;
	try {
		const body = Buffer.from(bodyText, 'base64');
		const decipher = createDecipheriv('aes-256-gcm', loadKey(), Buffer.from(ivText, 'base64'));
		decipher.setAAD(Buffer.from(userId));
		decipher.setAuthTag(body.subarray(body.length - 16));
		return new Uint8Array(Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]));
	} catch {
		return null;
	}
}
