// The whole chat path in Chromium with several people at once: a pupil sends, the teacher's
// queue shows it live, the teacher approves, a classmate sees it live; a phone number never
// leaves its writer; a rejection returns with its reason; a report reaches the DSL.
import { ClassChat } from '../support/chat';
import { expect, test } from '../support/fixtures';
import { Alerts } from '../support/incidents';
import { ModerationQueue } from '../support/queue';

test('a message goes from pupil to teacher to classmate, live', async ({ teacherPage, signedIn }) => {
	const writer = await ClassChat.open(await signedIn('pupil.oak.1'));
	const reader = await ClassChat.open(await signedIn('pupil.oak.2'));
	const queue = await ModerationQueue.open(teacherPage);
	const text = `We saw a heron by the pond ${Date.now()}`;

	await writer.send(text);
	await expect(writer.ownMessage(text)).toContainText('Waiting for your teacher');
	await expect(reader.page.getByText(text)).toHaveCount(0);

	const item = queue.item(text);
	await expect(item).toBeVisible();
	await expect(item).toContainText('Amira Khan');
	await queue.approve(text);

	await expect(reader.message(text)).toContainText('Amira');
	await expect(writer.message(text)).toContainText('You');
});

test('a phone number is blocked with a kind reason and never leaves the sender', async ({ teacherPage, signedIn }) => {
	const writer = await ClassChat.open(await signedIn('pupil.oak.3'));
	const queue = await ModerationQueue.open(teacherPage);
	const text = 'my number is 07700 900 123 ring me';
	await writer.box.fill(text);
	await expect(writer.page.getByText('Check before you send')).toBeVisible();
	await writer.trySend(text);
	await expect(writer.page.getByRole('alert').filter({ hasText: /phone number/i })).toBeVisible();
	await expect(writer.box).toHaveValue(text);
	await expect(writer.own).toHaveCount(0);
	await queue.reload();
	await expect(queue.page.getByText('07700')).toHaveCount(0);
});

test('a rejected message comes back with the reason and the text to edit', async ({ teacherPage, signedIn }) => {
	const writer = await ClassChat.open(await signedIn('pupil.oak.4'));
	const queue = await ModerationQueue.open(teacherPage);
	const text = `you are so stupid ${Date.now()}`;
	await writer.send(text);
	const item = queue.item(text);
	await expect(item).toContainText('Held by the screen');
	await expect(item.locator('mark')).toBeVisible();
	// Keyboard only: focus the item, r opens the reasons, choose one, send it back.
	await queue.rejectByKeyboard(text, 'might-upset');

	const returned = writer.ownMessage(text);
	await expect(returned).toContainText('kinder way');
	await returned.getByRole('button', { name: 'Change it and try again' }).click();
	await expect(writer.box).toHaveValue(text);
});

test('a report reaches the safeguarding lead at once and hides the message', async ({ teacherPage, dslPage, signedIn }) => {
	const writer = await ClassChat.open(await signedIn('pupil.oak.5'));
	const queue = await ModerationQueue.open(teacherPage);
	const text = `Something to report ${Date.now()}`;
	await writer.send(text);
	await queue.approve(text);

	const alerts = await Alerts.open(dslPage);
	const reader = await ClassChat.open(await signedIn('pupil.oak.2'));
	await reader.report(text, 'This worried me');
	await expect(reader.page.getByRole('status').filter({ hasText: 'Thank you for telling us' })).toBeVisible();

	await expect(alerts.alert('Oliver reported a message in Year 5 Oak chat').first()).toBeVisible();
	await queue.reload();
	await expect(queue.item(text)).toContainText('Reported');
});

test('words typed while a message is on its way stay in the box for the next one', async ({ signedIn }) => {
	const writer = await ClassChat.open(await signedIn('pupil.oak.2'));
	const first = `My kite flew over the trees ${Date.now()}`;
	// The send's answer is held until the child has typed on, so the test never races it.
	let release = (): void => undefined;
	const held = new Promise<void>((resolve) => (release = resolve));
	await writer.page.route(
		(url) => url.search === '?/send',
		async (route) => {
			await held;
			await route.continue();
		}
	);
	await writer.box.fill(first);
	await writer.page.getByRole('button', { name: 'Send' }).click();
	await writer.box.fill(`${first} and then it landed`);
	release();
	await expect(writer.ownMessage(first)).toContainText('Waiting for your teacher');
	await expect(writer.box).toHaveValue('and then it landed');
});
