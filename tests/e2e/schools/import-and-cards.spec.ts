import { expect, test } from '@playwright/test';
import { signIn } from '../support/login';

// A school's own export: its column names, UK dates, a parent shared by two children, and
// one line the dry run must refuse (a formula where a name should be).
const CSV = [
	'UPN,Forename,Surname,DOB,Reg Group,Contact 1 Forename,Contact 1 Surname,Contact 1 Email',
	'K100000000001,Ada,Kestrel,14/03/2019,Year 2 Kestrel,Rosa,Kestrel,rosa.kestrel@home.example',
	'K100000000002,Ben,Kestrel,02/11/2020,Year 1 Kite,Rosa,Kestrel,rosa.kestrel@home.example',
	'K100000000003,Cara,Lintott,30/06/2019,Year 2 Kestrel,,,',
	'K100000000004,=HYPERLINK("http://evil.example"),Bad,01/01/2019,Year 2 Kestrel,,,'
].join('\r\n');

test('an admin dry-runs and confirms a CSV import, prints cards, and a pupil signs in with a card link', async ({ page, browser }) => {
	// Many steps, each a round trip, and argon2 for each printed card: more than the default 30 s on a shared machine.
	test.setTimeout(180_000);
	await signIn(page, 'admin');
	await page.goto('/staff/admin/import');
	await page.waitForSelector('body[data-hydrated="true"]');
	await page.getByLabel(/One CSV file/).check();
	await page.getByLabel('CSV file', { exact: true }).setInputFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${CSV}`) });
	await page.getByRole('button', { name: 'Read the columns' }).click();

	await expect(page.getByRole('heading', { name: 'Which column holds what?' })).toBeVisible();
	await expect(page.getByLabel('UPN or admission number')).toHaveValue('upn');
	await expect(page.getByLabel('Class', { exact: true })).toHaveValue('reg group');
	await page.getByRole('button', { name: 'Dry run' }).click();

	await expect(page.getByRole('heading', { name: /Dry run: nothing has been saved yet/ })).toBeVisible();
	await expect(page.getByRole('status')).toContainText('6 to create');
	await expect(page.getByRole('status')).toContainText('1 refused');
	await expect(page.getByRole('row', { name: /=HYPERLINK.*refused.*characters a name cannot hold/ })).toBeVisible();
	await page.goto('/staff/admin');
	await expect(page.getByText('Year 2 Kestrel')).toHaveCount(0);

	// The dry run wrote nothing; now run it again and confirm.
	await page.goto('/staff/admin/import');
	await page.waitForSelector('body[data-hydrated="true"]');
	await page.getByLabel(/One CSV file/).check();
	await page.getByLabel('CSV file', { exact: true }).setInputFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
	await page.getByRole('button', { name: 'Read the columns' }).click();
	await page.getByRole('button', { name: 'Dry run' }).click();
	await page.getByRole('button', { name: 'Confirm and import' }).click();
	await expect(page.getByRole('heading', { name: 'Imported' })).toBeVisible();
	await expect(page.getByRole('status')).toContainText('2 classes and 4 people created');

	await page.goto('/staff/cards');
	await page.getByLabel('Class to make cards for').selectOption({ label: 'Year 2 Kestrel (2 pupils)' });
	await page.getByRole('button', { name: 'Make new cards for this class' }).click();
	const card = page.getByRole('listitem').filter({ hasText: 'Ada Kestrel' });
	await expect(card.getByRole('img', { name: 'QR code that signs Ada in' })).toBeVisible();
	const link = await card.getByRole('link', { name: 'Card link' }).getAttribute('href');
	expect(link).toMatch(/\/card\/[A-Za-z0-9_-]{43}$/);

	// The class iPad: nobody signed in, the QR code opens the link.
	const device = await browser.newContext();
	const tablet = await device.newPage();
	await tablet.goto(link!);
	await tablet.getByRole('button', { name: 'Sign me in' }).click();
	await expect(tablet).toHaveURL(/\/pupil$/);
	await expect(tablet.getByRole('heading', { level: 1 })).toHaveText('Hello, Ada!');
	await device.close();
});

test('a card link that does not work says so kindly', async ({ page }) => {
	await page.goto(`/card/${'A'.repeat(43)}`);
	await page.waitForSelector('body[data-hydrated="true"]');
	await page.getByRole('button', { name: 'Sign me in' }).click();
	await expect(page.getByRole('alert')).toHaveText(/does not work any more/);
});
