// Staff sign-in with the school's own account, in the browser, against a real OpenID
// provider started by this test on a random port: the head sets it up on the school set-up
// page and gives a teacher their school address; the teacher then signs in with one click
// on "Sign in with Google", and an address nobody here has is refused with a clear message.
import { expect, test } from '@playwright/test';
import { startTestProvider, type TestProvider } from '../../integration/support/oidc-provider';
import { signIn, signOut } from '../support/login';

const DOMAIN = 'demo-school.example';
let provider: TestProvider;

test.beforeAll(async ({ baseURL }) => {
	provider = await startTestProvider(`${baseURL}/login/oidc/callback`);
});
test.afterAll(async () => provider?.close());

test('the head sets up Google sign-in and a teacher signs in with it', async ({ page }) => {
	test.setTimeout(120_000);
	await signIn(page, 'admin');
	await page.goto('/staff/admin/sign-in');
	await page.waitForSelector('body[data-hydrated="true"]');
	await page.getByLabel('Issuer address').fill(provider.issuer);
	await page.getByLabel('Client ID').fill(provider.clientId);
	await page.getByLabel('Client secret').fill(provider.clientSecret);
	await page.getByLabel('Staff email domain').fill(DOMAIN);
	await page.getByRole('button', { name: 'Save and check the provider' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
	// The secret is never put back into the page.
	expect(await page.content()).not.toContain(provider.clientSecret);
	await page.getByLabel('School email of Emma Hughes').fill(`emma.hughes@${DOMAIN}`);
	await page
		.getByRole('row', { name: /teacher\.oak/ })
		.getByRole('button', { name: 'Save' })
		.click();
	await expect(page.getByRole('status').filter({ hasText: 'The address has been saved.' })).toBeVisible();
	await signOut(page);

	provider.nextAccount = { sub: 'emma', email: `Emma.Hughes@${DOMAIN}` };
	await page.goto('/login');
	await page.getByRole('link', { name: 'Sign in with Google' }).click();
	await expect(page).toHaveURL(/\/staff$/);
	await signOut(page);

	// Someone else at the same computer, still signed in at the provider as the teacher: the
	// provider is asked to let them choose their own account, and they do.
	provider.nextAccount = { sub: 'stranger', email: `stranger@${DOMAIN}` };
	await page.goto('/login');
	await page.getByRole('link', { name: 'Sign in with Google' }).click();
	await expect(page).toHaveURL(/\/login\?reason=school-unknown/);
	await expect(page.getByRole('alert')).toContainText('No member of staff here uses that email address');

	// Leave the demo school as it was for the other tests.
	await signIn(page, 'admin');
	await page.goto('/staff/admin/sign-in');
	await page.waitForSelector('body[data-hydrated="true"]');
	await page.getByRole('button', { name: 'Stop using the school account' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Removed.' })).toBeVisible();
});
