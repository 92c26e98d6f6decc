import { expect, type Page } from '@playwright/test';
import { hydrated } from './pages';

/** Agreements from each side: a class's list for staff, the family's page, the pupil's class agreement, the staff agreement. */
export class Agreements {
	constructor(readonly page: Page) {}

	/** Follows the "Agreements" link on the current staff page to `className`'s list of pupils and families. */
	async openClass(className: string): Promise<void> {
		await this.page.getByRole('link', { name: 'Agreements' }).click();
		await expect(this.page).toHaveURL(/\/staff\/agreements$/);
		await this.page.getByRole('link', { name: new RegExp(className) }).click();
		await expect(this.page).toHaveURL(/\/staff\/agreements\/classes\//);
		await hydrated(this.page);
	}

	/** Makes a new joining code for `pupil` (full name) and returns it from the printed letter. */
	async newCode(pupil: string): Promise<string> {
		await this.page.getByRole('button', { name: `New code for ${pupil}` }).click();
		const letter = this.page.getByRole('article').filter({ hasText: `parent or carer of ${pupil}` });
		await expect(letter).toBeVisible();
		const code = (await letter.locator('.code').textContent())!.trim();
		expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
		return code;
	}

	/** Reminds `pupil`'s (full name) family to sign; the page says how many reminders went. */
	async remind(pupil: string): Promise<void> {
		await this.page.getByRole('button', { name: `Remind the family of ${pupil}` }).click();
	}

	/** A parent signs the family agreement for `child` (first name) on /parent/agreements. */
	async signForFamily(child: string): Promise<void> {
		await this.page.getByRole('button', { name: `Sign the family agreement for ${child}` }).click();
		await expect(this.page.getByText('Thank you. The family agreement is signed.')).toBeVisible();
	}

	/** A parent says yes to the consent `title` for `child`; it can then be withdrawn. */
	async consent(child: string, title: string): Promise<void> {
		await this.page.getByRole('button', { name: `Yes: ${title} for ${child}` }).click();
		await expect(this.page.getByRole('button', { name: `Withdraw: ${title} for ${child}` })).toBeVisible();
	}

	/**
	 * A pupil signs their class agreement from their home: every rule ticked (a younger pupil
	 * with `helper`, the grown-up whose name is recorded), then back home.
	 */
	async sign({ helper }: { helper?: string } = {}): Promise<void> {
		await this.page.getByRole('link', { name: 'Read our class agreement' }).click();
		await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Our class agreement');
		const rules = this.page.getByRole('checkbox');
		await expect(rules.first()).toBeVisible();
		expect(await rules.count()).toBeGreaterThan(3);
		for (const rule of await rules.all()) await rule.check();
		if (helper) await this.page.getByLabel('Name of the grown-up helping you').fill(helper);
		await this.page.getByRole('button', { name: 'I agree' }).click();
		await expect(this.page.getByText('Well done! You have signed our agreement.')).toBeVisible();
		await this.page.getByRole('link', { name: 'Go back home' }).click();
	}

	/** A new member of staff signs the staff agreement they were sent to. */
	async signAsStaff(): Promise<void> {
		await hydrated(this.page);
		await this.page.getByRole('button', { name: 'I agree and sign' }).click();
		await expect(this.page.getByText('You have signed the staff agreement.', { exact: false })).toBeVisible();
	}
}
