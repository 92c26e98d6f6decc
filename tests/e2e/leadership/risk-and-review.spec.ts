// Leaders' tools in Chromium: the DSL fills a risk in the risk log and answers the annual
// e-safety review; a governor then reads both and opens the printable summary, and is kept
// out of the staff pages.
import { expect, test } from '../support/fixtures';
import { hydrated } from '../support/pages';

test('the DSL logs a risk and answers the review; a governor reads them and prints the summary', async ({ signedIn }) => {
	// Two sign-ins, the DSL's with a two-step code page.
	test.setTimeout(60_000);
	const title = `Pupils use AI chatbots at home ${Date.now()}`;
	const dsl = await signedIn('dsl', '/staff/risks');
	await expect(dsl.getByRole('heading', { name: 'E-safety risk log' })).toBeVisible();
	await dsl.getByLabel('Title').fill(title);
	await dsl.getByLabel(/What could happen/).fill('Older pupils ask chatbots for help and share personal details with them.');
	await dsl.getByLabel('Category').selectOption('contact');
	await dsl
		.getByRole('group', { name: /Likelihood/ })
		.getByLabel('4')
		.check();
	await dsl
		.getByRole('group', { name: /Impact/ })
		.getByLabel('3')
		.check();
	await dsl.getByLabel('Mitigations').fill('Year 6 lesson on chatbots; letter to families.');
	await dsl.getByLabel('Review by').fill('2027-02-01');
	await dsl.getByRole('button', { name: 'Add risk' }).click();
	await expect(dsl.getByRole('status').filter({ hasText: `Added “${title}”` })).toBeVisible();
	const row = dsl.getByRole('row').filter({ hasText: title });
	await expect(row).toContainText('12 · High');

	await dsl.goto('/staff/review');
	await hydrated(dsl);
	const question = dsl.getByRole('group', { name: /A member of the senior team and a governor are named/ });
	await question.getByLabel('Partly').check();
	await question.getByLabel(/Evidence/).fill('Head named; governor to be chosen');
	await question.getByLabel(/Action/).fill('Name a governor at the spring meeting');
	await question.getByRole('button', { name: 'Save this answer' }).click();
	await expect(dsl.getByRole('status').filter({ hasText: 'Answer saved' })).toBeVisible();

	const governor = await signedIn('governor', '/governor/risks');
	await expect(governor.getByRole('heading', { name: title })).toBeVisible();
	await expect(governor.getByRole('table', { name: /Number of open risks/ })).toBeVisible();
	await governor.goto('/governor/review');
	await expect(governor.getByRole('heading', { name: /summary for governors/ })).toBeVisible();
	await expect(governor.getByRole('row').filter({ hasText: 'Name a governor at the spring meeting' })).toBeVisible();
	await governor.emulateMedia({ media: 'print' });
	await expect(governor.getByRole('button', { name: 'Print' })).toBeHidden();
	await expect(governor.getByRole('heading', { name: /summary for governors/ })).toBeVisible();

	const refused = await governor.goto('/staff/risks');
	expect(refused?.status()).toBe(403);
});
