// An allegation about the headteacher in Chromium: a teacher ticks "This is about the
// headteacher"; the DSL turns it into an incident and puts it under review; the head can
// neither list it nor open it by its address; the demo governor, who chairs the governors,
// finds it on their home page and signs it off.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn } from '../support/login';

async function as(browser: Browser, username: string, path: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await signIn(page, username);
	await page.goto(path);
	await page.waitForSelector('body[data-hydrated="true"]');
	return page;
}

test('an allegation about the head reaches the DSL and the chair of governors, who signs it off; the head never sees it', async ({ browser }) => {
	// Four people sign in, two with a two-step code: a busy two-core machine needs the time.
	test.setTimeout(120_000);
	const words = `The headteacher gave Poppy a personal phone number and asked her not to tell (${Date.now()}).`;
	const teacher = await as(browser, 'teacher.oak', '/staff/concerns/new');
	await teacher.getByLabel('Find a pupil by name').fill('Poppy');
	await teacher.getByRole('checkbox', { name: 'Poppy Walker' }).check();
	await teacher.getByLabel('What happened').fill(words);
	await teacher.getByRole('checkbox', { name: 'This is about the headteacher' }).check();
	await teacher.getByRole('button', { name: 'Send to the safeguarding lead' }).click();
	await expect(teacher.getByRole('status').filter({ hasText: 'The safeguarding lead has your concern now' })).toBeVisible();

	const dsl = await as(browser, 'dsl', '/staff/concerns');
	await dsl.getByTestId('concern').filter({ hasText: 'about the headteacher' }).first().getByRole('link').first().click();
	await expect(dsl.getByTestId('about-head')).toBeVisible();
	await expect(dsl.getByTestId('concern')).toContainText(words);
	await dsl.getByRole('link', { name: 'Turn it into an incident' }).click();
	await dsl.waitForSelector('body[data-hydrated="true"]');
	await dsl.getByLabel('Category').selectOption('staff-B');
	await dsl.getByRole('group', { name: 'Staff involved' }).getByRole('checkbox', { name: 'Helen Clarke' }).check();
	await dsl.getByRole('button', { name: 'Save the incident' }).click();
	await expect(dsl.getByRole('heading', { name: /^Incident \d{4}-\d{4}$/ })).toBeVisible();
	await expect(dsl.getByTestId('about-head')).toBeVisible();
	const number = (await dsl.getByRole('heading', { level: 1 }).textContent())!.replace('Incident ', '').trim();
	const path = new URL(dsl.url()).pathname;
	await dsl.waitForSelector('body[data-hydrated="true"]');
	await dsl.getByLabel('Details').fill('Chair of governors and the LADO told the same day');
	await dsl.getByRole('button', { name: 'Record action' }).click();
	await expect(dsl.getByTestId('incident-actions')).toContainText('Chair of governors and the LADO told');
	await dsl.getByRole('button', { name: 'Move under review' }).click();
	await expect(dsl.getByTestId('incident-status')).toContainText(/review/i);
	await expect(dsl.getByRole('button', { name: /Sign off/ })).toHaveCount(0);

	// The head: not in the log, and the address answers "not found".
	const head = await as(browser, 'admin', '/staff/incidents');
	await expect(head.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(head.getByText(number)).toHaveCount(0);
	const opened = await head.goto(path);
	expect(opened?.status()).toBe(404);
	await head.goto('/staff/concerns');
	await expect(head.getByText(words)).toHaveCount(0);

	// The chair of governors: told on their home page, reads it, signs it off.
	const chair = await as(browser, 'governor', '/governor');
	await expect(chair.getByTestId('chair-card')).toContainText('waiting for you');
	await chair.getByRole('link', { name: 'Concerns about the headteacher' }).click();
	await chair.getByRole('link', { name: `Incident ${number}` }).click();
	await chair.waitForSelector('body[data-hydrated="true"]');
	await expect(chair.getByText(words).first()).toBeVisible();
	await chair.getByRole('button', { name: 'Sign off as chair of governors' }).click();
	await expect(chair.getByRole('status')).toContainText('Signed off as chair of governors');
	await expect(chair.getByTestId('incident-status')).toContainText(/signed off/i);
});
