// Reads the source of every server entry point and fails if one has no guard, so a new
// page cannot forget its permission check. Public entry points are listed with a reason.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ROUTES = path.resolve('src/routes');
const PUBLIC: Record<string, string> = {
	'+page.server.ts': 'the front door only redirects by role',
	'(auth)/login/+page.server.ts': 'signing in must work signed out',
	'(auth)/login/two-step/+page.server.ts': 'the pending session a right password opened is the permission; wrong codes count as failed sign-ins',
	'(auth)/login/enrol/+page.server.ts': "the pending session of a DSL or head who must set two-step up is the permission; it opens nothing else",
	'(auth)/logout/+page.server.ts': 'signing out works with or without a session',
	'(auth)/join/+page.server.ts': 'a new parent makes their account here with a one-time code; wrong codes are throttled',
	'(auth)/reset/+page.server.ts': 'a forgotten password is asked for signed out; the answer never says whether an address has an account; throttled',
	'(auth)/reset/[token]/+page.server.ts': 'the single-use token in the emailed link is the permission',
	'unsubscribe/[key]/[topic]/+page.server.ts': 'the random key in the email is the permission; it can only turn optional email off',
	'(auth)/card/[secret]/+page.server.ts': "a pupil's QR card signs them in signed out; wrong secrets are throttled per address",
	'healthz/+server.ts': 'uptime checks call it without a session; it names no school'
};

function entryPoints(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) return entryPoints(full);
		return /^\+(page|layout)\.server\.ts$|^\+server\.ts$/.test(name) ? [full] : [];
	});
}

/** Splits a module into its exported load, actions and HTTP handlers. */
function exportedHandlers(source: string): { name: string; body: string }[] {
	const starts = [...source.matchAll(/export const (load|actions|GET|POST|PUT|PATCH|DELETE)\b/g)];
	return starts.map((m, i) => ({
		name: m[1]!,
		body: source.slice(m.index!, starts[i + 1]?.index ?? source.length)
	}));
}

describe('every server entry point is guarded', () => {
	const files = entryPoints(ROUTES);
	it('finds the entry points', () => expect(files.length).toBeGreaterThan(8));

	for (const file of files) {
		const rel = path.relative(ROUTES, file);
		if (PUBLIC[rel]) continue;
		it(`${rel} guards each export`, () => {
			const source = readFileSync(file, 'utf8');
			const handlers = exportedHandlers(source);
			expect(handlers.length).toBeGreaterThan(0);
			for (const h of handlers) {
				if (h.name === 'actions') {
					const actions = h.body.split(/\n\t[A-Za-z]+:\s/).slice(1);
					for (const action of actions) expect(action).toMatch(/guard\(|adminAction\(/);
				} else {
					expect(h.body, `${h.name} in ${rel}`).toMatch(/guard\(/);
				}
			}
		});
	}

	it('guards every socket event handler', () => {
		const handlers = ['server.ts', 'handlers.ts'].flatMap((file) =>
			readFileSync(path.resolve('src/lib/server/realtime', file), 'utf8').split(/socket\.on\(/).slice(1)
		);
		expect(handlers.length).toBeGreaterThanOrEqual(5);
		for (const h of handlers) {
			const body = h.split(/\n\t\}\);/)[0]!;
			expect(body).toMatch(/assertCan\(/);
		}
	});
});
