import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'safe-school-demo';

/** Opens the login page, waits for hydration, and signs in. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
	await page.goto('/login');
	await page.waitForSelector('body[data-hydrated="true"]');
	await page.getByLabel('Username').fill(username);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).not.toHaveURL(/\/login/);
}

export async function signOut(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page).toHaveURL(/\/login\?reason=signed-out/);
}
