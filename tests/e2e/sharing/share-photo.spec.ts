// A photo from pupil to family in Chromium: the pupil uploads a photo carrying GPS and
// shares it, the teacher approves it in the queue, the pupil's parent sees it and the bytes
// served carry no EXIF at all; another family cannot open it by its address; withdrawing
// the photographs consent hides it at once.
import { expect, test } from '../support/fixtures';
import sharp from 'sharp';
import { hydrated } from '../support/pages';

async function photoWithGps(): Promise<Buffer> {
	return sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 30, g: 120, b: 60 } } })
		.jpeg()
		.withMetadata({ orientation: 6 })
		.withExifMerge({
			IFD0: { Make: 'PhoneCo', Model: 'Pocket 9' },
			IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 0/1' }
		})
		.toBuffer();
}

const hasGps = (exif: Buffer | undefined): boolean => !!exif && (exif.includes(Buffer.from([0x25, 0x88])) || exif.includes(Buffer.from([0x88, 0x25])));

test('a shared photo reaches only its own family, without its location', async ({ page, signedIn }) => {
	// Three people sign in and the teacher opens the photo before approving it: more than the default 30 s on two cores.
	test.setTimeout(120_000);
	const title = `Pond dipping ${Date.now()}`;
	const original = await photoWithGps();
	expect(hasGps((await sharp(original).metadata()).exif)).toBe(true);

	// The pupil makes the photo work and shares it.
	const pupil = await signedIn('pupil.oak.1', '/pupil/work');
	await pupil.getByLabel('Photos', { exact: true }).check();
	await pupil.getByLabel('Title').fill(title);
	await pupil.getByLabel(/^Photos \(up to/).setInputFiles({ name: 'IMG_0042 at 14 Acacia Road.jpg', mimeType: 'image/jpeg', buffer: original });
	await pupil.getByLabel(/Caption/).fill('We found newts');
	await pupil.getByRole('button', { name: 'Save my work' }).click();
	await expect(pupil.getByRole('status').filter({ hasText: `Saved “${title}”` })).toBeVisible();
	const piece = pupil.getByTestId('own-work').filter({ hasText: title });
	await piece.getByRole('button', { name: 'Share with my family' }).click();
	await expect(piece.getByText('Waiting for your teacher to check it.')).toBeVisible();

	// Before approval the parent sees nothing.
	const parent = await signedIn('parent.oak.1', '/parent');
	await expect(parent.getByText(title)).toHaveCount(0);

	// The teacher approves it in the same queue as chat.
	const teacher = await signedIn('teacher.oak', '/staff/moderation');
	const item = teacher.getByTestId('queue-item').filter({ hasText: title });
	await expect(item).toContainText('1 photo to share with family');
	// A photo can be approved only once the teacher has opened it full size.
	await expect(item.getByRole('button', { name: 'Approve' })).toBeDisabled();
	const [opened] = await Promise.all([teacher.waitForEvent('popup'), item.getByTestId('open-photo').click()]);
	await opened.close();
	await item.getByRole('button', { name: 'Approve' }).click();
	await expect(teacher.getByTestId('queue-item').filter({ hasText: title })).toHaveCount(0);

	// The parent sees it; the served bytes carry no EXIF (so no GPS) and a neutral name.
	await parent.reload();
	const shared = parent.getByTestId('family-work-piece').filter({ hasText: title });
	await expect(shared).toBeVisible();
	const src = await shared.getByRole('img').first().getAttribute('src');
	expect(src).toMatch(/^\/work\/files\/[0-9a-f-]{36}$/);
	const response = await parent.request.get(src!);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('image/jpeg');
	expect(response.headers()['x-content-type-options']).toBe('nosniff');
	expect(response.headers()['cache-control']).toBe('private, no-store');
	expect(response.headers()['content-disposition']).toBe('inline; filename="shared-work-photo-1.jpg"');
	const served = await response.body();
	const meta = await sharp(served).metadata();
	expect(meta.exif).toBeUndefined();
	expect(hasGps(meta.exif)).toBe(false);
	expect(served.includes(Buffer.from('PhoneCo'))).toBe(false);
	expect([meta.width, meta.height]).toEqual([48, 64]);

	// Another family cannot open it by its address, nor can a signed-out visitor.
	const otherParent = await signedIn('parent.ash.1', '/parent');
	await expect(otherParent.getByText(title)).toHaveCount(0);
	expect([403, 404]).toContain((await otherParent.request.get(src!)).status());
	expect((await otherParent.request.get('/work/files/00000000-0000-4000-8000-000000000000')).status()).toBe(404);
	// `page` is a browser nobody signed in to.
	const anonymous = await page.request.get(src!, { maxRedirects: 0 });
	expect(anonymous.status()).toBe(303);

	// Withdrawing the photographs consent hides it at once, page and file alike.
	await parent.goto('/parent/agreements');
	await hydrated(parent);
	await parent
		.getByRole('button', { name: /^Withdraw: Photographs for/ })
		.first()
		.click();
	await expect(parent.getByRole('status').filter({ hasText: 'Your answer is saved' })).toBeVisible();
	await parent.goto('/parent');
	await expect(parent.getByText(title)).toHaveCount(0);
	expect((await parent.request.get(src!)).status()).toBe(404);

	// Giving it again brings the photo back (and leaves the demo family as it was).
	await parent.goto('/parent/agreements');
	await hydrated(parent);
	await parent
		.getByRole('button', { name: /^Yes: Photographs for/ })
		.first()
		.click();
	await expect(parent.getByRole('status').filter({ hasText: 'Your answer is saved' })).toBeVisible();
	await parent.goto('/parent');
	await expect(parent.getByTestId('family-work-piece').filter({ hasText: title })).toBeVisible();
});

test('a personal detail in work is blocked and never kept', async ({ signedIn }) => {
	const pupil = await signedIn('pupil.oak.2', '/pupil/work');
	await pupil.getByLabel('Title').fill('About me');
	await pupil.getByLabel('Your writing').fill('My phone number is 07700 900123, ring me');
	await pupil.getByRole('button', { name: 'Save my work' }).click();
	await expect(pupil.getByRole('alert').first()).toBeVisible();
	await expect(pupil.getByTestId('own-work').filter({ hasText: '07700 900123' })).toHaveCount(0);
});
