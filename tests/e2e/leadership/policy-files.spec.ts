// A policy version uploaded as a file in Chromium: the head uploads a PDF, the page offers it
// as a download, and a program renamed ".pdf" is refused with a message saying why.
import { expect, test } from '@playwright/test';
import { signIn } from '../support/login';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\nstream\nBT (Online safety) Tj ET\nendstream\n%%EOF\n');

test('the head uploads a policy as a PDF; a disguised program is refused', async ({ page }) => {
	test.setTimeout(90_000);
	await signIn(page, 'admin');
	await page.goto('/staff/policies');
	await page.waitForSelector('body[data-hydrated="true"]');
	// A policy of its own that asks nobody to acknowledge it, so no other test's staff owe it.
	const title = `Visitors policy ${Date.now()}`;
	await page.getByLabel('Name of the policy').fill(title);
	await page.getByLabel('Kind').selectOption('other');
	await page.getByLabel(/Owner/).selectOption({ label: 'Helen Clarke' });
	await page.getByLabel('Review by').fill('2027-07-01');
	await page.getByLabel('Every member of staff must read and acknowledge each new version').uncheck();
	await page.getByLabel("The policy's text").fill('Visitors sign in at the office and wear a badge while they are in school.');
	await page.getByRole('button', { name: 'Publish version 1' }).click();
	await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
	await page.waitForSelector('body[data-hydrated="true"]');
	const upload = page.getByRole('region', { name: 'Or upload the new version as a file' });
	const before = 2;

	await upload.getByLabel('What has changed').fill('A program in disguise');
	await upload
		.getByLabel('The policy file')
		.setInputFiles({ name: 'policy.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ\u0090\u0000 not a PDF at all') });
	await upload.getByRole('button', { name: /^Upload as version/ }).click();
	await expect(upload.getByRole('alert')).toContainText('Only PDF files and Word documents');

	await upload.getByLabel('What has changed').fill('The governors’ approved copy');
	await upload.getByLabel('The policy file').setInputFiles({ name: 'whatever-name.pdf', mimeType: 'application/pdf', buffer: PDF });
	await upload.getByRole('button', { name: /^Upload as version/ }).click();
	await expect(page.getByRole('status').filter({ hasText: `Version ${before} published` })).toBeVisible();
	const link = page.getByTestId('policy-file');
	await expect(link).toContainText(`-v${before}.pdf`);
	const response = await page.request.get((await link.getAttribute('href'))!);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('application/pdf');
	expect(response.headers()['content-disposition']).toMatch(/^attachment; filename=".*-v\d+\.pdf"$/);
	expect(Buffer.from(await response.body()).equals(PDF)).toBe(true);
});
