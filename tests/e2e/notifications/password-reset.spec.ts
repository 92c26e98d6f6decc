// Password reset in Chromium against the production build, with a real SMTP sink standing in
// for the relay (the server's SMTP_URL, E2E_SMTP_URL): a parent saves an email address on
// their account page, signs out, asks for a link, follows the link from the email, chooses
// a new password and signs in with it; the same link then no longer works.
import { expect, test } from '@playwright/test';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import { signIn, signOut } from '../support/login';

const SINK_PORT = Number(new URL(process.env.E2E_SMTP_URL ?? 'smtp://127.0.0.1:2526').port);
const PARENT = 'parent.ash.4';
const ADDRESS = 'ash4.family@homes.example';
const received: { to: string[]; text: string }[] = [];
let sink: SMTPServer;

test.beforeAll(async () => {
	sink = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS', 'AUTH'],
		logger: false,
		onData(stream, session, callback) {
			simpleParser(stream).then(
				(mail) => {
					received.push({ to: session.envelope.rcptTo.map((r) => r.address), text: mail.text ?? '' });
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

test('a parent resets a forgotten password from the emailed link, once', async ({ page }) => {
	// Three sign-ins (argon2) and a round trip through the outbox on a busy 2-core machine.
	test.setTimeout(90_000);
	await signIn(page, PARENT);
	await page.getByRole('link', { name: 'Account' }).click();
	await page.waitForSelector('body[data-hydrated="true"]');
	await page.getByLabel('Email address').fill(ADDRESS);
	await page.getByRole('button', { name: 'Save email choices' }).click();
	await expect(page.getByRole('status')).toContainText('saved');
	await signOut(page);

	await page.getByRole('link', { name: 'get a reset link by email' }).click();
	await page.waitForSelector('body[data-hydrated="true"]');
	await page.getByLabel('Email address').fill(ADDRESS);
	await page.getByRole('button', { name: 'Send me a link' }).click();
	await expect(page.getByRole('status')).toContainText('we have emailed a link');

	await expect.poll(() => received.filter((m) => m.to.includes(ADDRESS)).length, { timeout: 20_000 }).toBe(1);
	const email = received.find((m) => m.to.includes(ADDRESS))!;
	const link = /(http:\/\/\S+\/reset\/[A-Za-z0-9_-]{43})/.exec(email.text)![1]!;

	await page.goto(link);
	await page.waitForSelector('body[data-hydrated="true"]');
	await expect(page.getByText(`For the account ${PARENT}`)).toBeVisible();
	const fresh = 'kettle orchard lantern 42';
	await page.getByLabel('New password', { exact: true }).fill(fresh);
	await page.getByLabel('New password again').fill(fresh);
	await page.getByRole('button', { name: 'Save my new password' }).click();
	await expect(page).toHaveURL(/\/login\?reason=password-reset/);
	await expect(page.getByRole('status')).toContainText('Your password has been changed');

	await signIn(page, PARENT, fresh);
	await expect(page).toHaveURL(/\/parent/);
	await signOut(page);

	await page.goto(link);
	await expect(page.getByRole('alert')).toContainText('expired or has already been used');
});
