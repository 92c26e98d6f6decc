import { expect, test } from '../support/fixtures';
import { hydrated } from '../support/pages';

// Riverside's head, so the demo school keeps its default settings for the other specs.
test('the head sets how long records are kept and when repeated blocks alert, and the page shows them saved', async ({ signedIn }) => {
	const page = await signedIn('riverside.admin', '/staff/admin');
	const section = page.getByRole('region', { name: 'Keeping records and alerts' });
	await expect(section.getByLabel('Class chat messages (days), from 30 to 1095')).toHaveValue('365');
	await section.getByLabel('Blocked messages (days), from 60 to 730').fill('200');
	await section.getByLabel('Blocked messages from one pupil, from 2 to 20').fill('5');
	await section.getByLabel('Within this many days, from 1 to 60').fill('14');
	await section.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

	await page.reload();
	await hydrated(page);
	await expect(section.getByLabel('Blocked messages (days), from 60 to 730')).toHaveValue('200');
	await expect(section.getByLabel('Blocked messages from one pupil, from 2 to 20')).toHaveValue('5');
	await expect(section.getByLabel('Within this many days, from 1 to 60')).toHaveValue('14');
	await expect(section.getByLabel('Incidents, reports and evidence (until the pupil is this age), from 25 to 75')).toHaveValue('25');
});
