// What the built server really sends: a CSP with a fresh nonce on SvelteKit's start-up
// script and no inline-script allowance, frame-ancestors 'none', and the other headers;
// the page still runs its scripts under that policy (the form is enhanced, no violations).
import { expect, test } from '@playwright/test';

test('pages carry a nonce-based CSP and the security headers, and still run', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
	});
	const response = await page.goto('/login');
	const headers = response!.headers();
	const csp = headers['content-security-policy'] ?? '';
	const scriptSrc =
		csp
			.split(';')
			.map((d) => d.trim())
			.find((d) => d.startsWith('script-src')) ?? '';
	expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
	expect(scriptSrc).not.toContain('unsafe-inline');
	expect(csp).toContain("frame-ancestors 'none'");
	expect(headers['x-frame-options']).toBe('DENY');
	expect(headers['referrer-policy']).toBe('same-origin');
	expect(headers['permissions-policy']).toContain('camera=()');
	expect(headers['strict-transport-security']).toBeUndefined();
	// A second load gets a different nonce.
	const again = (await page.request.get('/login')).headers()['content-security-policy'] ?? '';
	expect(again).not.toBe(csp);
	// Scripts ran: signing in works through the enhanced form and lands on the staff home.
	await page.getByLabel('Username').fill('teacher.oak');
	await page.getByLabel('Password').fill('safe-school-demo');
	await page.getByRole('button', { name: /sign in/i }).click();
	await expect(page).toHaveURL(/\/staff/);
	expect(violations).toEqual([]);
});
