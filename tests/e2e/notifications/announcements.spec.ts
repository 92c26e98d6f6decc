// A class note reaches the class's families; it counts as read when a parent has it on screen,
// not when a link to it is merely preloaded.
import { expect, test } from '@playwright/test';
import { signIn } from '../support/login';

test('a teacher’s note to the class’s families is counted read once a parent has opened it', async ({ browser }) => {
	test.setTimeout(60_000);
	const title = `Trip to the museum ${Date.now()}`;
	const teacher = await (await browser.newContext()).newPage();
	await signIn(teacher, 'teacher.oak');
	await teacher.goto('/staff');
	await teacher.waitForSelector('body[data-hydrated="true"]');
	await teacher
		.getByRole('link', { name: /Year 5 Oak/ })
		.first()
		.click();
	await expect(teacher).toHaveURL(/\/staff\/classes\/[^/]+$/);
	const notesPage = `${teacher.url()}/announcements`;
	await teacher.goto(notesPage);
	await teacher.waitForSelector('body[data-hydrated="true"]');
	await teacher.getByLabel('Title').fill(title);
	await teacher.getByRole('textbox', { name: 'Note' }).fill('Please bring a packed lunch and a coat on Friday.');
	await teacher.getByRole('button', { name: 'Send to families' }).click();
	const sent = teacher.getByRole('listitem').filter({ hasText: title });
	await expect(sent).toContainText('read by 0 of');

	const parent = await (await browser.newContext()).newPage();
	await signIn(parent, 'parent.oak.1');
	// Hovering a link preloads the page's data (a GET of __data.json): that alone must not count.
	const status = await parent.evaluate(async () => (await fetch('/parent/announcements/__data.json?x-sveltekit-invalidated=01')).status);
	expect(status).toBe(200);
	await teacher.reload();
	await expect(teacher.getByRole('listitem').filter({ hasText: title })).toContainText('read by 0 of');

	await parent.goto('/parent/announcements');
	await parent.waitForSelector('body[data-hydrated="true"]');
	await expect(parent.getByRole('heading', { name: new RegExp(title) })).toContainText('new');
	await expect
		.poll(
			async () => {
				await teacher.reload();
				return teacher.getByRole('listitem').filter({ hasText: title }).textContent();
			},
			{ timeout: 15_000 }
		)
		.toContain('read by 1 of');
});
