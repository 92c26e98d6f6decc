// The agreements gate end to end in Chromium: a new pupil's family joins with a code from
// the school's letter, signs and consents; only when the pupil has signed too does their
// home say they can use class chat (the `chat.send` permission every chat entry point
// checks). Publishing a new version that needs re-signing closes it again. The new pupil
// is in a new Year 1 class, so re-signing the younger pupils' agreement touches nobody else
// in the shared demo school.
import { expect, test, type Page } from '@playwright/test';
import { signIn, signOut } from '../support/login';

const CLASS = { name: 'Year 1 Hazel', mailbox: '1hazel' };
const PUPIL = { first: 'Zoe', surname: 'Gatehouse', username: 'pupil.hazel.gate', password: 'rocket55' };
const PARENT = { first: 'Kim', surname: 'Gatehouse', username: 'parent.gatehouse', password: 'marmalade kettle orbit' };
// Anchored: "Before you can use class chat…" must not match.
const CHAT_OPEN = /^You can use class chat\./;

async function hydrated(page: Page) {
	await page.waitForSelector('body[data-hydrated="true"]');
}

async function signInAsPupil(page: Page) {
	await signIn(page, PUPIL.username, PUPIL.password);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Hello, ${PUPIL.first}!`);
}

test('a family joins with a code, everyone signs, and only then is chat open; a re-sign version closes it', async ({ page }) => {
	// Five sign-ins, two of them the head's with a two-step code page each.
	test.setTimeout(90_000);
	// The admin adds a Year 1 class and a pupil, and prints an invitation letter for the family.
	await signIn(page, 'admin');
	await page.goto('/staff/admin');
	await hydrated(page);
	await page.locator('#class-name').fill(CLASS.name);
	await page.locator('#class-year').selectOption({ label: 'Year 1' });
	await page.locator('#class-mailbox').fill(CLASS.mailbox);
	await page.getByRole('button', { name: 'Add class' }).click();
	await expect(page.getByRole('status')).toHaveText('Saved.');
	await page.locator('#pupil-first').fill(PUPIL.first);
	await page.locator('#pupil-surname').fill(PUPIL.surname);
	await page.locator('#pupil-username').fill(PUPIL.username);
	await page.locator('#pupil-class').selectOption({ label: CLASS.name });
	await page.locator('#pupil-password').fill(PUPIL.password);
	await page.getByRole('button', { name: 'Add pupil' }).click();
	// "Saved." is still showing from the class, so wait for the pupil itself: following a link
	// while the form's answer is on its way lets that answer cancel the navigation.
	await expect(page.getByRole('listitem').filter({ hasText: `${CLASS.name} (1 pupils` })).toBeVisible();
	await expect(page.getByRole('status')).toHaveText('Saved.');
	await page.getByRole('link', { name: 'Agreements' }).click();
	await expect(page).toHaveURL(/\/staff\/agreements$/);
	await page.getByRole('link', { name: new RegExp(CLASS.name) }).click();
	await expect(page).toHaveURL(/\/staff\/agreements\/classes\//);
	await hydrated(page);
	await page.getByRole('button', { name: `New code for ${PUPIL.first} ${PUPIL.surname}` }).click();
	const letter = page.getByRole('article').filter({ hasText: `parent or carer of ${PUPIL.first} ${PUPIL.surname}` });
	await expect(letter).toBeVisible();
	const code = (await letter.locator('.code').textContent())!.trim();
	expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
	await signOut(page);

	// The pupil sees plainly what is missing.
	await signInAsPupil(page);
	await expect(page.getByText(CHAT_OPEN)).toHaveCount(0);
	await expect(page.getByText('A grown-up at home needs to sign the family agreement first.')).toBeVisible();
	await expect(page.getByText('Let’s read our class rules together and tick them first.')).toBeVisible();
	await signOut(page);

	// A wrong code is refused clearly; the right one makes the account.
	await page.goto('/join');
	await hydrated(page);
	await page.getByLabel('Code from the letter').fill('ABCD-EFGH-JKMN');
	await page.getByLabel('Your first name').fill(PARENT.first);
	await page.getByLabel('Your surname').fill(PARENT.surname);
	await page.getByLabel('Choose a username').fill(PARENT.username);
	await page.getByLabel('Choose a password').fill(PARENT.password);
	await page.getByLabel('Type the password again').fill(PARENT.password);
	await page.getByRole('button', { name: 'Create my account' }).click();
	await expect(page.locator('#code-error')).toHaveText(/could not find that code/);
	await page.getByLabel('Code from the letter').fill(code.toLowerCase());
	await page.getByLabel('Choose a password').fill(PARENT.password);
	await page.getByLabel('Type the password again').fill(PARENT.password);
	await page.getByRole('button', { name: 'Create my account' }).click();
	await expect(page).toHaveURL(/\/parent\/agreements$/);
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 2, name: PUPIL.first })).toBeVisible();
	await page.getByRole('button', { name: `Sign the family agreement for ${PUPIL.first}` }).click();
	await expect(page.getByText('Thank you. The family agreement is signed.')).toBeVisible();
	for (const title of ['Messaging and the internet', 'Sharing work with your family', 'Photographs']) {
		await page.getByRole('button', { name: `Yes: ${title} for ${PUPIL.first}` }).click();
		await expect(page.getByRole('button', { name: `Withdraw: ${title} for ${PUPIL.first}` })).toBeVisible();
	}
	await signOut(page);

	// The family has signed, but the pupil has not: still closed.
	await signInAsPupil(page);
	await expect(page.getByText(CHAT_OPEN)).toHaveCount(0);
	await expect(page.getByText('A grown-up at home needs', { exact: false })).toHaveCount(0);
	await page.getByRole('link', { name: 'Read our class agreement' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Our class agreement');
	// A younger pupil ticks every rule with a grown-up, whose name is recorded.
	const rules = page.getByRole('checkbox');
	await expect(rules.first()).toBeVisible();
	expect(await rules.count()).toBeGreaterThan(3);
	for (const rule of await rules.all()) await rule.check();
	await page.getByLabel('Name of the grown-up helping you').fill('Mrs Hughes');
	await page.getByRole('button', { name: 'I agree' }).click();
	await expect(page.getByText('Well done! You have signed our agreement.')).toBeVisible();
	await page.getByRole('link', { name: 'Go back home' }).click();
	await expect(page.getByText(CHAT_OPEN)).toBeVisible();
	await signOut(page);

	// The admin publishes a version that needs re-signing: the gate closes again.
	await signIn(page, 'admin');
	await page.goto('/staff/agreements/documents/pupil-younger');
	await hydrated(page);
	const closing = page.getByLabel('Closing');
	await closing.fill(`${await closing.inputValue()} We look after each other online.`);
	await page.getByLabel(/Yes: earlier signatures stop counting/).check();
	await page.getByRole('button', { name: 'Publish new version' }).click();
	await expect(page.getByRole('status').filter({ hasText: /Version 2 is published/ })).toBeVisible();
	await signOut(page);
	await signInAsPupil(page);
	await expect(page.getByText(CHAT_OPEN)).toHaveCount(0);
	await expect(page.getByText('Our class rules have changed a little.', { exact: false })).toBeVisible();
});

test("the demo shows pupil.oak.6's gate closed until a grown-up at home signs", async ({ page }) => {
	await signIn(page, 'pupil.oak.6');
	await expect(page.getByText(CHAT_OPEN)).toHaveCount(0);
	await expect(page.getByText('A grown-up at home needs to sign the family agreement first.')).toBeVisible();
	await signOut(page);
	await signIn(page, 'pupil.oak.1');
	await expect(page.getByText(CHAT_OPEN)).toBeVisible();
});

test('a new member of staff must sign before seeing anything about pupils', async ({ page }) => {
	await signIn(page, 'admin');
	await page.goto('/staff/admin');
	await hydrated(page);
	await page.locator('#staff-first').fill('Robin');
	await page.locator('#staff-surname').fill('Newstaff');
	await page.locator('#staff-username').fill('teacher.newstaff');
	await page.locator('#staff-role').selectOption('teacher');
	await page.locator('#staff-password').fill('lantern otter violet harbour');
	await page.getByRole('button', { name: 'Add staff member' }).click();
	await expect(page.getByRole('status')).toHaveText('Saved.');
	await signOut(page);
	await signIn(page, 'teacher.newstaff', 'lantern otter violet harbour');
	await expect(page).toHaveURL(/\/staff\/agreement$/);
	await page.goto('/staff');
	await expect(page).toHaveURL(/\/staff\/agreement$/);
	await hydrated(page);
	await page.getByRole('button', { name: 'I agree and sign' }).click();
	await expect(page.getByText('You have signed the staff agreement.', { exact: false })).toBeVisible();
	await page.getByRole('link', { name: 'Go to staff home' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Good to see you, Robin');
});

test('a parent of a closed-gate pupil gets the teacher’s reminder at home', async ({ page }) => {
	await signIn(page, 'teacher.oak');
	await page.getByRole('link', { name: 'Agreements' }).click();
	await expect(page).toHaveURL(/\/staff\/agreements$/);
	await page.getByRole('link', { name: /Year 5 Oak/ }).click();
	await expect(page).toHaveURL(/\/staff\/agreements\/classes\//);
	await hydrated(page);
	await expect(page.getByRole('row', { name: /Noah Taylor/ })).toContainText('Not signed');
	await page.getByRole('button', { name: 'Remind the family of Noah Taylor' }).click();
	await expect(page.getByRole('status')).toContainText('Sent 1 reminder');
	await signOut(page);
	await signIn(page, 'parent.oak.6');
	await expect(page.getByRole('link', { name: /Notices from school \(1 new\)/ })).toBeVisible();
	await page.getByRole('link', { name: /Notices from school/ }).click();
	await expect(page.getByText('Please sign the family agreement for Noah')).toBeVisible();
});
