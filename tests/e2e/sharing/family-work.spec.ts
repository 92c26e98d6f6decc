// A family's view of their child's work in Chromium: a piece the child shared, once the
// teacher approves it, reaches the child's own parent; a piece the child kept to themselves
// does not, and neither does a classmate's shared piece, which reaches the classmate's family.
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { hydrated } from '../support/pages';
import { ModerationQueue } from '../support/queue';

/** Saves a piece of writing on the pupil's work page and, if asked, shares it with the family. */
async function writePiece(pupil: Page, title: string, text: string, { share }: { share: boolean }): Promise<void> {
	await pupil.getByLabel('Title').fill(title);
	await pupil.getByLabel('Your writing').fill(text);
	await pupil.getByRole('button', { name: 'Save my work' }).click();
	const piece = pupil.getByTestId('own-work').filter({ hasText: title });
	await expect(piece).toBeVisible();
	if (!share) return;
	await piece.getByRole('button', { name: 'Share with my family' }).click();
	await expect(piece.getByText('Waiting for your teacher to check it.')).toBeVisible();
}

test('a parent sees the work their child chose to share, and not a classmate’s', async ({ parentPage, teacherPage, signedIn }) => {
	// Three pupils' and parents' sign-ins beside the fixtures: more than the default 30 s on two cores.
	test.setTimeout(90_000);
	const stamp = Date.now();
	const shared = `Rainforest poster ${stamp}`;
	const kept = `Draft story ${stamp}`;
	const classmates = `Volcano model ${stamp}`;

	// parentPage is parent.oak.1, whose child is Amira (pupil.oak.1).
	const amira = await signedIn('pupil.oak.1', '/pupil/work');
	await writePiece(amira, shared, 'We drew the layers of the rainforest and the animals in each one.', { share: true });
	await writePiece(amira, kept, 'Once upon a time there was a dragon who liked baking.', { share: false });
	const classmate = await signedIn('pupil.oak.2', '/pupil/work');
	await writePiece(classmate, classmates, 'Our volcano fizzed when we added vinegar.', { share: true });

	const queue = await ModerationQueue.open(teacherPage);
	await queue.approve(shared);
	await queue.approve(classmates);

	await parentPage.reload();
	await hydrated(parentPage);
	await expect(parentPage.getByTestId('family-work-piece').filter({ hasText: shared })).toBeVisible();
	await expect(parentPage.getByText(kept)).toHaveCount(0);
	await expect(parentPage.getByText(classmates)).toHaveCount(0);

	// The classmate's piece was approved too: it went to its own family only.
	const otherParent = await signedIn('parent.oak.2', '/parent');
	await expect(otherParent.getByTestId('family-work-piece').filter({ hasText: classmates })).toBeVisible();
	await expect(otherParent.getByText(shared)).toHaveCount(0);
});
