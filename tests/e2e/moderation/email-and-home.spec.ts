// Class email in the moderation loop, in Chromium: a pupil tells their teacher about an email
// the class received and the teacher sees the report in the queue; a teacher takes an approved
// email down and it vanishes live from a pupil's open inbox; the staff home lists what waits;
// after the staff idle lock, signing in again returns to the page the teacher was on.
import nodemailer from 'nodemailer';
import { expect, test } from '../support/fixtures';
import { DEMO_PASSWORD, signIn } from '../support/login';
import { hydrated, openPage } from '../support/pages';
import { ModerationQueue } from '../support/queue';

// Two or three browsers and real SMTP per test; on a shared two-core machine that is slow.
test.describe.configure({ timeout: 180_000 });

const INBOUND_PORT = Number(process.env.E2E_SMTP_INBOUND_PORT ?? 2527);
const OAK = '5oak@mail.demo-school.example';

/** Mail in from the demo's approved author, approved by Year 5 Oak's teacher so the class can read it. */
async function approvedMailFromAuthor(queue: ModerationQueue, subject: string, text: string): Promise<void> {
	const client = nodemailer.createTransport({ host: '127.0.0.1', port: INBOUND_PORT, secure: false, ignoreTLS: true });
	await client.sendMail({ from: 'Hannah Reed <hannah.reed@author-visits.example>', to: OAK, subject, text });
	client.close();
	await queue.reload();
	const item = queue.item(subject);
	await expect(item).toContainText('from Hannah Reed');
	await expect(item).toContainText('outside sender');
	await queue.approve(subject);
}

test('a pupil tells their teacher about an email, and the teacher sees the report with the pupil’s reason', async ({ teacherPage, signedIn }) => {
	const subject = `A question about the sequel ${Date.now()}`;
	const queue = await ModerationQueue.open(teacherPage);
	await approvedMailFromAuthor(queue, subject, 'Which character did you like best? Write back soon.');

	const pupil = await signedIn('pupil.oak.2', '/pupil/email');
	await pupil.getByRole('link', { name: subject }).click();
	await hydrated(pupil);
	await pupil.getByRole('button', { name: 'Tell my teacher about this email' }).click();
	await pupil.getByLabel('It made me feel scared or worried').check();
	await pupil.getByLabel('Anything you want to say?').fill('I did not like it');
	await pupil.getByRole('button', { name: 'Yes, tell my teacher' }).click();
	await expect(pupil.getByRole('heading', { name: 'Thank you for telling us' })).toBeVisible();
	await pupil.getByRole('link', { name: 'Back to class email' }).first().click();
	await expect(pupil.getByRole('link', { name: subject })).toHaveCount(0);

	await queue.reload();
	const report = queue.item(`Email reported by a pupil: “${subject}”`);
	await expect(report).toBeVisible({ timeout: 15_000 });
	await expect(report).toContainText('says it made them scared or worried: “I did not like it”');
	await expect(report.getByRole('button', { name: /report is right/i })).toBeVisible();
});

test('a teacher takes an approved email down and it vanishes from a pupil’s open inbox', async ({ teacherPage, signedIn }) => {
	const subject = `Book club dates ${Date.now()}`;
	await approvedMailFromAuthor(await ModerationQueue.open(teacherPage), subject, 'Book club meets on Thursdays in the library.');

	const pupil = await signedIn('pupil.oak.3');
	// The server says `session:ready` once the socket has joined its rooms (the class's among
	// them); listen before the page opens so a fast answer is not missed.
	const ready = new Promise<void>((resolve) =>
		pupil.on('websocket', (ws) => ws.on('framereceived', (f) => String(f.payload).includes('"session:ready"') && resolve()))
	);
	await openPage(pupil, '/pupil/email');
	await ready;
	await expect(pupil.getByRole('link', { name: subject })).toBeVisible();

	// Emma teaches one class, so "Email" takes her straight to its mailbox (there is no list of classes to pick from).
	const teacher = teacherPage;
	await teacher.goto('/staff/email');
	await expect(teacher.getByRole('heading', { name: 'Year 5 Oak mailbox' })).toBeVisible();
	await teacher.getByRole('link', { name: subject }).click();
	await hydrated(teacher);
	await teacher.getByRole('button', { name: 'Take down…' }).click();
	await teacher.getByLabel('Why are you taking it down?').fill('Sent to the wrong class');
	await teacher.getByRole('button', { name: 'Take it down' }).click();
	await expect(teacher.getByRole('status')).toContainText('Taken down');

	// Gone from the open inbox without a reload.
	await expect(pupil.getByRole('link', { name: subject })).toHaveCount(0, { timeout: 15_000 });
});

test('the teacher’s home lists what waits, each line a link to act on it', async ({ teacherPage: teacher }) => {
	const todo = teacher.getByTestId('todo');
	await expect(todo.getByRole('heading', { name: 'To do' })).toBeVisible();
	// Noah's family has not signed in the demo, so his chat, email and sharing are closed.
	const gate = todo.getByTestId('todo-line').filter({ hasText: 'cannot use chat, email or sharing yet' });
	await expect(gate).toContainText('Year 5 Oak');
	await expect(gate).toContainText('Noah');
	await gate.getByRole('link').click();
	await expect(teacher).toHaveURL(/\/staff\/agreements\/classes\//);
});

test('after the staff idle lock, signing in again returns to the page the teacher was on', async ({ page }) => {
	await page.clock.install();
	await signIn(page, 'teacher.ash');
	await openPage(page, '/staff/moderation');
	// Only the page's clock moves: the page itself must end the session on the server, or the
	// login page (which sends a signed-in user on to `next`) would put the queue straight back.
	await page.clock.fastForward('10:01');
	await expect(page).toHaveURL(/\/login\?reason=idle-locked&next=%2Fstaff%2Fmoderation$/);
	await expect(page.getByText('You were signed out because the page was left for a while.')).toBeVisible();
	await hydrated(page);
	await page.getByLabel('Username').fill('teacher.ash');
	await page.getByLabel('Password').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/staff\/moderation$/);
});
