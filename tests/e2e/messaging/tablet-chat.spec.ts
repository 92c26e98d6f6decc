// Class chat on a class iPad (768×1024): the chat opens at the newest message with the
// message box in view; Enter sends and Shift+Enter starts a new line; messages are compact,
// with "Tell my teacher" in a small menu; and a group the teacher makes appears on a
// connected pupil's screen without a reload.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn } from '../support/login';

const TABLET = { width: 768, height: 1024 };

async function as(browser: Browser, username: string, path: string): Promise<Page> {
	const context = await browser.newContext({ viewport: TABLET, hasTouch: true });
	const page = await context.newPage();
	await signIn(page, username);
	await page.goto(path);
	await page.waitForSelector('body[data-hydrated="true"]');
	return page;
}

async function openClassChat(browser: Browser, username: string): Promise<Page> {
	const page = await as(browser, username, '/pupil/chat');
	await expect(page.getByRole('heading', { level: 1, name: 'Class chat' })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toHaveCount(1);
	return page;
}

test('chat on a tablet: newest message and message box in view, Enter sends, compact messages with a menu', async ({ browser }) => {
	const teacher = await as(browser, 'teacher.oak', '/staff');
	await teacher
		.getByRole('link', { name: /Year 5 Oak/ })
		.first()
		.click();
	await teacher.getByRole('link', { name: 'Class chat' }).click();
	await teacher.waitForSelector('body[data-hydrated="true"]');
	// Enough messages to fill the screen several times over.
	const stamp = Date.now();
	for (let i = 1; i <= 25; i++) {
		await teacher.getByLabel('Write to the room').fill(`Tablet check ${stamp} number ${i}`);
		await teacher.getByLabel('Write to the room').press('Enter');
		await expect(teacher.getByTestId('chat-message').filter({ hasText: `Tablet check ${stamp} number ${i}` })).toHaveCount(1, { timeout: 15_000 });
	}

	const pupil = await openClassChat(browser, 'pupil.oak.2');
	const newest = pupil.getByTestId('chat-message').filter({ hasText: `Tablet check ${stamp} number 25` });
	await expect(newest).toBeInViewport();
	await expect(pupil.getByLabel('Write a message')).toBeInViewport();
	await expect(pupil.getByRole('button', { name: 'Send' })).toBeInViewport();
	// Compact: a one-line message is well under the 150 px each took before.
	const box = await newest.boundingBox();
	expect(box!.height).toBeLessThan(90);
	// The report action is in a small menu, not a button on every message.
	await expect(newest.getByRole('button', { name: /Tell my teacher/ })).toBeHidden();
	await newest.locator('summary').click();
	await expect(newest.getByRole('button', { name: /Tell my teacher/ })).toBeVisible();
	await newest.locator('summary').click();

	// Shift+Enter adds a line; Enter sends (and the box empties).
	const box2 = pupil.getByLabel('Write a message');
	await box2.fill('First line');
	await box2.press('Shift+Enter');
	await box2.pressSequentially('second line');
	await expect(box2).toHaveValue('First line\nsecond line');
	await box2.press('Enter');
	await expect(pupil.getByTestId('own-message').filter({ hasText: 'second line' })).toContainText('Waiting for your teacher');
	await expect(box2).toHaveValue('');

	// A live message from the teacher arrives and the pupil stays at the newest message.
	await teacher.getByLabel('Write to the room').fill(`Tablet live ${stamp}`);
	await teacher.getByLabel('Write to the room').press('Enter');
	await expect(pupil.getByTestId('chat-message').filter({ hasText: `Tablet live ${stamp}` })).toBeInViewport();
});

test('a group the teacher makes appears on a connected pupil’s screen without a reload', async ({ browser }) => {
	const pupil = await openClassChat(browser, 'pupil.oak.3');
	await expect(pupil.getByRole('navigation', { name: 'My chats' })).toHaveCount(0);
	const teacher = await as(browser, 'teacher.oak', '/staff');
	await teacher
		.getByRole('link', { name: /Year 5 Oak/ })
		.first()
		.click();
	await teacher.waitForSelector('body[data-hydrated="true"]');
	await teacher.getByText('Make a group chat inside this class').click();
	const name = `Pond group ${Date.now() % 100000}`;
	await teacher.getByLabel('Group name').fill(name);
	// pupil.oak.3 is Grace O'Neill.
	await teacher.getByRole('checkbox', { name: "Grace O'Neill" }).check();
	await teacher.getByRole('button', { name: 'Make group' }).click();
	await expect(teacher.getByRole('status').filter({ hasText: `Group "${name}" made.` })).toBeVisible();

	const chats = pupil.getByRole('navigation', { name: 'My chats' });
	await expect(chats.getByRole('link', { name })).toBeVisible();
});
