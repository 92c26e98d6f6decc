import { expect, type Page } from '@playwright/test';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateHOTP } from '@oslojs/otp';
import { DEMO_TWO_STEP_SECRET } from '../../../src/lib/domain/auth/demo-two-step';

export const DEMO_PASSWORD = 'safe-school-demo';

// A code works once (the server refuses a time step already used), and the server accepts
// one step either side of now. So each account's last step is remembered here, and the
// next sign-in takes the next unused step: now, one step early, or after waiting for it.
const usedSteps = new Map<string, number>();

/** A code for `key` that `account` has not used yet. */
export async function freshCode(key: Uint8Array, account: string): Promise<string> {
	for (;;) {
		const current = Math.floor(Date.now() / 30_000);
		const step = Math.max(current, (usedSteps.get(account) ?? -1) + 1);
		if (step <= current + 1) {
			usedSteps.set(account, step);
			return generateHOTP(key, BigInt(step), 6);
		}
		await new Promise((resolve) => setTimeout(resolve, (step - 1) * 30_000 - Date.now() + 250));
	}
}

/** The demo leaders' (admin, dsl, riverside.admin) two-step key: README, demo accounts. */
export const demoTwoStepKey = (): Uint8Array => decodeBase32IgnorePadding(DEMO_TWO_STEP_SECRET);

/** Types a fresh code on the sign-in code page; tries the next step if one was refused. */
export async function passSecondStep(page: Page, key: Uint8Array, account: string): Promise<void> {
	for (let tries = 0; tries < 3; tries++) {
		await page.waitForSelector('body[data-hydrated="true"]');
		await page.getByLabel('Code').fill(await freshCode(key, account));
		// The enhanced form's answer says whether the code was taken; waiting for it also keeps
		// the next try from cutting off a sign-in whose cookie is still on its way.
		const answer = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/login/two-step');
		await page.getByRole('button', { name: 'Continue' }).click();
		const result = (await (await answer).json()) as { type: string };
		if (result.type === 'redirect') {
			await expect(page).not.toHaveURL(/\/login/);
			return;
		}
	}
	throw new Error(`the second step was refused for ${account}`);
}

/** Opens the login page, waits for hydration, and signs in (with the demo code where asked). */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
	await page.goto('/login');
	await page.waitForSelector('body[data-hydrated="true"]');
	await page.getByLabel('Username').fill(username);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).not.toHaveURL(/\/login(\?|$)/);
	if (new URL(page.url()).pathname === '/login/two-step') await passSecondStep(page, demoTwoStepKey(), username);
	await expect(page).not.toHaveURL(/\/login/);
}

export async function signOut(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page).toHaveURL(/\/login\?reason=signed-out/);
}
