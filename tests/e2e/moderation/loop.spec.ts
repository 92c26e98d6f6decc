// The moderation loop in Chromium with several people at once: bulk approval leaves what
// needs a look (a report, a held message, a photo), shows its list first and can be undone;
// a report is upheld or dismissed and the reporter hears back; a take-down vanishes live from a
// classmate's chat and a parent's home; an urgent (self-harm) alert shows its message while it waits and
// after it is rejected; "I'm worried" reaches the DSL live; a secret asked for in mail from an
// approved contact alerts the DSL.
import { expect, test, type Browser, type Page } from '@playwright/test';
import sharp from 'sharp';
import nodemailer from 'nodemailer';
import { signIn } from '../support/login';

// Each test signs in four or five people at once; on a shared two-core machine that is slow.
test.describe.configure({ timeout: 120_000 });

async function as(browser: Browser, username: string, path: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await signIn(page, username);
	await page.goto(path);
	await page.waitForSelector('body[data-hydrated="true"]');
	return page;
}

async function live(page: Page): Promise<Page> {
	// Four or five browsers sign in at once here: allow the socket time to connect.
	await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toHaveCount(1, { timeout: 20_000 });
	return page;
}

const chat = async (browser: Browser, username: string) => live(await as(browser, username, '/pupil/chat'));
const queue = async (browser: Browser, username: string) => live(await as(browser, username, '/staff/moderation'));

async function send(page: Page, text: string) {
	await page.getByLabel('Write a message').fill(text);
	await page.getByRole('button', { name: 'Send' }).click();
	await expect(page.getByTestId('own-message').filter({ hasText: text })).toBeVisible();
}

async function approve(teacher: Page, text: string) {
	const item = teacher.getByTestId('queue-item').filter({ hasText: text });
	await item.getByRole('button', { name: 'Approve' }).click();
	await expect(item).toHaveCount(0);
}

async function shareWork(pupil: Page, title: string, photo: Buffer | null) {
	await pupil.getByLabel(photo ? 'Photos' : 'Writing', { exact: true }).check();
	await pupil.getByLabel('Title').fill(title);
	if (photo) await pupil.getByLabel(/^Photos \(up to/).setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: photo });
	else await pupil.getByLabel('Your writing').fill('We grew beans on the windowsill and measured them every day.');
	await pupil.getByRole('button', { name: 'Save my work' }).click();
	const piece = pupil.getByTestId('own-work').filter({ hasText: title });
	await piece.getByRole('button', { name: 'Share with my family' }).click();
	await expect(piece.getByText('Waiting for your teacher to check it.')).toBeVisible();
}

test('bulk approve shows its list, can be undone, and leaves a report, a held message and a photo', async ({ browser }) => {
	const stamp = Date.now();
	const reported = `Our class trip was fun ${stamp}`;
	const held = `you are so stupid ${stamp}`;
	const clean = `I finished my times tables ${stamp}`;
	const writer = await chat(browser, 'pupil.ash.4');
	const reader = await chat(browser, 'pupil.ash.5');
	const teacher = await queue(browser, 'teacher.ash');

	await send(writer, reported);
	await approve(teacher, reported);
	const message = reader.getByTestId('chat-message').filter({ hasText: reported });
	// "Tell my teacher" sits in each message's small menu.
	await message.locator('summary').click();
	await message.getByRole('button', { name: /Tell my teacher/ }).click();
	await reader.getByLabel(/Anything you want to say/).fill('it made me sad');
	await reader.getByRole('button', { name: 'Yes, tell my teacher' }).click();
	await expect(message).toHaveCount(0);

	await send(writer, held);
	await send(reader, clean);
	const photoTitle = `Bean photo ${stamp}`;
	const photo = await sharp({ create: { width: 32, height: 32, channels: 3, background: { r: 20, g: 160, b: 60 } } })
		.png()
		.toBuffer();
	await shareWork(await as(browser, 'pupil.ash.6', '/pupil/work'), photoTitle, photo);

	await teacher.reload();
	await live(teacher);
	const items = teacher.getByTestId('queue-item');
	await expect(items.filter({ hasText: reported })).toContainText('Reported by a pupil');
	await expect(items.filter({ hasText: photoTitle }).getByRole('img')).toHaveCount(1);
	await expect(items.filter({ hasText: photoTitle }).getByRole('button', { name: 'Approve' })).toBeDisabled();

	// The list comes first; undo stops it.
	const bulk = teacher.getByTestId('bulk');
	await bulk.getByRole('button', { name: /that need no look/ }).click();
	const list = bulk.getByTestId('bulk-list');
	await expect(list).toContainText(clean);
	for (const kept of [reported, held, photoTitle]) await expect(list).not.toContainText(kept);
	await bulk.getByRole('button', { name: /^Approve these/ }).click();
	await expect(bulk.getByRole('status')).toContainText('Approving');
	await bulk.getByRole('button', { name: 'Undo' }).click();
	await expect(bulk.getByRole('status')).toHaveCount(0);
	await expect(items.filter({ hasText: clean })).toBeVisible();

	// Again, and let the 10 seconds run: the clean message reaches the class live.
	await bulk.getByRole('button', { name: /that need no look/ }).click();
	await bulk.getByRole('button', { name: /^Approve these/ }).click();
	await expect(items.filter({ hasText: clean })).toHaveCount(0, { timeout: 20_000 });
	await expect(writer.getByTestId('chat-message').filter({ hasText: clean })).toBeVisible();
	for (const kept of [reported, held, photoTitle]) await expect(items.filter({ hasText: kept })).toHaveCount(1);

	// The report is upheld; the pupil who reported it hears back on their home page.
	await items
		.filter({ hasText: reported })
		.getByRole('button', { name: /The report is right/ })
		.click();
	await expect(items.filter({ hasText: reported })).toHaveCount(0);
	// Focus moved on to the next item, not to the page.
	await expect(teacher.locator('[data-testid="queue-item"]:focus')).toHaveCount(1);
	await reader.goto('/pupil');
	await expect(reader.getByTestId('pupil-notes')).toContainText('Your teacher agreed with you');
});

test('a take-down vanishes live from a classmate’s chat and a parent’s home', async ({ browser }) => {
	const stamp = Date.now();
	const text = `A message shared by mistake ${stamp}`;
	const title = `Beans ${stamp}`;
	const writer = await chat(browser, 'pupil.oak.1');
	// Not Grace (pupil.oak.3): the tablet test puts her in a group, and her chat page then starts at her list of chats.
	const classmate = await chat(browser, 'pupil.oak.5');
	const teacher = await queue(browser, 'teacher.oak');
	await send(writer, text);
	await approve(teacher, text);
	await expect(classmate.getByTestId('chat-message').filter({ hasText: text })).toBeVisible();

	await shareWork(await as(browser, 'pupil.oak.1', '/pupil/work'), title, null);
	await teacher.reload();
	await approve(teacher, title);
	const parent = await as(browser, 'parent.oak.1', '/parent');
	await expect(parent.getByTestId('family-work-piece').filter({ hasText: title })).toBeVisible();

	// The teacher takes the message down from the class chat, saying why. The class tile, not
	// the first link naming the class (the to-do list above it names classes too, by what other tests left).
	await teacher.goto('/staff');
	await teacher.waitForSelector('body[data-hydrated="true"]');
	await teacher.getByRole('link', { name: /^Year 5 Oak \d+ pupils$/ }).click();
	await expect(teacher).toHaveURL(/\/staff\/classes\/[^/]+$/);
	const classPage = teacher.url();
	await teacher.getByRole('link', { name: 'Class chat' }).click();
	await expect(teacher).toHaveURL(/\/staff\/chat\//);
	await teacher.waitForSelector('body[data-hydrated="true"]');
	// This test's message, not whichever of Amira's messages happens to be last.
	await teacher
		.getByTestId('chat-message')
		.filter({ hasText: text })
		.getByRole('button', { name: /Take down the message from Amira/ })
		.click();
	await teacher.getByLabel('Why are you taking it down?').fill('It names a child from another school.');
	await teacher.getByRole('button', { name: 'Take it down' }).click();
	await expect(classmate.getByTestId('chat-message').filter({ hasText: text })).toHaveCount(0);

	// And the work from the class's work page: the parent's home drops it without a reload.
	// Straight to the class page (going back in history depends on how the take-down answered).
	await teacher.goto(classPage);
	await teacher.waitForSelector('body[data-hydrated="true"]');
	await teacher.getByRole('link', { name: "Pupils' shared work" }).click();
	await expect(teacher.getByTestId('class-work').filter({ hasText: title })).toBeVisible();
	const piece = teacher.getByTestId('class-work').filter({ hasText: title });
	await piece.getByRole('button', { name: 'Take down…' }).click();
	await piece.getByLabel('Why are you taking it down?').fill('Shared before the consent form came back.');
	await piece.getByRole('button', { name: 'Take it down' }).click();
	await expect(parent.getByTestId('family-work-piece').filter({ hasText: title })).toHaveCount(0);

	await writer.goto('/pupil');
	await expect(writer.getByTestId('pupil-notes')).toContainText('taken down');
});

test('an urgent alert shows its message while it waits and after it is rejected', async ({ browser }) => {
	// Self-harm is held for the teacher and urgent for the DSL (a pupil's secrecy alone is a high alert).
	const text = `i want to hurt myself ${Date.now()}`;
	const writer = await chat(browser, 'pupil.ash.6');
	const teacher = await queue(browser, 'teacher.ash');
	await send(writer, text);
	const dsl = await as(browser, 'dsl', '/staff/alerts');

	const alert = dsl
		.getByTestId('alert')
		.filter({ hasText: /Alfie's message in Year 3 Ash.*hurt themselves/ })
		.first();
	await expect(alert).toContainText('Urgent');
	await alert.getByRole('link', { name: 'See what caused it' }).click();
	await expect(dsl.getByTestId('evidence')).toContainText(text);
	await expect(dsl.getByTestId('source-state')).toContainText('waiting');

	const item = teacher.getByTestId('queue-item').filter({ hasText: text });
	await item.getByRole('button', { name: 'Reject…' }).click();
	await teacher.getByLabel('Reason (shown to the pupil)').selectOption('might-upset');
	await teacher.getByRole('button', { name: 'Send back to pupil' }).click();
	await expect(item).toHaveCount(0);

	await dsl.reload();
	await expect(dsl.getByTestId('source-state')).toContainText('rejected');
	await expect(dsl.getByTestId('evidence')).toContainText(text);
});

test('“I’m worried” reaches the safeguarding lead’s alerts live, with kind words and help outside school', async ({ browser }) => {
	const dsl = await as(browser, 'dsl', '/staff');
	await expect(dsl.getByText('New alerts appear here as they happen.')).toBeVisible();
	const jacob = dsl.getByTestId('home-alert').filter({ hasText: 'Jacob pressed “I’m worried”' });
	const lookLinks = () => jacob.getByRole('link', { name: 'Look' }).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
	const before = await lookLinks();
	const pupil = await as(browser, 'pupil.oak.4', '/pupil/lessons');
	await pupil.getByRole('link', { name: 'I’m worried' }).click();
	await expect(pupil.getByRole('heading', { name: 'I’m worried' })).toBeVisible();
	await expect(pupil.getByRole('link', { name: 'childline.org.uk' })).toBeVisible();
	await expect(pupil.getByRole('link', { name: 'CEOP’s Thinkuknow' })).toBeVisible();
	await pupil.waitForSelector('body[data-hydrated="true"]');
	await pupil.getByLabel(/What is worrying you/).fill('Someone online keeps messaging me');
	await pupil.getByRole('button', { name: 'Tell a grown-up at school' }).click();
	await expect(pupil.getByRole('status').filter({ hasText: 'Thank you for telling us' })).toBeVisible();

	// No reload: the DSL's home shows it as it happens, without the child's words. Another
	// test may have left one of Jacob's alerts open, so look for one that was not there before.
	const fresh = async () => (await lookLinks()).filter((href) => !before.includes(href));
	await expect.poll(fresh, { timeout: 15_000 }).toHaveLength(1);
	const alert = jacob.filter({ has: dsl.locator(`a[href="${(await fresh())[0]}"]`) });
	await expect(alert).toBeVisible();
	await expect(alert).not.toContainText('Someone online');
});

test('a secret asked for in mail from an approved contact alerts the safeguarding lead', async ({ browser }) => {
	const inbound = Number(process.env.E2E_SMTP_INBOUND_PORT ?? 2527);
	// A plain subject: the subject is screened with the body, and "Our little secret" as well
	// as "don't tell your mum" reads as grooming, a different (also urgent) alert. That is
	// why this test once failed on every run while its integration twin passed.
	const subject = `A question from the author ${Date.now()}`;
	const client = nodemailer.createTransport({ host: '127.0.0.1', port: inbound, secure: false, ignoreTLS: true });
	await client.sendMail({
		from: 'Hannah Reed <hannah.reed@author-visits.example>',
		to: '5oak@mail.demo-school.example',
		subject,
		text: "Don't tell your mum, it is our secret."
	});
	client.close();

	// The alert is stored before the inbound server answers 250, so the page has it when read.
	const dsl = await as(browser, 'dsl', '/staff/alerts');
	const alert = dsl.getByTestId('alert').filter({ hasText: 'An email from an outside contact to Year 5 Oak asks to keep something from grown-ups' }).first();
	await expect(alert).toBeVisible({ timeout: 15_000 });
	await expect(alert).toContainText('Urgent');
	await alert.getByRole('link', { name: 'See what caused it' }).click();
	await expect(dsl.getByTestId('evidence')).toContainText(subject);
	await expect(dsl.getByTestId('evidence')).toContainText('outside sender');
	await expect(dsl.getByTestId('source-state')).toContainText('waiting');
});
