import { expect, type Page } from '@playwright/test';

/**
 * Waits until the app has hydrated. Needed after every full page load before clicking: a form
 * clicked before hydration posts natively and adds a history entry.
 */
export async function hydrated(page: Page): Promise<void> {
	await page.waitForSelector('body[data-hydrated="true"]');
}

/** Opens `path` and waits for hydration. */
export async function openPage(page: Page, path: string): Promise<Page> {
	await page.goto(path);
	await hydrated(page);
	return page;
}

/**
 * Waits for the page's live connection (its hidden "Connected" status), as a person would see
 * new items arrive. Several browsers signing in at once on two cores can take a while.
 */
export async function live(page: Page, timeout?: number): Promise<Page> {
	await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toHaveCount(1, timeout ? { timeout } : undefined);
	return page;
}
