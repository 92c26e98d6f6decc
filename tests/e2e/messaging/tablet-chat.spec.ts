// Class chat on a class iPad (768×1024): the chat opens at the newest message with the
// message box in view; Enter sends and Shift+Enter starts a new line; messages are compact,
// with "Tell my teacher" in a small menu; and a group the teacher makes appears on a
// connected pupil's screen without a reload.
import { ClassChat, StaffRoom } from '../support/chat';
import { expect, test } from '../support/fixtures';
import { hydrated } from '../support/pages';

// Every browser here, staff and pupils alike, is a class iPad.
test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });

test('chat on a tablet: newest message and message box in view, Enter sends, compact messages with a menu', async ({ teacherPage, signedIn }) => {
	const room = await StaffRoom.openForClass(teacherPage, 'Year 5 Oak');
	// Enough messages to fill the screen several times over, each sent with Enter.
	const stamp = Date.now();
	for (let i = 1; i <= 25; i++) await room.post(`Tablet check ${stamp} number ${i}`);

	const chat = await ClassChat.open(await signedIn('pupil.oak.2'));
	const pupil = chat.page;
	const newest = chat.message(`Tablet check ${stamp} number 25`);
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
	await expect(chat.ownMessage('second line')).toContainText('Waiting for your teacher');
	await expect(box2).toHaveValue('');

	// A live message from the teacher arrives and the pupil stays at the newest message.
	await room.post(`Tablet live ${stamp}`);
	await expect(chat.message(`Tablet live ${stamp}`)).toBeInViewport();
});

test('a group the teacher makes appears on a connected pupil’s screen without a reload', async ({ teacherPage: teacher, signedIn }) => {
	const pupil = (await ClassChat.open(await signedIn('pupil.oak.3'))).page;
	// Named for this try: groups an earlier try or run made may be listed already.
	const name = `Pond group ${Date.now() % 100000}`;
	const chats = pupil.getByRole('navigation', { name: 'My chats' });
	await expect(chats.getByRole('link', { name })).toHaveCount(0);
	// The class tile, not the first link naming the class (the to-do list above it names classes too).
	await teacher.getByRole('link', { name: /^Year 5 Oak \d+ pupils$/ }).click();
	await hydrated(teacher);
	await teacher.getByText('Make a group chat inside this class').click();
	await teacher.getByLabel('Group name').fill(name);
	// pupil.oak.3 is Grace O'Neill.
	await teacher.getByRole('checkbox', { name: "Grace O'Neill" }).check();
	await teacher.getByRole('button', { name: 'Make group' }).click();
	await expect(teacher.getByRole('status').filter({ hasText: `Group "${name}" made.` })).toBeVisible();
	await expect(chats.getByRole('link', { name })).toBeVisible();
});
