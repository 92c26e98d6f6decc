// The policy register in Chromium: the head publishes a policy; a teacher is asked to read
// it on every staff page, reads and acknowledges it, and the head sees the count go up.
import { expect, test } from '../support/fixtures';
import { hydrated } from '../support/pages';

test('the head publishes a policy, a teacher acknowledges it, and the head sees who has read it', async ({ signedIn }) => {
	// Two people sign in one after the other; a busy two-core machine needs more than 30 s.
	test.setTimeout(90_000);
	const title = `Mobile phones policy ${Date.now()}`;
	const head = await signedIn('admin', '/staff/policies');
	await expect(head.getByRole('heading', { name: 'School policies', level: 1 })).toBeVisible();
	await head.getByLabel('Name of the policy').fill(title);
	await head.getByLabel('Kind').selectOption('acceptable-use');
	await head.getByLabel(/Owner/).selectOption({ label: 'Helen Clarke' });
	await head.getByLabel('Review by').fill('2027-07-01');
	await head.getByLabel("The policy's text").fill('Pupils hand phones in at the office at the start of the day and collect them at home time.');
	await head.getByRole('button', { name: 'Publish version 1' }).click();
	await expect(head.getByRole('heading', { name: title, level: 1 })).toBeVisible();
	// Other tests may add staff, so count from the page: the head alone has read it.
	const readers = head.getByRole('region', { name: /Who has read version 1/ });
	await expect(readers).toContainText(/\b1 of \d+ members of staff/);
	const staffCount = Number((await readers.textContent())!.match(/1 of (\d+) members/)![1]);

	const teacher = await signedIn('teacher.oak', '/staff');
	const banner = teacher.getByRole('region', { name: 'Policies to read' });
	await expect(banner).toContainText('Please read and acknowledge');
	await banner.getByRole('link', { name: title }).click();
	await hydrated(teacher);
	await teacher.getByRole('button', { name: /I have read and understood version 1/ }).click();
	await expect(teacher.getByRole('status').filter({ hasText: 'You have acknowledged version 1' })).toBeVisible();
	await teacher.goto('/staff');
	await expect(teacher.getByRole('region', { name: 'Policies to read' })).toHaveCount(0);

	await head.reload();
	await expect(head.getByRole('region', { name: /Who has read version 1/ })).toContainText(`2 of ${staffCount} members of staff`);
	await expect(head.getByRole('row').filter({ hasText: 'Emma Hughes' })).not.toContainText('not yet');
});
