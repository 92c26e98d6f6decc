import { expect, test } from '@playwright/test';
import { signIn } from '../support/login';

// Riverside's classes, so the demo school's classes stay as other specs expect them.
test('the admin previews the year-end rollover, renames a class, confirms it, and a second run changes nothing', async ({ page }) => {
	test.setTimeout(120_000);
	await signIn(page, 'riverside.admin');
	await page.goto('/staff/admin/rollover');
	await page.waitForSelector('body[data-hydrated="true"]');
	await expect(page.getByRole('heading', { name: /^Preview: .* into / })).toBeVisible();
	await expect(page.getByRole('status')).toContainText('Nothing has been saved yet');
	const name = page.getByLabel("Next year's name for Year 4 Willow");
	await expect(name).toHaveValue('Year 5 Willow');
	await name.fill('Year 5 Kingfisher');
	await page.getByRole('button', { name: 'Check my changes' }).click();
	await expect(page.getByText('Year 5, mailbox 5kingfisher')).toBeVisible();

	// Before July the admin must say they mean to close this year's classes now.
	const early = page.getByLabel('I understand: roll over now');
	if ((await early.count()) > 0) {
		await page.getByRole('button', { name: 'Confirm the rollover' }).click();
		await expect(page.getByRole('alert').filter({ hasText: 'Term has not ended' }).first()).toBeVisible();
		await early.check();
	}
	await page.getByRole('button', { name: 'Confirm the rollover' }).click();
	await expect(page.getByRole('heading', { name: 'The year has been rolled over' })).toBeVisible();
	await expect(page.getByRole('status')).toContainText('1 new class,');

	await page.goto('/staff/admin');
	await expect(page.getByRole('listitem').filter({ hasText: 'Year 5 Kingfisher' })).toBeVisible();
	// Last year's class is kept, listed apart under the archive.
	await page.getByText(/^Archived classes from earlier years \(\d+\)$/).click();
	await expect(
		page
			.getByRole('group')
			.getByRole('listitem')
			.filter({ hasText: /^Year 4 Willow \(\d{4}\/\d{2}\)$/ })
	).toBeVisible();
	await page.goto('/staff/admin/rollover');
	await expect(page.getByRole('heading', { name: /has been rolled over into/ })).toBeVisible();
});
