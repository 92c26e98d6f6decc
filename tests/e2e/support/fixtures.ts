// Role fixtures: a `test` whose fixtures are pages already signed in as the demo school's
// people, each in its own browser context (own cookies, own socket), hydrated and ready to
// click. Use them instead of signing in by hand:
//
//   test('…', async ({ teacherPage, signedIn }) => {
//   	const queue = await ModerationQueue.open(teacherPage);
//   	const writer = await ClassChat.open(await signedIn('pupil.oak.1'));
//
// The role fixtures sign in the usual demo user of each role; a spec that needs another one
// says so once with `test.use({ teacherUsername: 'teacher.ash' })`. For a second person of
// the same role, or a username made by the test, call `signedIn(username, path?)`. Every
// context opened here is closed when the test ends, so no page (nor its live socket) from an
// earlier test is left running beside the next.
import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { signIn } from './login';
import { hydrated } from './pages';

export { expect } from '@playwright/test';

/** Signs `username` in (with the demo two-step code for DSL and admin) in a new context, opens `path` and waits for hydration. */
export type SignedIn = (username: string, path?: string, password?: string) => Promise<Page>;

type Roles = {
	signedIn: SignedIn;
	/** Year 5 Oak's teacher (or `teacherUsername`), at the staff home. */
	teacherPage: Page;
	/** A Year 5 Oak pupil (or `pupilUsername`), at their home. */
	pupilPage: Page;
	/** A Year 5 Oak parent (or `parentUsername`), at the family home. */
	parentPage: Page;
	/** The designated safeguarding lead, after the two-step code, at the staff home. */
	dslPage: Page;
	/** The headteacher (the demo's admin), after the two-step code, at the staff home. */
	headPage: Page;
};

const SIGN_IN_TIMEOUT = 60_000;

type RoleUsers = { teacherUsername: string; pupilUsername: string; parentUsername: string };

export const test = base.extend<Roles & RoleUsers>({
	teacherUsername: ['teacher.oak', { option: true }],
	pupilUsername: ['pupil.oak.1', { option: true }],
	parentUsername: ['parent.oak.1', { option: true }],

	// `browser.newContext()` inside a test takes the spec's `test.use` options (base URL,
	// viewport, downloads), as the built-in `page` fixture does.
	signedIn: async ({ browser }, use) => {
		const contexts: BrowserContext[] = [];
		await use(async (username, path, password) => {
			const context = await browser.newContext();
			contexts.push(context);
			const page = await context.newPage();
			await signIn(page, username, password);
			if (path) await page.goto(path);
			await hydrated(page);
			return page;
		});
		for (const context of contexts) await context.close();
	},
	// Each role page has its own time to sign in, apart from the test's: a two-step account
	// that has used both codes the server accepts now waits up to 30 s for the next step, and
	// a fixture shares the test's timeout (30 s unless the test body sets more, too late to
	// help its fixtures) unless it has its own.
	teacherPage: [async ({ signedIn, teacherUsername }, use) => use(await signedIn(teacherUsername)), { timeout: SIGN_IN_TIMEOUT }],
	pupilPage: [async ({ signedIn, pupilUsername }, use) => use(await signedIn(pupilUsername)), { timeout: SIGN_IN_TIMEOUT }],
	parentPage: [async ({ signedIn, parentUsername }, use) => use(await signedIn(parentUsername)), { timeout: SIGN_IN_TIMEOUT }],
	dslPage: [async ({ signedIn }, use) => use(await signedIn('dsl')), { timeout: SIGN_IN_TIMEOUT }],
	headPage: [async ({ signedIn }, use) => use(await signedIn('admin')), { timeout: SIGN_IN_TIMEOUT }]
});
