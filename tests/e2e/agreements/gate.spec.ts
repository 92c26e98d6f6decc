// The agreements gate end to end in Chromium: a new pupil's family joins with a code from
// the school's letter, signs and consents; only when the pupil has signed too does their
// home say they can use class chat (the `chat.send` permission every chat entry point
// checks). Publishing a new version that needs re-signing closes it again. The new pupil
// is in a new Year 1 class, so re-signing the younger pupils' agreement touches nobody else
// in the shared demo school. Every name it makes carries this try's stamp, and it reads the
// version it replaces, so a retry (or a second run on the same data) starts afresh.
import type { Page } from '@playwright/test';
import { Agreements } from '../support/agreements';
import { expect, test, type SignedIn } from '../support/fixtures';
import { signOut } from '../support/login';
import { hydrated, openPage } from '../support/pages';

/** A new class, pupil and parent named for this try: a retry meets nothing an earlier try made. */
function namesForThisTry() {
	const stamp = Date.now() % 1_000_000;
	return {
		hazel: { name: `Year 1 Hazel ${stamp}`, mailbox: `1hazel${stamp}` },
		zoe: { first: 'Zoe', surname: 'Gatehouse', username: `pupil.hazel.gate${stamp}`, password: 'rocket55' },
		kim: { first: 'Kim', surname: 'Gatehouse', username: `parent.gatehouse${stamp}`, password: 'marmalade kettle orbit' }
	};
}
type Pupil = ReturnType<typeof namesForThisTry>['zoe'];
// Anchored: "Before you can use class chat…" must not match.
const CHAT_OPEN = /^You can use class chat\./;

async function signInAsPupil(signedIn: SignedIn, zoe: Pupil): Promise<Page> {
	const page = await signedIn(zoe.username, undefined, zoe.password);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Hello, ${zoe.first}!`);
	return page;
}

test('a family joins with a code, everyone signs, and only then is chat open; a re-sign version closes it', async ({ headPage, page, signedIn }) => {
	// Five sign-ins, two of them the head's with a two-step code page each.
	test.setTimeout(90_000);
	const { hazel, zoe, kim } = namesForThisTry();
	// The admin adds a Year 1 class and a pupil, and prints an invitation letter for the family.
	const admin = await openPage(headPage, '/staff/admin');
	await admin.locator('#class-name').fill(hazel.name);
	await admin.locator('#class-year').selectOption({ label: 'Year 1' });
	await admin.locator('#class-mailbox').fill(hazel.mailbox);
	await admin.getByRole('button', { name: 'Add class' }).click();
	await expect(admin.getByRole('status')).toHaveText('Saved.');
	await admin.locator('#pupil-first').fill(zoe.first);
	await admin.locator('#pupil-surname').fill(zoe.surname);
	await admin.locator('#pupil-username').fill(zoe.username);
	await admin.locator('#pupil-class').selectOption({ label: hazel.name });
	await admin.locator('#pupil-password').fill(zoe.password);
	await admin.getByRole('button', { name: 'Add pupil' }).click();
	// "Saved." is still showing from the class, so wait for the pupil itself: following a link
	// while the form's answer is on its way lets that answer cancel the navigation.
	await expect(admin.getByRole('listitem').filter({ hasText: `${hazel.name} (1 pupils` })).toBeVisible();
	await expect(admin.getByRole('status')).toHaveText('Saved.');
	const classAgreements = new Agreements(admin);
	await classAgreements.openClass(hazel.name);
	const code = await classAgreements.newCode(`${zoe.first} ${zoe.surname}`);
	await signOut(admin);

	// The pupil sees plainly what is missing.
	let pupil = await signInAsPupil(signedIn, zoe);
	await expect(pupil.getByText(CHAT_OPEN)).toHaveCount(0);
	await expect(pupil.getByText('A grown-up at home needs to sign the family agreement first.')).toBeVisible();
	await expect(pupil.getByText('Let’s read our class rules together and tick them first.')).toBeVisible();
	await signOut(pupil);

	// A wrong code is refused clearly; the right one makes the account (a visitor, not signed in).
	await openPage(page, '/join');
	await page.getByLabel('Code from the letter').fill('ABCD-EFGH-JKMN');
	await page.getByLabel('Your first name').fill(kim.first);
	await page.getByLabel('Your surname').fill(kim.surname);
	await page.getByLabel('Choose a username').fill(kim.username);
	await page.getByLabel('Choose a password').fill(kim.password);
	await page.getByLabel('Type the password again').fill(kim.password);
	await page.getByRole('button', { name: 'Create my account' }).click();
	await expect(page.locator('#code-error')).toHaveText(/could not find that code/);
	await page.getByLabel('Code from the letter').fill(code.toLowerCase());
	await page.getByLabel('Choose a password').fill(kim.password);
	await page.getByLabel('Type the password again').fill(kim.password);
	await page.getByRole('button', { name: 'Create my account' }).click();
	await expect(page).toHaveURL(/\/parent\/agreements$/);
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 2, name: zoe.first })).toBeVisible();
	const family = new Agreements(page);
	await family.signForFamily(zoe.first);
	for (const title of ['Messaging and the internet', 'Sharing work with your family', 'Photographs']) await family.consent(zoe.first, title);
	await signOut(page);

	// The family has signed, but the pupil has not: still closed.
	pupil = await signInAsPupil(signedIn, zoe);
	await expect(pupil.getByText(CHAT_OPEN)).toHaveCount(0);
	await expect(pupil.getByText('A grown-up at home needs', { exact: false })).toHaveCount(0);
	// A younger pupil ticks every rule with a grown-up, whose name is recorded.
	await new Agreements(pupil).sign({ helper: 'Mrs Hughes' });
	await expect(pupil.getByText(CHAT_OPEN)).toBeVisible();
	await signOut(pupil);

	// The admin publishes a version that needs re-signing: the gate closes again.
	const head = await signedIn('admin', '/staff/agreements/documents/pupil-younger');
	// The newest version is listed first; an earlier try or run may have published some.
	const newest = Number(/^Version (\d+),/.exec((await head.locator('details summary').first().textContent())!.trim())![1]);
	const closing = head.getByLabel('Closing');
	await closing.fill(`${await closing.inputValue()} We look after each other online.`);
	await head.getByLabel(/Yes: earlier signatures stop counting/).check();
	await head.getByRole('button', { name: 'Publish new version' }).click();
	await expect(head.getByRole('status').filter({ hasText: `Version ${newest + 1} is published.` })).toBeVisible();
	await signOut(head);
	pupil = await signInAsPupil(signedIn, zoe);
	await expect(pupil.getByText(CHAT_OPEN)).toHaveCount(0);
	await expect(pupil.getByText('Our class rules have changed a little.', { exact: false })).toBeVisible();
});

// pupilPage is Amira (pupil.oak.1), whose family has signed.
test("the demo shows pupil.oak.6's gate closed until a grown-up at home signs", async ({ pupilPage, signedIn }) => {
	const closed = await signedIn('pupil.oak.6');
	await expect(closed.getByText(CHAT_OPEN)).toHaveCount(0);
	await expect(closed.getByText('A grown-up at home needs to sign the family agreement first.')).toBeVisible();
	await signOut(closed);
	await expect(pupilPage.getByText(CHAT_OPEN)).toBeVisible();
});

test('a new member of staff must sign before seeing anything about pupils', async ({ headPage, signedIn }) => {
	// Their own username, so a retry does not meet the one an earlier try made.
	const username = `teacher.new${Date.now() % 1_000_000}`;
	const admin = await openPage(headPage, '/staff/admin');
	await admin.locator('#staff-first').fill('Robin');
	await admin.locator('#staff-surname').fill('Newstaff');
	await admin.locator('#staff-username').fill(username);
	await admin.locator('#staff-role').selectOption('teacher');
	await admin.locator('#staff-password').fill('lantern otter violet harbour');
	await admin.getByRole('button', { name: 'Add staff member' }).click();
	await expect(admin.getByRole('status')).toHaveText('Saved.');
	await signOut(admin);
	const page = await signedIn(username, undefined, 'lantern otter violet harbour');
	await expect(page).toHaveURL(/\/staff\/agreement$/);
	await page.goto('/staff');
	await expect(page).toHaveURL(/\/staff\/agreement$/);
	await new Agreements(page).signAsStaff();
	await page.getByRole('link', { name: 'Go to staff home' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Good to see you, Robin');
});

test('a parent of a closed-gate pupil gets the teacher’s reminder at home', async ({ teacherPage, signedIn }) => {
	const agreements = new Agreements(teacherPage);
	await agreements.openClass('Year 5 Oak');
	await expect(teacherPage.getByRole('row', { name: /Noah Taylor/ })).toContainText('Not signed');
	await agreements.remind('Noah Taylor');
	await expect(teacherPage.getByRole('status')).toContainText('Sent 1 reminder');
	await signOut(teacherPage);
	const parent = await signedIn('parent.oak.6');
	await expect(parent.getByRole('link', { name: /Notices from school \(1 new\)/ })).toBeVisible();
	await parent.getByRole('link', { name: /Notices from school/ }).click();
	await expect(parent.getByText('Please sign the family agreement for Noah')).toBeVisible();
});
