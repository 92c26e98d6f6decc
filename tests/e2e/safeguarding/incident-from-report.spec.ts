// The safeguarding path in Chromium: a pupil reports a message, the DSL sees the alert on
// their home without reloading, opens an incident from it with the evidence sealed,
// pauses the writer's messaging, and the writer's chat shows the pause.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn } from '../support/login';

async function as(browser: Browser, username: string, path: string): Promise<Page> {
	const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
	await signIn(page, username);
	await page.goto(path);
	await page.waitForSelector('body[data-hydrated="true"]');
	return page;
}

async function openChat(browser: Browser, username: string): Promise<Page> {
	const page = await as(browser, username, '/pupil/chat');
	await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toHaveCount(1);
	return page;
}

test('report → live alert → incident with evidence → pause shows in the writer’s chat', async ({ browser }) => {
	// Four people sign in (the DSL with a two-step code); 30 s is too tight on two cores.
	test.setTimeout(90_000);
	const text = `Something unkind to report ${Date.now()}`;
	// Year 3 Ash's pupils: no other end-to-end test reports there, so the alert is this test's own.
	const writer = await openChat(browser, 'pupil.ash.2');
	const teacher = await as(browser, 'teacher.ash', '/staff/moderation');
	await writer.getByLabel('Write a message').fill(text);
	await writer.getByRole('button', { name: 'Send' }).click();
	const item = teacher.getByTestId('queue-item').filter({ hasText: text });
	await expect(item).toBeVisible();
	await item.getByRole('button', { name: 'Approve' }).click();
	await expect(item).toHaveCount(0);

	const dsl = await as(browser, 'dsl', '/staff');
	await expect(dsl.getByText('New alerts appear here as they happen.')).toBeVisible();
	const reader = await openChat(browser, 'pupil.ash.3');
	const message = reader.getByTestId('chat-message').filter({ hasText: text });
	// "Tell my teacher" sits in each message's small menu.
	await message.locator('summary').click();
	await message.getByRole('button', { name: /Tell my teacher/ }).click();
	await reader.getByLabel(/Anything you want to say/).fill('This made me feel worried');
	await reader.getByRole('button', { name: 'Yes, tell my teacher' }).click();
	await expect(reader.getByRole('status').filter({ hasText: 'Thank you for telling us' })).toBeVisible();

	// Live on the DSL's home: no reload.
	const alert = dsl.getByTestId('home-alert').filter({ hasText: 'Freya reported a message in Year 3 Ash chat' }).first();
	await expect(alert).toBeVisible();
	await alert.getByRole('link', { name: 'Open an incident' }).click();
	await expect(dsl.getByRole('heading', { name: 'Record an incident' })).toBeVisible();
	await dsl.waitForSelector('body[data-hydrated="true"]');
	await expect(dsl.getByTestId('source').first()).toContainText(text);
	// Reported by the pupil who pressed "Tell my teacher"; the pupil involved is the writer;
	// the report's own words are with the message, which is shown once.
	await expect(dsl.locator('#reportedById option:checked')).toHaveText(/Freya Thomas/);
	await expect(dsl.getByRole('checkbox', { name: 'Harry Evans' })).toBeChecked();
	await expect(dsl.getByRole('checkbox', { name: 'Freya Thomas' })).toBeHidden();
	await expect(dsl.getByTestId('report-note')).toContainText('This made me feel worried');
	await expect(dsl.getByTestId('source')).toHaveCount(1);
	// The pupil list is searchable, across the whole school.
	await dsl.getByLabel('Find a pupil by name').fill('Isla');
	await expect(dsl.getByRole('checkbox', { name: 'Isla Jones' })).toBeVisible();
	await dsl.getByLabel('Category').selectOption('pupil-B');
	await dsl.getByRole('button', { name: 'Save the incident' }).click();

	await expect(dsl.getByRole('heading', { name: /^Incident \d{4}-\d{4}$/ })).toBeVisible();
	await expect(dsl.getByTestId('evidence').first()).toContainText(text);
	await expect(dsl.getByTestId('evidence').first()).toContainText('Seal intact');
	await expect(dsl.getByTestId('evidence')).toHaveCount(1);

	await dsl.getByLabel('Reason (for staff)').fill('Asked a classmate to keep a secret');
	await dsl.getByRole('button', { name: 'Pause messaging' }).click();
	await expect(dsl.getByRole('status').filter({ hasText: 'Messaging paused.' })).toBeVisible();
	await expect(dsl.getByTestId('incident-actions')).toContainText('Asked a classmate to keep a secret');

	// No reload by the test: the pause closes the writer's gate, and their open page follows by itself.
	await expect(writer.getByText('Your messages are having a little rest')).toBeVisible({ timeout: 15_000 });
	await expect(writer.getByRole('button', { name: 'Send' })).toHaveCount(0);
});

test('the reporter’s export contains the report they made', async ({ browser }) => {
	const dsl = await as(browser, 'dsl', '/staff/pupils');
	const links = dsl.getByRole('listitem').getByRole('link');
	// pupil.ash.3 (Freya Thomas in the demo school) reported the message in the test above.
	await dsl.getByLabel('Find a pupil').fill('Freya Thomas');
	await expect(links).toHaveCount(1);
	await links.first().click();
	await dsl.waitForSelector('body[data-hydrated="true"]');
	const download = dsl.waitForEvent('download');
	await dsl.getByRole('button', { name: 'Download the export' }).click();
	const file = await (await download).path();
	const { readFileSync } = await import('node:fs');
	const { unzipSync, strFromU8 } = await import('fflate');
	const files = unzipSync(new Uint8Array(readFileSync(file!)));
	const reports = JSON.parse(strFromU8(files['reports.json']!)) as { madeByThePupil: { note: string }[] };
	expect(reports.madeByThePupil.map((r) => r.note)).toContain('This made me feel worried');
});
