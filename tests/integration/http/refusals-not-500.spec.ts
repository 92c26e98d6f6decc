// Inputs that once became a 500: a NUL byte in a form or a chat message, `?reason=constructor`
// and a `?next=` carrying CR/LF on the login page. Each is a clear answer and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { parseForm } from '../../../src/lib/server/http/forms';
import { loginSchema } from '../../../src/lib/domain/schools/inputs';
import { sendChatSchema } from '../../../src/lib/domain/messaging/inputs';

function formRequest(fields: Record<string, string>): Request {
	return new Request('http://localhost/login', { method: 'POST', body: new URLSearchParams(fields) });
}

describe('text PostgreSQL cannot store', () => {
	it('is refused by the one form parser with a 400 and a kind message', async () => {
		const parsed = await parseForm(formRequest({ username: 'pupil\u0000one', password: 'x' }), loginSchema);
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.failure.status).toBe(400);
		expect(parsed.failure.data.errors.username).toMatch(/hidden character/);
	});

	it('is refused in a chat message at the socket edge', () => {
		const result = sendChatSchema.safeParse({ roomId: '00000000-0000-4000-8000-000000000000', body: 'hi\u0000there', clientKey: 'abcdefgh12' });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.message).toMatch(/hidden character/);
	});
});

describe('the login page', () => {
	// The page lists the schools' own sign-in buttons, so it reads the database.
	let t: TestDatabase;
	beforeAll(async () => {
		t = await openTestDatabase();
	});
	afterAll(() => t.close());

	it('ignores a reason that is not its own (no prototype lookups)', async () => {
		const { load } = await import('../../../src/routes/(auth)/login/+page.server');
		// The load is built by the shared wrapper, so it answers a promise.
		const call = (reason: string) =>
			(load as (e: unknown) => Promise<{ notice: string | null }>)({ locals: { user: null }, url: new URL(`http://localhost/login?reason=${reason}`) });
		expect((await call('constructor')).notice).toBeNull();
		expect((await call('__proto__')).notice).toBeNull();
		expect((await call('signed-out')).notice).toBe('You have signed out.');
	});
});
