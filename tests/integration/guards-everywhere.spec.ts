// Every server entry point is built by a shared wrapper that checks a permission (or is a
// listed public page), and every socket event handler calls assertCan. The check reads the
// TypeScript syntax tree, so comments and look-alike text cannot satisfy it; the self-tests
// below prove it fails for each way a handler could slip through.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { findUnguarded, findUnguardedSocketHandlers } from './support/guard-coverage';

const ROUTES = path.resolve('src/routes');
const PUBLIC: Record<string, string> = {
	'+page.server.ts': 'the front door only redirects by role',
	'(auth)/login/+page.server.ts': 'signing in must work signed out',
	'(auth)/login/two-step/+page.server.ts': 'the pending session a right password opened is the permission; wrong codes count as failed sign-ins',
	'(auth)/login/enrol/+page.server.ts': 'the pending session of a DSL or head who must set two-step up is the permission; it opens nothing else',
	'(auth)/logout/+page.server.ts': 'signing out works with or without a session',
	'(auth)/join/+page.server.ts': 'a new parent makes their account here with a one-time code; wrong codes are throttled',
	'(auth)/reset/+page.server.ts': 'a forgotten password is asked for signed out; the answer never says whether an address has an account; throttled',
	'(auth)/reset/[token]/+page.server.ts': 'the single-use token in the emailed link is the permission',
	'unsubscribe/[key]/[topic]/+page.server.ts': 'the random key in the email is the permission; it can only turn optional email off',
	'(auth)/card/[secret]/+page.server.ts': "a pupil's QR card signs them in signed out; wrong secrets are throttled per address",
	'(auth)/login/with/[school]/+server.ts':
		"staff start signing in with their school's own account while signed out; it only sends the browser to the school's provider",
	'(auth)/login/oidc/callback/+server.ts':
		"the school's provider sends signed-out staff back here; the sealed state, nonce and PKCE checks in this browser's cookie are the permission",
	'healthz/+server.ts': 'uptime checks call it without a session; it names no school'
};

function entryPoints(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) return entryPoints(full);
		return /^\+(page|layout)\.server\.(ts|js)$|^\+server\.(ts|js)$/.test(name) ? [full] : [];
	});
}

const IMPORTS = "import { endpoint, formAction, pageLoad, publicAction } from '$lib/server/http/handlers';\n";
const guarded = (src: string) => findUnguarded(IMPORTS + src, 'x.ts', { isPublic: false });

describe('the coverage check itself', () => {
	it('passes wrapped loads, actions, endpoints and local helpers that return a wrapper', () => {
		expect(
			guarded(`
export const load = pageLoad({ permission: 'home.staff', run: () => ({}) });
export const GET = endpoint({ permission: 'home.staff', run: () => new Response() });
function named(n: string) { return formAction({ permission: 'school.manage', run: () => ({ n }) }); }
export const actions = { save: formAction({ permission: 'home.staff', run: () => ({}) }), 'step2': named('x') };`)
		).toEqual([]);
	});

	it.each([
		['export async function POST', `export async function POST() { return new Response(); }`],
		['export const GET = an unwrapped arrow', `export const GET = async () => new Response();`],
		['an aliased action (shorthand)', `const save = formAction({ permission: 'home.staff', run: () => ({}) });\nexport const actions = { save };`],
		['an aliased action (by name)', `const save = formAction({ permission: 'home.staff', run: () => ({}) });\nexport const actions = { save: save };`],
		['an action key with a digit', `export const actions = { save2: async () => ({}) };`],
		['a guard only in a comment', `export const load = async () => { /* pageLoad({ permission: 'home.staff' }) guard(locals, 'x') */ return {}; };`],
		['a wrapper without a permission', `export const load = pageLoad({ run: () => ({}) } as never);`],
		['a public wrapper outside a public page', `export const actions = { default: publicAction({ schema: s, run: () => ({}) }) };`],
		['a re-export under a handler name', `const h = () => new Response();\nexport { h as POST };`],
		[
			'a look-alike wrapper not imported from the handlers module',
			`function formAction2(x: unknown) { return x; }\nexport const actions = { go: formAction2({ permission: 'home.staff' }) };`
		],
		['an action written as a method', `export const actions = { async go() { return {}; } };`],
		['actions spread from elsewhere', `export const actions = { ...other };`]
	])('fails for %s', (_label, src) => {
		expect(guarded(src).length).toBeGreaterThan(0);
	});

	it('fails for a local wrapper of the same name that is not the shared one', () => {
		const src = `function formAction(x: unknown) { return async () => x; }\nexport const actions = { go: formAction({ permission: 'home.staff' }) };`;
		expect(findUnguarded(src, 'x.ts', { isPublic: false }).length).toBeGreaterThan(0);
	});

	it('fails for a socket handler whose check is only in a comment, and passes a real one', () => {
		const src = `
socket.on('a', (input, ack) => { if (!permitted(() => assertCan(actor, 'x', r), ack)) return; });
socket.on('b', (input, ack) => { /* assertCan(actor) */ run(); });`;
		expect(findUnguardedSocketHandlers(src, 'h.ts')).toEqual({ events: ['a', 'b'], unguarded: ['b'] });
	});
});

describe('every server entry point is built by a guarded wrapper', () => {
	const files = entryPoints(ROUTES);
	it('finds the entry points', () => expect(files.length).toBeGreaterThan(40));

	it('lists only public pages that exist', () => {
		for (const rel of Object.keys(PUBLIC)) expect(files.map((f) => path.relative(ROUTES, f))).toContain(rel);
	});

	for (const file of files) {
		const rel = path.relative(ROUTES, file);
		it(`${rel}`, () => {
			expect(findUnguarded(readFileSync(file, 'utf8'), file, { isPublic: rel in PUBLIC })).toEqual([]);
		});
	}

	it('guards every socket event handler', () => {
		const dir = path.resolve('src/lib/server/realtime');
		const all = readdirSync(dir)
			.filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))
			.map((f) => findUnguardedSocketHandlers(readFileSync(path.join(dir, f), 'utf8'), f));
		expect(all.flatMap((r) => r.events).length).toBeGreaterThanOrEqual(5);
		expect(all.flatMap((r) => r.unguarded)).toEqual([]);
	});
});
