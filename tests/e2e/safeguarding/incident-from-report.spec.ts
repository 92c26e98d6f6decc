// The safeguarding path in Chromium: a pupil reports a message, the DSL sees the alert on
// their home without reloading, opens an incident from it with the evidence sealed,
// pauses the writer's messaging, and the writer's chat shows the pause.
import { ClassChat } from '../support/chat';
import { expect, test } from '../support/fixtures';
import { HomeAlerts, Incidents } from '../support/incidents';
import { hydrated, openPage } from '../support/pages';
import { ModerationQueue } from '../support/queue';

// The export test downloads a file.
test.use({ acceptDownloads: true });

test('report → live alert → incident with evidence → pause shows in the writer’s chat', async ({ dslPage: dsl, signedIn }) => {
	// Four people sign in (the DSL with a two-step code); 30 s is too tight on two cores.
	test.setTimeout(90_000);
	const text = `Something unkind to report ${Date.now()}`;
	// Year 3 Ash's pupils. Freya reports in other tests too: the alert used is the one that arrives.
	const writer = await ClassChat.open(await signedIn('pupil.ash.2'));
	const queue = await ModerationQueue.open(await signedIn('teacher.ash'));
	await writer.send(text);
	await expect(queue.item(text)).toBeVisible();
	await queue.approve(text);

	// The DSL is at their home.
	await expect(dsl.getByText('New alerts appear here as they happen.')).toBeVisible();
	const freyas = await HomeAlerts.expectNew(dsl, 'Freya reported a message in Year 3 Ash chat');
	const reader = await ClassChat.open(await signedIn('pupil.ash.3'));
	await reader.report(text, 'This made me feel worried');
	await expect(reader.page.getByRole('status').filter({ hasText: 'Thank you for telling us' })).toBeVisible();

	// Live on the DSL's home: no reload.
	const alert = await freyas.arrived();
	const incidents = new Incidents(dsl);
	await incidents.open(alert);
	await expect(dsl.getByTestId('source').first()).toContainText(text);
	// Reported by the pupil who pressed "Tell my teacher"; the pupil involved is the writer;
	// the report's own words are with the message, which is shown once.
	await expect(dsl.locator('#reportedById option:checked')).toHaveText(/Freya Thomas/);
	await expect(dsl.getByRole('checkbox', { name: 'Harry Evans' })).toBeChecked();
	await expect(dsl.getByRole('checkbox', { name: 'Freya Thomas' })).toBeHidden();
	await expect(dsl.getByTestId('report-note')).toContainText('This made me feel worried');
	await expect(dsl.getByTestId('source')).toHaveCount(1);
	// The pupil list is searchable, across the whole school.
	await dsl.getByLabel('Find a pupil by name').fill('Isla');
	await expect(dsl.getByRole('checkbox', { name: 'Isla Jones' })).toBeVisible();
	await incidents.save('pupil-B');

	await expect(dsl.getByTestId('evidence').first()).toContainText(text);
	await expect(dsl.getByTestId('evidence').first()).toContainText('Seal intact');
	await expect(dsl.getByTestId('evidence')).toHaveCount(1);

	await incidents.pauseMessaging('Asked a classmate to keep a secret');
	await expect(dsl.getByTestId('incident-actions')).toContainText('Asked a classmate to keep a secret');

	// No reload by the test: the pause closes the writer's gate, and their open page follows by itself.
	await expect(writer.page.getByText('Your messages are having a little rest')).toBeVisible({ timeout: 15_000 });
	await expect(writer.page.getByRole('button', { name: 'Send' })).toHaveCount(0);
});

test('the reporter’s export contains the report they made', async ({ dslPage, signedIn }) => {
	test.setTimeout(90_000);
	// This test's own report (not the one above): Freya Thomas (pupil.ash.3) tells her teacher
	// about a message from Isla (pupil.ash.1), whose messaging no test pauses.
	const stamp = Date.now();
	const text = `Something else to report ${stamp}`;
	const note = `This made me feel worried too ${stamp}`;
	const writer = await ClassChat.open(await signedIn('pupil.ash.1'));
	const queue = await ModerationQueue.open(await signedIn('teacher.ash'));
	await writer.send(text);
	await queue.approve(text);
	await (await ClassChat.open(await signedIn('pupil.ash.3'))).report(text, note);

	const dsl = await openPage(dslPage, '/staff/pupils');
	const links = dsl.getByRole('listitem').getByRole('link');
	await dsl.getByLabel('Find a pupil').fill('Freya Thomas');
	await expect(links).toHaveCount(1);
	await links.first().click();
	await hydrated(dsl);
	const download = dsl.waitForEvent('download');
	await dsl.getByRole('button', { name: 'Download the export' }).click();
	const file = await (await download).path();
	const { readFileSync } = await import('node:fs');
	const { unzipSync, strFromU8 } = await import('fflate');
	const files = unzipSync(new Uint8Array(readFileSync(file!)));
	const reports = JSON.parse(strFromU8(files['reports.json']!)) as { madeByThePupil: { note: string }[] };
	expect(reports.madeByThePupil.map((r) => r.note)).toContain(note);
});
