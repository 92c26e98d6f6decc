// Leavers: the head turns a teacher's account off at /staff/accounts; the teacher's open
// page is signed out at once (its live socket is dropped) and they cannot sign in; turned
// on again, they can.
import { expect, test } from '@playwright/test';
import { signIn, DEMO_PASSWORD } from '../support/login';

test('the head turns a teacher off and on again', async ({ browser }) => {
	test.setTimeout(120_000);
	const teacher = await (await browser.newContext()).newPage();
	await signIn(teacher, 'teacher.ash');
	await teacher.goto('/staff/moderation');
	await teacher.waitForSelector('body[data-hydrated="true"]');

	const head = await (await browser.newContext()).newPage();
	await signIn(head, 'admin');
	await head.goto('/staff/accounts');
	await head.waitForSelector('body[data-hydrated="true"]');
	await head.getByRole('button', { name: 'Turn off Daniel Green’s account' }).click();
	await head.getByRole('button', { name: 'Yes, turn off' }).click();
	await expect(head.getByRole('status')).toContainText('Daniel Green’s account is now off.');

	// The teacher's open page leaves at once, and says why.
	await expect(teacher).toHaveURL(/\/login\?reason=disabled/, { timeout: 10_000 });
	await expect(teacher.getByRole('status')).toContainText('This account has been turned off');
	await teacher.waitForSelector('body[data-hydrated="true"]');
	await teacher.getByLabel('Username').fill('teacher.ash');
	await teacher.getByLabel('Password').fill(DEMO_PASSWORD);
	await teacher.getByRole('button', { name: 'Sign in' }).click();
	await expect(teacher.getByRole('alert')).toContainText('This account has been turned off');

	await head.getByRole('button', { name: 'Turn on Daniel Green’s account' }).click();
	await head.getByRole('button', { name: 'Yes, turn on' }).click();
	await expect(head.getByRole('status')).toContainText('Daniel Green’s account is now on.');
	await signIn(teacher, 'teacher.ash');
	await expect(teacher).toHaveURL(/\/staff$/);
});
