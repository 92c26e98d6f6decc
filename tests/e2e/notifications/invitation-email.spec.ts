// An imported parent's invitation letter by email, in Chromium against the production build
// with a real SMTP sink standing in for the relay (E2E_SMTP_URL): the head imports a family,
// emails the parent their letter from the cards page, and the parent follows the email's
// link, finds the code already filled in, and makes their account.
import { expect, test } from '@playwright/test';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import { signIn } from '../support/login';

const SINK_PORT = Number(new URL(process.env.E2E_SMTP_URL ?? 'smtp://127.0.0.1:2526').port);
const ADDRESS = 'nia.wren@home.example';
const CSV = [
	'UPN,Forename,Surname,DOB,Reg Group,Contact 1 Forename,Contact 1 Surname,Contact 1 Email',
	`W100000000001,Otto,Wren,14/03/2018,Year 3 Wren,Nia,Wren,${ADDRESS}`
].join('\r\n');
const received: { to: string[]; subject: string; text: string }[] = [];
let sink: SMTPServer;

test.beforeAll(async () => {
	sink = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS', 'AUTH'],
		logger: false,
		onData(stream, session, callback) {
			simpleParser(stream).then(
				(mail) => {
					received.push({ to: session.envelope.rcptTo.map((r) => r.address), subject: mail.subject ?? '', text: mail.text ?? '' });
					callback();
				},
				(e: Error) => callback(e)
			);
		}
	});
	await new Promise<void>((resolve) => sink.listen(SINK_PORT, '127.0.0.1', () => resolve()));
});
test.afterAll(async () => {
	await new Promise<void>((resolve) => sink.close(() => resolve()));
});

test('the head emails an imported parent their letter, and its link lets them join', async ({ page, browser }) => {
	// An import, a round trip through the outbox and an argon2 account on a busy 2-core machine.
	test.setTimeout(120_000);
	await signIn(page, 'admin');
	await page.goto('/staff/admin/import');
	await page.waitForSelector('body[data-hydrated="true"]');
	await page.getByLabel(/One CSV file/).check();
	await page.getByLabel('CSV file', { exact: true }).setInputFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
	await page.getByRole('button', { name: 'Read the columns' }).click();
	await page.getByRole('button', { name: 'Dry run' }).click();
	await page.getByRole('button', { name: 'Confirm and import' }).click();
	await expect(page.getByRole('heading', { name: 'Imported' })).toBeVisible();

	await page.goto('/staff/cards');
	await page.waitForSelector('body[data-hydrated="true"]');
	await page.getByLabel('Class', { exact: true }).selectOption({ label: 'Year 3 Wren' });
	await page.getByRole('button', { name: 'Show parents waiting to join' }).click();
	const row = page.getByRole('row').filter({ hasText: 'Nia Wren' });
	await expect(row).toContainText(ADDRESS);
	await row.getByRole('button', { name: 'Email a letter to Nia Wren' }).click();
	await expect(page.getByRole('status')).toContainText('1 letter is being emailed.');

	await expect.poll(() => received.filter((m) => m.to.includes(ADDRESS)).length, { timeout: 20_000 }).toBe(1);
	const email = received.find((m) => m.to.includes(ADDRESS))!;
	expect(email.subject).toContain('Join Otto’s class');
	const link = /(http:\/\/\S+\/join\?code=[A-Z0-9-]{14})/.exec(email.text)![1]!;
	const code = new URL(link).searchParams.get('code')!;

	// The parent, in their own browser, follows the link.
	const home = await browser.newContext();
	const parent = await home.newPage();
	await parent.goto(link);
	await parent.waitForSelector('body[data-hydrated="true"]');
	await expect(parent.getByLabel('Code from the letter')).toHaveValue(code);
	await parent.getByLabel('Your first name').fill('Nia');
	await parent.getByLabel('Your surname').fill('Wren');
	await parent.getByLabel('Choose a username').fill('nia.wren');
	await parent.getByLabel('Choose a password').fill('heron meadow lantern 7');
	await parent.getByLabel('Type the password again').fill('heron meadow lantern 7');
	await parent.getByRole('button', { name: 'Create my account' }).click();
	await expect(parent).toHaveURL(/\/parent\/agreements$/);
	await home.close();

	// She has joined, so the head no longer sees her waiting.
	await page.reload();
	await expect(page.getByText('Every imported parent in Year 3 Wren has joined.')).toBeVisible();
});
