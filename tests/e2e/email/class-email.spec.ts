// Class email in Chromium against the production build, with a real SMTP sink standing in
// for the school's outgoing relay (port 2526, SMTP_URL in playwright.config.ts) and real
// SMTP sent to the app's own inbound server (port 2527): a pupil writes to an approved
// contact, the teacher approves in the queue, the sink receives it from the class address
// with no pupil's name anywhere; mail from a stranger waits in quarantine.
import { expect, test } from '../support/fixtures';
import { SMTPServer } from 'smtp-server';
import nodemailer from 'nodemailer';
import { hydrated } from '../support/pages';

// The sink stands where the app sends (E2E_SMTP_URL in playwright.config.ts), so other ports work too.
const SINK_PORT = Number(process.env.E2E_SMTP_SINK_PORT ?? new URL(process.env.E2E_SMTP_URL ?? 'smtp://127.0.0.1:2526').port);
const INBOUND_PORT = Number(process.env.E2E_SMTP_INBOUND_PORT ?? 2527);
const OAK = '5oak@mail.demo-school.example';
const received: { from: string; to: string[]; raw: string }[] = [];
let sink: SMTPServer;

test.beforeAll(async () => {
	sink = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS', 'AUTH'],
		logger: false,
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (c: Buffer) => chunks.push(c));
			stream.on('end', () => {
				received.push({
					from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
					to: session.envelope.rcptTo.map((r) => r.address),
					raw: Buffer.concat(chunks).toString('utf8')
				});
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => sink.listen(SINK_PORT, '127.0.0.1', () => resolve()));
});
test.afterAll(async () => {
	await new Promise<void>((resolve) => sink.close(() => resolve()));
});

test('a pupil email reaches an approved contact from the class address after the teacher approves', async ({ signedIn }) => {
	const subject = `Questions about Roman shields ${Date.now()}`;
	const pupil = await signedIn('pupil.oak.1', '/pupil/email/write');
	await pupil.getByLabel('To').selectOption({ label: 'Riverside Museum learning team (Our Romans topic and the class trip in spring)' });
	await pupil.getByLabel('Subject').fill(subject);
	await pupil.getByLabel('Your email').fill('Dear museum team,\n\nWhat were real Roman shields made of? We made ours from card.\n\nFrom Year 5 Oak');
	await pupil.getByRole('button', { name: 'Send to my teacher to check' }).click();
	await expect(pupil.getByRole('status')).toContainText('Your teacher will read your email');
	await expect(pupil.getByTestId('email-row').filter({ hasText: subject })).toContainText('Waiting for your teacher');
	expect(received).toHaveLength(0);

	const teacher = await signedIn('teacher.oak', '/staff/moderation');
	const item = teacher.getByTestId('queue-item').filter({ hasText: subject });
	await expect(item).toContainText('Amira Khan');
	await expect(item).toContainText('learning@riverside-museum.example');
	await item.getByRole('button', { name: 'Approve' }).click();
	await expect(item).toHaveCount(0);

	await expect.poll(() => received.length, { timeout: 15_000 }).toBe(1);
	const mail = received[0]!;
	expect(mail.from).toBe(OAK);
	expect(mail.to).toEqual(['learning@riverside-museum.example']);
	expect(mail.raw).toMatch(/^From: Demo Primary School <5oak@mail\.demo-school\.example>$/m);
	expect(mail.raw).toContain(subject);
	for (const name of ['Amira', 'Khan', 'pupil.oak.1']) expect(mail.raw).not.toContain(name);

	await teacher.goto('/staff/email');
	await expect(teacher.getByTestId('email-row').filter({ hasText: subject })).toContainText('Sent · written by Amira Khan');
});

test('mail from an unknown sender waits in quarantine, and an unknown class is refused', async ({ signedIn }) => {
	const client = nodemailer.createTransport({ host: '127.0.0.1', port: INBOUND_PORT, secure: false, ignoreTLS: true });
	const subject = `Free prizes for your class ${Date.now()}`;
	await client.sendMail({ from: 'stranger@unknown-sender.example', to: OAK, subject, text: 'Click here to claim.' });
	await expect(
		client.sendMail({ from: 'stranger@unknown-sender.example', to: 'nobody@mail.demo-school.example', subject: 'Hi', text: 'Hello' })
	).rejects.toMatchObject({ responseCode: 550 });
	client.close();

	const pupil = await signedIn('pupil.oak.2', '/pupil/email');
	await expect(pupil.getByText(subject)).toHaveCount(0);

	const teacher = await signedIn('teacher.oak', '/staff/email');
	const held = teacher.getByTestId('quarantined').filter({ hasText: subject });
	await expect(held).toContainText('stranger@unknown-sender.example');
	await held.getByRole('button', { name: 'Discard' }).click();
	await expect(teacher.getByRole('status').filter({ hasText: 'Discarded.' })).toBeVisible();
	await expect(teacher.getByTestId('quarantined').filter({ hasText: subject })).toHaveCount(0);
});

test('a teacher approves a new contact with a reason, and a pupil can then choose it but never type an address', async ({ signedIn }) => {
	const teacher = await signedIn('teacher.oak', '/staff/email');
	await teacher.getByRole('link', { name: /Approved contacts/ }).click();
	await hydrated(teacher);
	await teacher.getByLabel('Name (a person or organisation)').fill('Oakfield Partner School');
	await teacher.getByLabel('Email address').fill('year5@oakfield-partner.example');
	await teacher.getByLabel('Why the class may write to them').fill('Pen pals for our letters unit');
	await teacher.getByRole('button', { name: 'Approve contact' }).click();
	await expect(teacher.getByRole('status')).toContainText('Oakfield Partner School is now an approved contact.');
	await expect(teacher.getByTestId('contact').filter({ hasText: 'Oakfield Partner School' })).toContainText('Approved by Emma Hughes');

	const pupil = await signedIn('pupil.oak.4', '/pupil/email/write');
	await expect(pupil.getByLabel('To').locator('option', { hasText: 'Oakfield Partner School' })).toHaveCount(1);
	await expect(pupil.locator('input[type="email"]')).toHaveCount(0);
	await pupil.getByLabel('To').selectOption({ label: 'Year 3 Ash' });
	await pupil.getByLabel('Subject').fill('Our phone');
	await pupil.getByLabel('Your email').fill('Ring us on 07700 900 123');
	await pupil.getByRole('button', { name: 'Send to my teacher to check' }).click();
	await expect(pupil.getByRole('alert')).toContainText('This email cannot be sent.');
	await expect(pupil.getByLabel('Your email')).toHaveValue('Ring us on 07700 900 123');
});
