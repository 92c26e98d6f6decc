// The security headers: the hook's on every response, HSTS only over HTTPS, and the
// Content-Security-Policy configured for SvelteKit (the e2e header test checks what a
// real built page sends, nonce included).
import { describe, expect, it } from 'vitest';
import config from '../../../svelte.config.js';
import { HSTS, PERMISSIONS_POLICY, securityHeaders } from '../../../src/lib/server/hooks/security-headers';

async function headersFor(url: string, signedIn = false): Promise<Headers> {
	const event = { url: new URL(url), locals: { user: signedIn ? { id: 'u' } : null } };
	const response = await securityHeaders({ event: event as never, resolve: async () => new Response('page', { headers: { 'content-type': 'text/html' } }) });
	return response.headers;
}

describe('security headers from the hook', () => {
	it('sends the framing, sniffing, referrer and feature headers on every response', async () => {
		const h = await headersFor('http://school.test/login');
		expect(h.get('X-Frame-Options')).toBe('DENY');
		expect(h.get('X-Content-Type-Options')).toBe('nosniff');
		expect(h.get('Referrer-Policy')).toBe('same-origin');
		expect(h.get('Permissions-Policy')).toBe(PERMISSIONS_POLICY);
		expect(h.get('Permissions-Policy')).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
	});

	it('sends HSTS only when the request came over HTTPS', async () => {
		expect((await headersFor('http://school.test/login')).get('Strict-Transport-Security')).toBeNull();
		expect((await headersFor('https://school.test/login')).get('Strict-Transport-Security')).toBe(HSTS);
	});

	it('keeps signed-in pages out of caches', async () => {
		expect((await headersFor('http://school.test/staff', true)).get('Cache-Control')).toBe('no-store');
	});
});

describe('the Content-Security-Policy configured for SvelteKit', () => {
	const csp = config.kit?.csp;
	it('uses nonces or hashes, and allows no inline or eval script', () => {
		expect(csp?.mode).toBe('auto');
		const scripts = csp?.directives?.['script-src'] ?? [];
		expect(scripts).toEqual(['self']);
		expect(JSON.stringify(csp?.directives)).not.toMatch(/unsafe-eval/);
	});

	it('forbids framing, plugins and foreign form targets', () => {
		expect(csp?.directives?.['frame-ancestors']).toEqual(['none']);
		expect(csp?.directives?.['object-src']).toEqual(['none']);
		expect(csp?.directives?.['form-action']).toEqual(['self']);
		expect(csp?.directives?.['default-src']).toEqual(['self']);
	});
});
