// Two-step sign-in in the browser: a parent turns it on from their account page (reading the
// secret the page writes out for typing, as someone without a camera would), signs out,
// signs in with a code from it, and turns it off again with another code.
import { expect, test } from '@playwright/test';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { freshCode, passSecondStep, signIn, signOut, DEMO_PASSWORD } from '../support/login';

const ACCOUNT = 'parent.ash.3';

test('a parent turns two-step on, signs in with a code, and turns it off', async ({ page }) => {
	test.setTimeout(150_000);
	await signIn(page, ACCOUNT);
	await page.goto('/parent/account/two-step');
	await page.waitForSelector('body[data-hydrated="true"]');
	await expect(page.getByTestId('two-step-state')).toHaveText('Two-step sign-in is off.');
	await expect(page.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
	const secret = (await page.getByTestId('two-step-secret').textContent()) ?? '';
	const key = decodeBase32IgnorePadding(secret.replace(/\s/g, ''));

	await page.getByLabel('Type the six numbers the app now shows').fill(await freshCode(key, ACCOUNT));
	await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Two-step sign-in is on.' })).toBeVisible();
	await expect(page.getByTestId('recovery-codes').getByRole('listitem')).toHaveCount(10);

	await signOut(page);
	await page.goto('/login');
	await page.waitForSelector('body[data-hydrated="true"]');
	await page.getByLabel('Username').fill(ACCOUNT);
	await page.getByLabel('Password').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/login\/two-step/);
	// Nothing of the parent's area opens before the code.
	await page.goto('/parent');
	await expect(page).toHaveURL(/\/login\/two-step/);
	await page.waitForSelector('body[data-hydrated="true"]');
	await page.getByLabel('Code').fill('000000');
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.locator('#code-error')).toContainText('not right');
	await passSecondStep(page, key, ACCOUNT);
	await expect(page).toHaveURL(/\/parent$/);

	// Turning it off needs a current code (the next unused one, which may mean waiting).
	await page.goto('/parent/account/two-step');
	await page.waitForSelector('body[data-hydrated="true"]');
	await page.getByLabel('Type the six numbers your app shows now').fill(await freshCode(key, ACCOUNT));
	await page.getByRole('button', { name: 'Turn two-step sign-in off' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Two-step sign-in is off.' })).toBeVisible();
	await signOut(page);
	await signIn(page, ACCOUNT);
	await expect(page).toHaveURL(/\/parent$/);
});
