// Lessons in response and the admin's settings, end to end: the DSL assigns the privacy
// lesson after a blocked detail and the pupil sees it; the admin's bad target is refused
// with a clear message and nothing changes.
import { expect, test } from '@playwright/test';
import { signIn, signOut } from '../support/login';

test('the DSL assigns the privacy lesson to a pupil, who sees it on their lessons page', async ({ page }) => {
	await signIn(page, 'dsl');
	await page.goto('/staff/lessons/assign?lesson=privacy-7-11-guard-your-details&reason=after-blocked-detail');
	await page.waitForSelector('body[data-hydrated="true"]');
	await page.getByLabel('Who is it for?').selectOption({ label: 'Grace (Year 5 Oak)' });
	await expect(page.getByLabel('Lesson')).toHaveValue('privacy-7-11-guard-your-details');
	await expect(page.getByLabel('Why')).toHaveValue('after-blocked-detail');
	await page.getByRole('button', { name: 'Assign lesson' }).click();
	await expect(page.getByRole('status')).toHaveText('Lesson assigned.');
	await signOut(page);

	await signIn(page, 'pupil.oak.3');
	await page.goto('/pupil/lessons');
	const picked = page.getByRole('list', { name: 'Lessons picked for you' });
	await expect(picked.getByRole('link')).toHaveText([/Guard your details/]);
	await signOut(page);
	await signIn(page, 'pupil.oak.4');
	await page.goto('/pupil/lessons');
	await expect(page.getByRole('list', { name: 'Lessons picked for you' })).toHaveCount(0);
});

test('the admin cannot set a target out of range; the page says why and keeps the old one', async ({ page }) => {
	await signIn(page, 'admin');
	await page.getByRole('link', { name: 'Terms' }).click();
	await page.waitForSelector('body[data-hydrated="true"]');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Terms and e-safety target');
	const target = page.getByLabel('Target minutes (15 to 600)');
	await expect(target).toHaveValue('60');
	// Skip the browser's own range check so the server's rule is what answers.
	await target.evaluate((input: HTMLInputElement) => input.removeAttribute('min'));
	await target.fill('5');
	await page.getByRole('button', { name: 'Save target' }).click();
	await expect(page.getByRole('alert')).toHaveText(/whole number of minutes from 15 to 600/);
	await page.reload();
	await expect(page.getByLabel('Target minutes (15 to 600)')).toHaveValue('60');
	await expect(page.getByLabel('First day').first()).toHaveValue(/^\d{4}-09-0\d$/);
});

test('staff lesson pages need a staff session: signed out is sent to sign in, a pupil is refused', async ({ page, request }) => {
	const anonymous = await request.get('/staff/progress', { maxRedirects: 0 });
	expect([302, 303]).toContain(anonymous.status());
	await signIn(page, 'pupil.oak.1');
	expect((await page.goto('/staff/lessons'))?.status()).toBe(403);
	expect((await page.goto('/staff/terms'))?.status()).toBe(403);
});
