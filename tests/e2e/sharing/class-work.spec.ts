// The teacher's class work page and setting in Chromium: with "clean writing skips
// approval" on, a pupil's clean story reaches their family at once; the teacher sees each
// piece with its state; the pupil stops sharing and it disappears; a file that only claims
// to be a photo is refused.
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { hydrated } from '../support/pages';

async function setCleanWritingSkips(teacher: Page, on: boolean): Promise<void> {
	const box = teacher.getByLabel(/Let writing the screen found nothing in reach families/);
	if (on) await box.check();
	else await box.uncheck();
	await teacher.getByRole('button', { name: 'Save setting' }).click();
	await expect(teacher.getByRole('status').filter({ hasText: 'Setting saved.' })).toBeVisible();
}

test('clean writing can skip approval; the teacher sees its state; the pupil takes it back', async ({ signedIn }) => {
	const teacher = await signedIn('teacher.oak', '/staff');
	await teacher.getByRole('link', { name: 'Work', exact: true }).click();
	// Wait for the work page itself: the staff home also has a link to Year 5 Oak.
	await expect(teacher).toHaveURL(/\/staff\/work$/);
	await teacher.getByRole('link', { name: /Oak/ }).first().click();
	await expect(teacher).toHaveURL(/\/staff\/work\/[0-9a-f-]+$/);
	await hydrated(teacher);
	await setCleanWritingSkips(teacher, true);

	const title = `Our trip ${Date.now()}`;
	const pupil = await signedIn('pupil.oak.1', '/pupil');
	await pupil
		.getByRole('link', { name: /My work/ })
		.first()
		.click();
	await hydrated(pupil);
	await pupil.getByLabel('Title').fill(title);
	await pupil.getByLabel('Your writing').fill('We went to the museum and saw a dinosaur.');
	await pupil.getByRole('button', { name: 'Save my work' }).click();
	const piece = pupil.getByTestId('own-work').filter({ hasText: title });
	await piece.getByRole('button', { name: 'Share with my family' }).click();
	await expect(piece.getByText('Shared with your family.')).toBeVisible();

	const parent = await signedIn('parent.oak.1', '/parent');
	await expect(parent.getByTestId('family-work-piece').filter({ hasText: title })).toBeVisible();

	await teacher.reload();
	await expect(teacher.getByTestId('class-work').filter({ hasText: title })).toContainText('Shared with family');

	await piece.getByRole('button', { name: 'Stop sharing' }).click();
	await expect(piece.getByText('Only you and your teacher can see this.')).toBeVisible();
	await parent.reload();
	await expect(parent.getByText(title)).toHaveCount(0);
	await teacher.reload();
	await expect(teacher.getByTestId('class-work').filter({ hasText: title })).toContainText('Not shared');

	// Leave the demo class as it was: everything reviewed.
	await setCleanWritingSkips(teacher, false);
});

test('a file that only claims to be a photo is refused', async ({ signedIn }) => {
	const pupil = await signedIn('pupil.oak.3', '/pupil/work');
	await pupil.getByLabel('Photos', { exact: true }).check();
	await pupil.getByLabel('Title').fill('Not really a photo');
	await pupil.getByLabel(/^Photos \(up to/).setInputFiles({
		name: 'holiday.jpg',
		mimeType: 'image/jpeg',
		buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
	});
	await pupil.getByRole('button', { name: 'Save my work' }).click();
	await expect(pupil.getByRole('alert').filter({ hasText: 'not a photo we can use' })).toBeVisible();
	await expect(pupil.getByTestId('own-work').filter({ hasText: 'Not really a photo' })).toHaveCount(0);
});
