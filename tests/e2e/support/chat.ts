import { expect, type Locator, type Page } from '@playwright/test';
import { hydrated, live, openPage } from './pages';

/** A pupil's class chat (/pupil/chat), live. */
export class ClassChat {
	readonly box: Locator;
	readonly messages: Locator;
	readonly own: Locator;

	private constructor(readonly page: Page) {
		this.box = page.getByLabel('Write a message');
		this.messages = page.getByTestId('chat-message');
		this.own = page.getByTestId('own-message');
	}

	/**
	 * Opens the class chat on a signed-in pupil's page and waits until it is live. A pupil in
	 * more than one room starts at their list of chats; the class's room is the one wanted.
	 */
	static async open(page: Page, { liveTimeout }: { liveTimeout?: number } = {}): Promise<ClassChat> {
		await openPage(page, '/pupil/chat');
		if (new URL(page.url()).pathname === '/pupil/chat') {
			await page
				.getByRole('link', { name: / chat$/ })
				.first()
				.click();
			await hydrated(page);
		}
		await expect(page.getByRole('heading', { level: 1, name: 'Class chat' })).toBeVisible();
		await live(page, liveTimeout);
		return new ClassChat(page);
	}

	/** Types `text` and presses Send, expecting nothing of the answer (a blocked message, say). */
	async trySend(text: string): Promise<void> {
		await this.box.fill(text);
		await this.page.getByRole('button', { name: 'Send' }).click();
	}

	/** Sends `text` and waits until it shows as the pupil's own (waiting for their teacher). */
	async send(text: string): Promise<void> {
		await this.trySend(text);
		await expect(this.ownMessage(text)).toBeVisible();
	}

	/** A message everyone in the room can see. */
	message(text: string): Locator {
		return this.messages.filter({ hasText: text });
	}

	/** One of the pupil's own messages that has not reached the room (waiting or sent back). */
	ownMessage(text: string): Locator {
		return this.own.filter({ hasText: text });
	}

	/** Waits until `text` shows in the room, without a reload. */
	async expectMessage(text: string): Promise<void> {
		await expect(this.message(text)).toBeVisible();
	}

	/** Reports the message showing `text` with "Tell my teacher", saying `note`: the pupil is thanked and it leaves their view. */
	async report(text: string, note: string): Promise<void> {
		const message = this.message(text);
		// "Tell my teacher" sits in each message's small menu.
		await message.locator('summary').click();
		await message.getByRole('button', { name: /Tell my teacher/ }).click();
		await this.page.getByLabel(/Anything you want to say/).fill(note);
		await this.page.getByRole('button', { name: 'Yes, tell my teacher' }).click();
		await expect(this.page.getByRole('status').filter({ hasText: 'Thank you for telling us' })).toBeVisible();
		await expect(message).toHaveCount(0);
	}
}

/** A class's chat room as staff see it (/staff/chat/…): they post straight to the room and may take messages down. */
export class StaffRoom {
	readonly box: Locator;
	readonly messages: Locator;

	private constructor(
		readonly page: Page,
		/** The class's page, where its shared work and rooms are linked. */
		readonly classUrl: string
	) {
		this.box = page.getByLabel('Write to the room');
		this.messages = page.getByTestId('chat-message');
	}

	/**
	 * Opens `className`'s class chat from the staff home's class tile (not the first link naming
	 * the class: the to-do list above the tiles names classes too, by what other tests left).
	 */
	static async openForClass(page: Page, className: string): Promise<StaffRoom> {
		await openPage(page, '/staff');
		await page.getByRole('link', { name: new RegExp(`^${className} \\d+ pupils$`) }).click();
		await expect(page).toHaveURL(/\/staff\/classes\/[^/]+$/);
		const classUrl = page.url();
		await hydrated(page);
		await page.getByRole('link', { name: 'Class chat' }).click();
		await expect(page).toHaveURL(/\/staff\/chat\//);
		await hydrated(page);
		return new StaffRoom(page, classUrl);
	}

	/**
	 * Posts `text` with Enter and waits for it in the room and for the box to empty. The box
	 * empties when the send's answer arrives, which can be after the message itself shows:
	 * typing the next one before then would have it wiped.
	 */
	async post(text: string): Promise<void> {
		await this.box.fill(text);
		await this.box.press('Enter');
		await expect(this.message(text)).toHaveCount(1, { timeout: 15_000 });
		await expect(this.box).toHaveValue('');
	}

	message(text: string): Locator {
		return this.messages.filter({ hasText: text });
	}

	/** Takes the message showing `text` down, written by `author` (first name), saying why. */
	async takeDown(text: string, author: string, why: string): Promise<void> {
		await this.message(text)
			.getByRole('button', { name: new RegExp(`Take down the message from ${author}`) })
			.click();
		await this.page.getByLabel('Why are you taking it down?').fill(why);
		await this.page.getByRole('button', { name: 'Take it down' }).click();
	}
}
