// An allegation about the headteacher in Chromium: a teacher ticks "This is about the
// headteacher"; the DSL turns it into an incident and puts it under review; the head can
// neither list it nor open it by its address; the demo governor, who chairs the governors,
// finds it on their home page and signs it off.
import { expect, test } from '../support/fixtures';
import { ConcernForm, Incidents } from '../support/incidents';
import { hydrated, openPage } from '../support/pages';

test('an allegation about the head reaches the DSL and the chair of governors, who signs it off; the head never sees it', async ({
	teacherPage,
	dslPage,
	headPage,
	signedIn
}) => {
	// Four people sign in, two with a two-step code: a busy two-core machine needs the time.
	test.setTimeout(120_000);
	const words = `The headteacher gave Poppy a personal phone number and asked her not to tell (${Date.now()}).`;
	const concern = await ConcernForm.open(teacherPage);
	await concern.choosePupils('Poppy Walker');
	await teacherPage.getByLabel('What happened').fill(words);
	await teacherPage.getByRole('checkbox', { name: 'This is about the headteacher' }).check();
	await concern.send();

	const dsl = await openPage(dslPage, '/staff/concerns');
	await dsl.getByTestId('concern').filter({ hasText: 'about the headteacher' }).first().getByRole('link').first().click();
	await expect(dsl.getByTestId('about-head')).toBeVisible();
	await expect(dsl.getByTestId('concern')).toContainText(words);
	const incidents = new Incidents(dsl);
	await incidents.open('concern');
	await dsl.getByRole('group', { name: 'Staff involved' }).getByRole('checkbox', { name: 'Helen Clarke' }).check();
	const number = await incidents.save('staff-B');
	await expect(dsl.getByTestId('about-head')).toBeVisible();
	const path = new URL(dsl.url()).pathname;
	await incidents.recordAction('Chair of governors and the LADO told the same day');
	await dsl.getByRole('button', { name: 'Move under review' }).click();
	await expect(dsl.getByTestId('incident-status')).toContainText(/review/i);
	await expect(dsl.getByRole('button', { name: /Sign off/ })).toHaveCount(0);

	// The head: not in the log, and the address answers "not found".
	const head = await openPage(headPage, '/staff/incidents');
	await expect(head.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(head.getByText(number)).toHaveCount(0);
	const opened = await head.goto(path);
	expect(opened?.status()).toBe(404);
	await head.goto('/staff/concerns');
	await expect(head.getByText(words)).toHaveCount(0);

	// The chair of governors: told on their home page, reads it, signs it off.
	const chair = await signedIn('governor', '/governor');
	await expect(chair.getByTestId('chair-card')).toContainText('waiting for you');
	await chair.getByRole('link', { name: 'Concerns about the headteacher' }).click();
	await chair.getByRole('link', { name: `Incident ${number}` }).click();
	await hydrated(chair);
	await expect(chair.getByText(words).first()).toBeVisible();
	await chair.getByRole('button', { name: 'Sign off as chair of governors' }).click();
	await expect(chair.getByRole('status')).toContainText('Signed off as chair of governors');
	await expect(chair.getByTestId('incident-status')).toContainText(/signed off/i);
});
