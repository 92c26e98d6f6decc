// Two-step for the demo school (see domain/auth/demo-two-step.ts): seeded on, with the
// published secret, and a hint with the current code on the sign-in code page, shown only
// when the account's secret is that published one, so it tells nobody anything new.
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateHOTP } from '@oslojs/otp';
import { eq } from 'drizzle-orm';
import type { Executor } from '../db';
import { twoStepSecrets } from '../db/schema';
import { DEMO_TWO_STEP_SECRET } from '../../domain/auth/demo-two-step';
import { TOTP_DIGITS, timeStepAt } from '../../domain/auth/two-step';
import { decryptSecret, encryptSecret } from './two-step-secret';

const demoKey = (): Uint8Array => decodeBase32IgnorePadding(DEMO_TWO_STEP_SECRET);

export async function seedDemoTwoStep(tx: Executor, schoolId: string, userIds: string[], now: Date): Promise<void> {
	if (userIds.length === 0) return;
	await tx.insert(twoStepSecrets).values(userIds.map((userId) => ({ userId, schoolId, secretEncrypted: encryptSecret(userId, demoKey()), confirmedAt: now })));
}

/** The current code, if this account uses the published demo secret; otherwise null. */
export async function demoCodeHint(db: Executor, userId: string, now = new Date()): Promise<string | null> {
	const [row] = await db.select({ secretEncrypted: twoStepSecrets.secretEncrypted }).from(twoStepSecrets).where(eq(twoStepSecrets.userId, userId));
	const key = row ? decryptSecret(userId, row.secretEncrypted) : null;
	if (!key || Buffer.compare(Buffer.from(key), Buffer.from(demoKey())) !== 0) return null;
	return generateHOTP(key, BigInt(timeStepAt(now)), TOTP_DIGITS);
}
