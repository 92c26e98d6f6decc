import { expect, test } from '@playwright/test';
import { signIn, signOut } from '../support/login';

const homes: [string, RegExp, RegExp][] = [
	['admin', /\/staff$/, /Good to see you, Helen/],
	['dsl', /\/staff$/, /Good to see you, Priya/],
	['teacher.oak', /\/staff$/, /Good to see you, Emma/],
	['pupil.oak.1', /\/pupil$/, /Hello, Amira!/],
	['parent.oak.1', /\/parent$/, /Your family/]
];

for (const [username, url, heading] of homes) {
	test(`${username} signs in and lands on their own home`, async ({ page }) => {
		await signIn(page, username);
		await expect(page).toHaveURL(url);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
	});
}

test('a wrong password gets a clear message and no session', async ({ page }) => {
	await page.goto('/login');
	await page.waitForSelector('body[data-hydrated="true"]');
	await page.getByLabel('Username').fill('teacher.oak');
	await page.getByLabel('Password').fill('not-the-password');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('alert')).toHaveText(/username or password is not right/);
	await page.goto('/staff');
	await expect(page).toHaveURL(/\/login\?next=%2Fstaff/);
});

test('a pupil cannot open a staff page', async ({ page }) => {
	await signIn(page, 'pupil.oak.1');
	const response = await page.goto('/staff');
	expect(response?.status()).toBe(403);
	await expect(page.getByText('This part of the site is not for your account.')).toBeVisible();
});

test("a parent sees their own child by first name and not another family's", async ({ page }) => {
	await signIn(page, 'parent.oak.1');
	await expect(page.getByRole('heading', { level: 2, name: 'Amira' })).toBeVisible();
	await expect(page.getByText('Khan')).toHaveCount(0);
	await expect(page.getByText('Oliver')).toHaveCount(0);
});

test("a teacher cannot open another class, nor another school's admin", async ({ page }) => {
	await signIn(page, 'teacher.oak');
	await page.getByRole('link', { name: /Year 5 Oak/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Year 5 Oak');
	const oakUrl = page.url();
	await signOut(page);
	await signIn(page, 'teacher.ash');
	await expect(page.getByRole('link', { name: /Year 3 Ash/ })).toBeVisible();
	await expect(page.getByRole('link', { name: /Year 5 Oak/ })).toHaveCount(0);
	expect((await page.goto(oakUrl))?.status()).toBe(403);
	await page.goto('/staff');
	await signOut(page);
	await signIn(page, 'riverside.admin');
	await expect(page.getByRole('link', { name: /Year 4 Willow/ })).toBeVisible();
	await expect(page.getByRole('link', { name: /Year 5 Oak/ })).toHaveCount(0);
	expect((await page.goto(oakUrl))?.status()).toBe(403);
});

// Riverside's class, so the demo school's classes stay as other specs expect them.
test('the admin adds a pupil to a class and their teacher sees them', async ({ page }) => {
	await signIn(page, 'riverside.admin');
	await page.getByRole('link', { name: 'School set-up' }).click();
	await page.waitForSelector('body[data-hydrated="true"]');
	await page.locator('#pupil-first').fill('Zara');
	await page.locator('#pupil-surname').fill('Ahmed');
	await page.locator('#pupil-username').fill('pupil.willow.new');
	await page.locator('#pupil-class').selectOption({ label: 'Year 4 Willow' });
	await page.locator('#pupil-password').fill('rocket55');
	await page.getByRole('button', { name: 'Add pupil' }).click();
	await expect(page.getByRole('status')).toHaveText('Saved.');
	await signOut(page);
	await signIn(page, 'riverside.teacher');
	await page.getByRole('link', { name: /Year 4 Willow/ }).click();
	await expect(page.getByRole('cell', { name: 'Zara Ahmed' })).toBeVisible();
});
