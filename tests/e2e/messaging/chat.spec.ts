// The whole chat path in Chromium with several people at once: a pupil sends, the teacher's
// queue shows it live, the teacher approves, a classmate sees it live; a phone number never
// leaves its writer; a rejection returns with its reason; a report reaches the DSL.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn } from '../support/login';

async function as(browser: Browser, username: string, path: string): Promise<Page> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await signIn(page, username);
	await page.goto(path);
	await page.waitForSelector('body[data-hydrated="true"]');
	return page;
}

async function openQueue(browser: Browser, username = 'teacher.oak'): Promise<Page> {
	const page = await as(browser, username, '/staff/moderation');
	await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toHaveCount(1);
	return page;
}

async function openClassChat(browser: Browser, username: string): Promise<Page> {
	const page = await as(browser, username, '/pupil/chat');
	await expect(page.getByRole('heading', { level: 1, name: 'Class chat' })).toBeVisible();
	// Wait for the live connection before acting, as a child would see new messages arrive.
	await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toHaveCount(1);
	return page;
}

async function send(page: Page, text: string) {
	await page.getByLabel('Write a message').fill(text);
	await page.getByRole('button', { name: 'Send' }).click();
}

test('a message goes from pupil to teacher to classmate, live', async ({ browser }) => {
	const writer = await openClassChat(browser, 'pupil.oak.1');
	const reader = await openClassChat(browser, 'pupil.oak.2');
	const teacher = await openQueue(browser);
	const text = `We saw a heron by the pond ${Date.now()}`;

	await send(writer, text);
	await expect(writer.getByTestId('own-message').filter({ hasText: text })).toContainText('Waiting for your teacher');
	await expect(reader.getByText(text)).toHaveCount(0);

	const item = teacher.getByTestId('queue-item').filter({ hasText: text });
	await expect(item).toBeVisible();
	await expect(item).toContainText('Amira Khan');
	await item.getByRole('button', { name: 'Approve' }).click();
	await expect(item).toHaveCount(0);

	await expect(reader.getByTestId('chat-message').filter({ hasText: text })).toContainText('Amira');
	await expect(writer.getByTestId('chat-message').filter({ hasText: text })).toContainText('You');
});

test('a phone number is blocked with a kind reason and never leaves the sender', async ({ browser }) => {
	const writer = await openClassChat(browser, 'pupil.oak.3');
	const teacher = await openQueue(browser);
	const text = 'my number is 07700 900 123 ring me';
	await writer.getByLabel('Write a message').fill(text);
	await expect(writer.getByText('Check before you send')).toBeVisible();
	await writer.getByRole('button', { name: 'Send' }).click();
	await expect(writer.getByRole('alert').filter({ hasText: /phone number/i })).toBeVisible();
	await expect(writer.getByLabel('Write a message')).toHaveValue(text);
	await expect(writer.getByTestId('own-message')).toHaveCount(0);
	await teacher.reload();
	await expect(teacher.getByText('07700')).toHaveCount(0);
});

test('a rejected message comes back with the reason and the text to edit', async ({ browser }) => {
	const writer = await openClassChat(browser, 'pupil.oak.4');
	const teacher = await openQueue(browser);
	const text = `you are so stupid ${Date.now()}`;
	await send(writer, text);
	const item = teacher.getByTestId('queue-item').filter({ hasText: text });
	await expect(item).toContainText('Held by the screen');
	await expect(item.locator('mark')).toBeVisible();
	// Keyboard only: focus the item, r opens the reasons, choose one, send it back.
	await item.focus();
	await teacher.keyboard.press('r');
	await teacher.getByLabel('Reason (shown to the pupil)').selectOption('might-upset');
	await teacher.getByRole('button', { name: 'Send back to pupil' }).click();
	await expect(item).toHaveCount(0);

	const returned = writer.getByTestId('own-message').filter({ hasText: text });
	await expect(returned).toContainText('kinder way');
	await returned.getByRole('button', { name: 'Change it and try again' }).click();
	await expect(writer.getByLabel('Write a message')).toHaveValue(text);
});

test('a report reaches the safeguarding lead at once and hides the message', async ({ browser }) => {
	const writer = await openClassChat(browser, 'pupil.oak.5');
	const teacher = await openQueue(browser);
	const text = `Something to report ${Date.now()}`;
	await send(writer, text);
	await teacher.getByTestId('queue-item').filter({ hasText: text }).getByRole('button', { name: 'Approve' }).click();

	const dsl = await as(browser, 'dsl', '/staff/alerts');
	const reader = await openClassChat(browser, 'pupil.oak.2');
	const message = reader.getByTestId('chat-message').filter({ hasText: text });
	// "Tell my teacher" sits in each message's small menu.
	await message.locator('summary').click();
	await message.getByRole('button', { name: /Tell my teacher/ }).click();
	await reader.getByLabel(/Anything you want to say/).fill('This worried me');
	await reader.getByRole('button', { name: 'Yes, tell my teacher' }).click();
	await expect(reader.getByRole('status').filter({ hasText: 'Thank you for telling us' })).toBeVisible();
	await expect(message).toHaveCount(0);

	await expect(dsl.getByTestId('alert').filter({ hasText: 'Oliver reported a message in Year 5 Oak chat' }).first()).toBeVisible();
	await teacher.reload();
	await expect(teacher.getByTestId('queue-item').filter({ hasText: text })).toContainText('Reported');
});
