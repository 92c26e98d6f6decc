import { expect, type Locator, type Page } from '@playwright/test';
import { hydrated, live, openPage } from './pages';

/** The teacher's moderation queue (/staff/moderation), live. */
export class ModerationQueue {
	readonly items: Locator;

	private constructor(
		readonly page: Page,
		private readonly liveTimeout?: number
	) {
		this.items = page.getByTestId('queue-item');
	}

	/** Opens the queue on a signed-in staff page and waits until it is live. */
	static async open(page: Page, { liveTimeout }: { liveTimeout?: number } = {}): Promise<ModerationQueue> {
		await openPage(page, '/staff/moderation');
		await live(page, liveTimeout);
		return new ModerationQueue(page, liveTimeout);
	}

	/** Reads the queue again from the server (what arrived without a live event: photos, reports). */
	async reload(): Promise<void> {
		await this.page.reload();
		await hydrated(this.page);
		await live(this.page, this.liveTimeout);
	}

	/** The item whose text contains `text`. */
	item(text: string | RegExp): Locator {
		return this.items.filter({ hasText: text });
	}

	/** Approves the item showing `text`, and waits for it to leave the queue. */
	async approve(text: string): Promise<void> {
		const item = this.item(text);
		await item.getByRole('button', { name: 'Approve' }).click();
		await expect(item).toHaveCount(0);
	}

	/** Sends the item showing `text` back to its pupil with `reason` (a value of the reasons list). */
	async reject(text: string, reason: string): Promise<void> {
		const item = this.item(text);
		await item.getByRole('button', { name: 'Reject…' }).click();
		await this.sendBack(item, reason);
	}

	/** As `reject`, by keyboard only: focus the item, r opens the reasons. */
	async rejectByKeyboard(text: string, reason: string): Promise<void> {
		const item = this.item(text);
		await item.focus();
		await this.page.keyboard.press('r');
		await this.sendBack(item, reason);
	}

	private async sendBack(item: Locator, reason: string): Promise<void> {
		await this.page.getByLabel('Reason (shown to the pupil)').selectOption(reason);
		await this.page.getByRole('button', { name: 'Send back to pupil' }).click();
		await expect(item).toHaveCount(0);
	}

	/** Upholds the pupil's report on the item showing `text` ("The report is right"). */
	async upholdReport(text: string): Promise<void> {
		const item = this.item(text);
		await item.getByRole('button', { name: /The report is right/ }).click();
		await expect(item).toHaveCount(0);
	}
}
