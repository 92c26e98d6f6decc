// argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane): slow enough to
// hurt an attacker with a stolen table, fast enough (~30 ms) for a class signing in at once.
import { hash, verify } from '@node-rs/argon2';

const OPTIONS = { memoryCost: 19_456, timeCost: 2, outputLen: 32, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
	return hash(password, OPTIONS);
}

/**
 * Stored for accounts an import created before anyone chose or printed a password: it is
 * not an argon2 hash, so nothing verifies against it. Pupils get a password when their
 * class's sign-in cards are printed; parents when they are given one.
 */
export const NO_PASSWORD_YET = '!no-password-yet';

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	// Same time as a wrong password, so a probe cannot tell which accounts have none yet.
	if (passwordHash === NO_PASSWORD_YET) return verifyDecoy(password);
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

// Verifying against a real hash for unknown usernames keeps the response time the same,
// so timing does not reveal which usernames exist.
let decoy: Promise<string> | undefined;
export async function verifyDecoy(password: string): Promise<false> {
	decoy ??= hashPassword('decoy-password-never-matches');
	await verifyPassword(await decoy, password);
	return false;
}
