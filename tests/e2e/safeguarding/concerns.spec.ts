// Concerns from adults in Chromium, two browsers at once: a teacher logs a concern about a
// pupil of another class (the seeds' "any member of staff reports" duty), the DSL's alerts
// page shows it without reloading, and the DSL turns it into an incident pre-filled from it.
// Then a parent raises a concern about their own child and is told what happens next.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn } from '../support/login';

async function as(browser: Browser, username: string, path: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await signIn(page, username);
	await page.goto(path);
	await page.waitForSelector('body[data-hydrated="true"]');
	return page;
}

test('a teacher logs a concern → the DSL sees it live → the DSL turns it into an incident', async ({ browser }) => {
	test.setTimeout(90_000);
	const words = `Poppy said a stranger in a game asked for her address (${Date.now()}).`;
	const dsl = await as(browser, 'dsl', '/staff/alerts');
	const before = await dsl.getByTestId('alert').filter({ hasText: 'Emma Hughes logged a concern about Poppy' }).count();

	// Emma Hughes teaches Year 5 Oak; Poppy Walker is in Year 3 Ash: any pupil of the school.
	const teacher = await as(browser, 'teacher.oak', '/staff');
	await teacher.getByRole('link', { name: 'Log a concern' }).first().click();
	await expect(teacher.getByRole('heading', { name: 'Log a concern about a pupil' })).toBeVisible();
	await teacher.waitForSelector('body[data-hydrated="true"]');
	await teacher.getByLabel('Find a pupil by name').fill('Poppy');
	await teacher.getByRole('checkbox', { name: 'Poppy Walker' }).check();
	await teacher.getByLabel('What happened').fill(words);
	await teacher.getByLabel('What it is about (optional)').selectOption('online-safety');
	await teacher.getByRole('button', { name: 'Send to the safeguarding lead' }).click();
	await expect(teacher.getByRole('status').filter({ hasText: 'The safeguarding lead has your concern now' })).toBeVisible();

	// Live on the DSL's alerts page: no reload by the test.
	const alerts = dsl.getByTestId('alert').filter({ hasText: 'Emma Hughes logged a concern about Poppy (Year 3 Ash)' });
	await expect(alerts).toHaveCount(before + 1, { timeout: 15_000 });
	// Newest first: this test's concern is the first of them.
	await alerts.first().getByRole('link', { name: 'See what caused it' }).click();
	await expect(dsl.getByTestId('evidence')).toContainText(words);
	await expect(dsl.getByTestId('source-state')).toContainText('waiting for the safeguarding lead');
	await dsl.getByTestId('source-state').getByRole('link', { name: 'See it where it is' }).click();
	await expect(dsl.getByTestId('concern')).toContainText(words);
	await dsl.getByRole('link', { name: 'Turn it into an incident' }).click();

	await expect(dsl.getByRole('heading', { name: 'Record an incident' })).toBeVisible();
	await dsl.waitForSelector('body[data-hydrated="true"]');
	// Pre-filled: the pupil involved, reported by the member of staff, the concern's words.
	await expect(dsl.locator('#reportedById option:checked')).toHaveText(/Emma Hughes/);
	await expect(dsl.getByRole('checkbox', { name: 'Poppy Walker' })).toBeChecked();
	await expect(dsl.getByLabel('What happened')).toHaveValue(words);
	await expect(dsl.getByTestId('source')).toContainText(words);
	await dsl.getByLabel('Category').selectOption('pupil-C');
	await dsl.getByRole('button', { name: 'Save the incident' }).click();

	await expect(dsl.getByRole('heading', { name: /^Incident \d{4}-\d{4}$/ })).toBeVisible();
	await expect(dsl.getByTestId('evidence').first()).toContainText(words);
	await expect(dsl.getByTestId('evidence').first()).toContainText('Seal intact');
	const incidentUrl = dsl.url();

	// The concern now says where it went, and links to the incident.
	await dsl.goto('/staff/concerns');
	await dsl.getByRole('listitem').filter({ hasText: 'Poppy Walker' }).filter({ hasText: 'turned into an incident' }).first().getByRole('link').click();
	await expect(dsl.getByTestId('concern-state')).toContainText('turned into an incident');
	await expect(dsl.getByRole('link', { name: 'Turn it into an incident' })).toHaveCount(0);
	await dsl
		.getByTestId('concern-state')
		.getByRole('link', { name: /^Incident / })
		.click();
	await expect(dsl).toHaveURL(incidentUrl);
});

test('a parent raises a concern about their own child and is told what happens next', async ({ browser }) => {
	test.setTimeout(60_000);
	const dsl = await as(browser, 'dsl', '/staff/alerts');
	const before = await dsl.getByTestId('alert').filter({ hasText: 'A parent raised a concern about Isla' }).count();
	const parent = await as(browser, 'parent.ash.1', '/parent');
	await parent.getByRole('link', { name: 'Raise a concern with the safeguarding lead' }).click();
	await parent.waitForSelector('body[data-hydrated="true"]');
	await expect(parent.getByText('It goes to Priya Shah, the safeguarding lead')).toBeVisible();
	await parent.getByLabel('What is worrying you?').fill('Isla has been very quiet since a group chat at the weekend.');
	await parent.getByRole('button', { name: 'Send to the safeguarding lead' }).click();
	await expect(parent.getByRole('status')).toContainText('Your concern has gone to Priya Shah');
	await expect(parent.getByRole('heading', { name: 'What happens next' })).toBeVisible();
	await expect(dsl.getByTestId('alert').filter({ hasText: 'A parent raised a concern about Isla' })).toHaveCount(before + 1, { timeout: 15_000 });
});

test('after a form error the chosen pupils are still chosen, on the concern and the incident forms', async ({ browser }) => {
	test.setTimeout(90_000);
	const teacher = await as(browser, 'teacher.oak', '/staff/concerns/new');
	await teacher.getByLabel('Find a pupil by name').fill('Poppy');
	await teacher.getByRole('checkbox', { name: 'Poppy Walker' }).check();
	await teacher.getByLabel('Find a pupil by name').fill('Freya');
	await teacher.getByRole('checkbox', { name: 'Freya Thomas' }).check();
	await teacher.getByLabel('Find a pupil by name').fill('');
	await teacher.getByLabel('What happened').fill('They were upset after a game online at lunchtime.');
	// More than a year back: the server refuses it.
	await teacher.getByLabel('When it happened').fill('2020-01-06T10:00');
	await teacher.getByRole('button', { name: 'Send to the safeguarding lead' }).click();
	await expect(teacher.locator('#occurredAt-error')).not.toBeEmpty();
	await expect(teacher.getByRole('checkbox', { name: 'Poppy Walker' })).toBeChecked();
	await expect(teacher.getByRole('checkbox', { name: 'Freya Thomas' })).toBeChecked();
	await expect(teacher.getByLabel('What happened')).toHaveValue('They were upset after a game online at lunchtime.');

	const dsl = await as(browser, 'dsl', '/staff/incidents/new');
	await dsl.getByLabel('Find a pupil by name').fill('Poppy');
	await dsl.getByRole('checkbox', { name: 'Poppy Walker' }).check();
	await dsl.getByLabel('Find a pupil by name').fill('Freya');
	await dsl.getByRole('checkbox', { name: 'Freya Thomas' }).check();
	await dsl.getByLabel('Category').selectOption('pupil-C');
	await dsl.getByLabel('What happened').fill('Two pupils argued in the class chat.');
	// Reported after it was written up: the server refuses a report time in the future.
	await dsl.getByLabel('When it was reported').fill('2099-01-06T10:00');
	await dsl.getByRole('button', { name: 'Save the incident' }).click();
	await expect(dsl.getByText('Please check the highlighted fields.')).toBeVisible();
	await expect(dsl.getByRole('checkbox', { name: 'Poppy Walker' })).toBeChecked();
	await expect(dsl.getByRole('checkbox', { name: 'Freya Thomas' })).toBeChecked();
});
