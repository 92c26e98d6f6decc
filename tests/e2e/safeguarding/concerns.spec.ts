// Concerns from adults in Chromium, two browsers at once: a teacher logs a concern about a
// pupil of another class (the seeds' "any member of staff reports" duty), the DSL's alerts
// page shows it without reloading, and the DSL turns it into an incident pre-filled from it.
// Then a parent raises a concern about their own child and is told what happens next.
import { expect, test } from '../support/fixtures';
import { Alerts, ConcernForm, Incidents } from '../support/incidents';
import { hydrated } from '../support/pages';

test('a teacher logs a concern → the DSL sees it live → the DSL turns it into an incident', async ({ dslPage, teacherPage: teacher }) => {
	test.setTimeout(90_000);
	const words = `Poppy said a stranger in a game asked for her address (${Date.now()}).`;
	const alerts = await Alerts.open(dslPage);
	const dsl = alerts.page;
	const before = await alerts.alert('Emma Hughes logged a concern about Poppy').count();

	// Emma Hughes teaches Year 5 Oak; Poppy Walker is in Year 3 Ash: any pupil of the school.
	const concern = await ConcernForm.fromHome(teacher);
	await concern.choosePupils('Poppy Walker');
	await teacher.getByLabel('What happened').fill(words);
	await teacher.getByLabel('What it is about (optional)').selectOption('online-safety');
	await concern.send();

	// Live on the DSL's alerts page: no reload by the test.
	const raised = 'Emma Hughes logged a concern about Poppy (Year 3 Ash)';
	await expect(alerts.alert(raised)).toHaveCount(before + 1, { timeout: 15_000 });
	// Newest first: this test's concern is the first of them.
	await alerts.openCause(raised);
	await expect(dsl.getByTestId('evidence')).toContainText(words);
	await expect(dsl.getByTestId('source-state')).toContainText('waiting for the safeguarding lead');
	await dsl.getByTestId('source-state').getByRole('link', { name: 'See it where it is' }).click();
	await expect(dsl.getByTestId('concern')).toContainText(words);
	const incidents = new Incidents(dsl);
	await incidents.open('concern');

	// Pre-filled: the pupil involved, reported by the member of staff, the concern's words.
	await expect(dsl.locator('#reportedById option:checked')).toHaveText(/Emma Hughes/);
	await expect(dsl.getByRole('checkbox', { name: 'Poppy Walker' })).toBeChecked();
	await expect(dsl.getByLabel('What happened')).toHaveValue(words);
	await expect(dsl.getByTestId('source')).toContainText(words);
	await incidents.save('pupil-C');

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

test('a parent raises a concern about their own child and is told what happens next', async ({ dslPage, signedIn }) => {
	test.setTimeout(60_000);
	const alerts = await Alerts.open(dslPage);
	const before = await alerts.alert('A parent raised a concern about Isla').count();
	const parent = await signedIn('parent.ash.1', '/parent');
	await parent.getByRole('link', { name: 'Raise a concern with the safeguarding lead' }).click();
	await hydrated(parent);
	await expect(parent.getByText('It goes to Priya Shah, the safeguarding lead')).toBeVisible();
	await parent.getByLabel('What is worrying you?').fill('Isla has been very quiet since a group chat at the weekend.');
	await parent.getByRole('button', { name: 'Send to the safeguarding lead' }).click();
	await expect(parent.getByRole('status')).toContainText('Your concern has gone to Priya Shah');
	await expect(parent.getByRole('heading', { name: 'What happens next' })).toBeVisible();
	await expect(alerts.alert('A parent raised a concern about Isla')).toHaveCount(before + 1, { timeout: 15_000 });
});

test('after a form error the chosen pupils are still chosen, on the concern and the incident forms', async ({ teacherPage, dslPage }) => {
	test.setTimeout(90_000);
	const concern = await ConcernForm.open(teacherPage);
	const teacher = concern.page;
	await concern.choosePupils('Poppy Walker', 'Freya Thomas');
	await teacher.getByLabel('Find a pupil by name').fill('');
	await teacher.getByLabel('What happened').fill('They were upset after a game online at lunchtime.');
	// More than a year back: the server refuses it.
	await teacher.getByLabel('When it happened').fill('2020-01-06T10:00');
	await teacher.getByRole('button', { name: 'Send to the safeguarding lead' }).click();
	await expect(teacher.locator('#occurredAt-error')).not.toBeEmpty();
	await expect(teacher.getByRole('checkbox', { name: 'Poppy Walker' })).toBeChecked();
	await expect(teacher.getByRole('checkbox', { name: 'Freya Thomas' })).toBeChecked();
	await expect(teacher.getByLabel('What happened')).toHaveValue('They were upset after a game online at lunchtime.');

	const incidents = new Incidents(dslPage);
	await incidents.open();
	const dsl = incidents.page;
	await incidents.choosePupils('Poppy Walker', 'Freya Thomas');
	await dsl.getByLabel('Category').selectOption('pupil-C');
	await dsl.getByLabel('What happened').fill('Two pupils argued in the class chat.');
	// Reported after it was written up: the server refuses a report time in the future.
	await dsl.getByLabel('When it was reported').fill('2099-01-06T10:00');
	await dsl.getByRole('button', { name: 'Save the incident' }).click();
	await expect(dsl.getByText('Please check the highlighted fields.')).toBeVisible();
	await expect(dsl.getByRole('checkbox', { name: 'Poppy Walker' })).toBeChecked();
	await expect(dsl.getByRole('checkbox', { name: 'Freya Thomas' })).toBeChecked();
});
