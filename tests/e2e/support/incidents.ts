import { expect, type Locator, type Page } from '@playwright/test';
import { hydrated, openPage } from './pages';

/** The DSL's alerts page (/staff/alerts): each alert links to what caused it. */
export class Alerts {
	readonly alerts: Locator;

	private constructor(readonly page: Page) {
		this.alerts = page.getByTestId('alert');
	}

	static async open(page: Page): Promise<Alerts> {
		await openPage(page, '/staff/alerts');
		return new Alerts(page);
	}

	alert(text: string | RegExp): Locator {
		return this.alerts.filter({ hasText: text });
	}

	/** Opens what caused the newest alert matching `text`: its evidence and the source's state. */
	async openCause(text: string | RegExp): Promise<void> {
		await this.alert(text).first().getByRole('link', { name: 'See what caused it' }).click();
	}
}

/** A staff member's concern form (/staff/concerns/new). */
export class ConcernForm {
	private constructor(readonly page: Page) {}

	static async open(page: Page): Promise<ConcernForm> {
		await openPage(page, '/staff/concerns/new');
		return new ConcernForm(page);
	}

	/** Follows the staff home's "Log a concern" link. */
	static async fromHome(page: Page): Promise<ConcernForm> {
		await page.getByRole('link', { name: 'Log a concern' }).first().click();
		await expect(page.getByRole('heading', { name: 'Log a concern about a pupil' })).toBeVisible();
		await hydrated(page);
		return new ConcernForm(page);
	}

	/** Ticks each pupil (full name), finding them by first name in the school's list. */
	async choosePupils(...pupils: string[]): Promise<void> {
		await choosePupils(this.page, pupils);
	}

	/** Sends the concern and waits for the page to say the DSL has it. */
	async send(): Promise<void> {
		await this.page.getByRole('button', { name: 'Send to the safeguarding lead' }).click();
		await expect(this.page.getByRole('status').filter({ hasText: 'The safeguarding lead has your concern now' })).toBeVisible();
	}
}

/** The DSL's incident form and the incident it makes. */
export class Incidents {
	constructor(readonly page: Page) {}

	/**
	 * Opens the "Record an incident" form: blank, or pre-filled from an alert (its "Open an
	 * incident" link) or from the concern on the page ("Turn it into an incident").
	 */
	async open(from: 'new' | 'concern' | Locator = 'new'): Promise<void> {
		if (from === 'new') await this.page.goto('/staff/incidents/new');
		else if (from === 'concern') await this.page.getByRole('link', { name: 'Turn it into an incident' }).click();
		else await from.getByRole('link', { name: 'Open an incident' }).click();
		await expect(this.page.getByRole('heading', { name: 'Record an incident' })).toBeVisible();
		await hydrated(this.page);
	}

	async choosePupils(...pupils: string[]): Promise<void> {
		await choosePupils(this.page, pupils);
	}

	/** Saves the form in `category` and returns the new incident's number (yyyy-nnnn). */
	async save(category: string): Promise<string> {
		await this.page.getByLabel('Category').selectOption(category);
		await this.page.getByRole('button', { name: 'Save the incident' }).click();
		const heading = this.page.getByRole('heading', { name: /^Incident \d{4}-\d{4}$/ });
		await expect(heading).toBeVisible();
		await hydrated(this.page);
		return (await heading.textContent())!.replace('Incident ', '').trim();
	}

	/** Records an action on the open incident; it shows in the incident's actions. */
	async recordAction(details: string): Promise<void> {
		await this.page.getByLabel('Details').fill(details);
		await this.page.getByRole('button', { name: 'Record action' }).click();
		await expect(this.page.getByTestId('incident-actions')).toContainText(details);
	}

	/** Pauses the involved pupil's messaging from the open incident, giving staff the reason. */
	async pauseMessaging(reason: string): Promise<void> {
		await this.page.getByLabel('Reason (for staff)').fill(reason);
		await this.page.getByRole('button', { name: 'Pause messaging' }).click();
		await expect(this.page.getByRole('status').filter({ hasText: 'Messaging paused.' })).toBeVisible();
	}
}

async function choosePupils(page: Page, pupils: string[]): Promise<void> {
	const search = page.getByLabel('Find a pupil by name');
	for (const pupil of pupils) {
		await search.fill(pupil.split(' ')[0]!);
		await page.getByRole('checkbox', { name: pupil }).check();
	}
}

/**
 * The alerts on the DSL's home, which arrive live. An alert's words are the same each time
 * (they never carry the child's), and another test may have left one like it open, so
 * `expectNew` notes the alerts showing now and later finds the one that was not there.
 */
export class HomeAlerts {
	private constructor(
		readonly page: Page,
		private readonly matching: Locator,
		private readonly before: string[]
	) {}

	/** Notes the home's alerts showing `text` now; the DSL's page must be at /staff. */
	static async expectNew(page: Page, text: string): Promise<HomeAlerts> {
		const matching = page.getByTestId('home-alert').filter({ hasText: text });
		return new HomeAlerts(page, matching, await HomeAlerts.links(matching));
	}

	/** Waits for exactly one alert that was not there when noted, and returns it. */
	async arrived({ timeout }: { timeout?: number } = {}): Promise<Locator> {
		const fresh = async () => (await HomeAlerts.links(this.matching)).filter((href) => !this.before.includes(href));
		await expect.poll(fresh, timeout ? { timeout } : undefined).toHaveLength(1);
		const alert = this.matching.filter({ has: this.page.locator(`a[href="${(await fresh())[0]}"]`) });
		await expect(alert).toBeVisible();
		return alert;
	}

	private static links(alerts: Locator): Promise<string[]> {
		return alerts.getByRole('link', { name: 'Open an incident' }).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
	}
}
