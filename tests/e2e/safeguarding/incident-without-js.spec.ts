// The incident form without JavaScript, as on a locked-down school laptop: every pupil is
// listed to tick (there is no search to find them), a form that comes back with an error lists
// them all again with the ticks kept, and the incident saved names the pupils ticked.
import { expect, test } from '../support/fixtures';

test('the incident form lists every pupil without JavaScript, and keeps the ticks after an error', async ({ browser, dslPage }) => {
	// The DSL's session (two-step passed with JavaScript on), in a browser that runs none.
	const context = await browser.newContext({ javaScriptEnabled: false, storageState: await dslPage.context().storageState() });
	try {
		const page = await context.newPage();
		await page.goto('/staff/incidents/new');
		const pupils = page.getByRole('list', { name: 'Pupils involved' }).getByRole('checkbox');
		const listed = await pupils.count();
		expect(listed).toBeGreaterThan(10);
		for (const box of await pupils.all()) await expect(box).toBeVisible();
		await expect(page.getByLabel('Find a pupil by name')).toHaveCount(0);

		await page.getByRole('checkbox', { name: "Grace O'Neill" }).check();
		await page.getByRole('checkbox', { name: 'Noah Taylor' }).check();
		await page.getByLabel('Category').selectOption({ index: 1 });
		// Shorter than the 10 characters the server asks for: the form comes back.
		await page.getByLabel('What happened').fill('Too short');
		await page.getByRole('button', { name: 'Save the incident' }).click();
		await expect(page.locator('#description-error')).toContainText('at least 10 characters');

		await expect(pupils).toHaveCount(listed);
		for (const box of await pupils.all()) await expect(box).toBeVisible();
		await expect(page.getByRole('checkbox', { name: "Grace O'Neill" })).toBeChecked();
		await expect(page.getByRole('checkbox', { name: 'Noah Taylor' })).toBeChecked();
		await expect(pupils.and(page.locator(':checked'))).toHaveCount(2);

		await page.getByLabel('Category').selectOption({ index: 1 });
		await page.getByLabel('What happened').fill(`Unkind messages after a game, recorded without JavaScript ${Date.now()}.`);
		await page.getByRole('button', { name: 'Save the incident' }).click();
		await expect(page).toHaveURL(/\/staff\/incidents\/[0-9a-f-]{36}$/);
		await expect(page.getByText("Grace O'Neill").first()).toBeVisible();
		await expect(page.getByText('Noah Taylor').first()).toBeVisible();
	} finally {
		await context.close();
	}
});
