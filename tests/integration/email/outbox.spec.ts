// The outbox against a real SMTP sink: temporary failures are retried with back-off,
// permanent refusals stop and show the teacher, a crash mid-send is retried, and without a
// relay the email waits with a clear reason. Nothing is silently dropped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { addContact, key, startSink, withMailDomain, type Sink } from './support';
import { sendClassEmail } from '../../../src/lib/server/email/send-email';
import { processOutbox } from '../../../src/lib/server/email/outbox';
import { retrySending } from '../../../src/lib/server/email/mailbox-actions';
import { listMailbox } from '../../../src/lib/server/email/views';
import { emailOutbox } from '../../../src/lib/server/db/schema';
import { NO_RELAY_MESSAGE, RETRY_DELAYS_MS, SEND_LEASE_MS } from '../../../src/lib/domain/email/delivery';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { ConflictError } from '../../../src/lib/server/errors';

let t: TestDatabase;
let s: TestSchool;
let sink: Sink;
let contactId: string;
beforeAll(async () => {
	t = await openTestDatabase();
	s = await createTestSchool(t.db, 1);
	await withMailDomain(t.db, s);
	contactId = await addContact(t.db, s);
	sink = await startSink();
});
afterAll(async () => {
	await sink.close();
	await t.close();
});

const A = () => s.classes[0];
/** A teacher's email goes straight to the outbox (screened, no approval needed). */
async function teacherEmail(subject: string, now: Date): Promise<string> {
	const r = await sendClassEmail(
		t.db,
		A().teacher.actor,
		A().id,
		{ to: `contact:${contactId}`, subject, body: 'Thank you for the visit.', clientKey: key() },
		now
	);
	if (r.outcome !== 'sent') throw new Error(r.outcome);
	return r.emailId;
}
const outboxOf = async (emailId: string) => (await t.db.select().from(emailOutbox).where(eq(emailOutbox.emailId, emailId)))[0]!;

describe('the outbox', () => {
	it('waits with a clear reason while no relay is configured, then sends once there is one', async () => {
		const now = new Date();
		const id = await teacherEmail('Waiting for a relay', now);
		await processOutbox(t.db, undefined, now);
		expect(await outboxOf(id)).toMatchObject({ status: 'waiting', lastError: NO_RELAY_MESSAGE, attempts: 0 });
		const seen = (await listMailbox(t.db, A().teacher.actor, A().id)).find((e) => e.id === id)!;
		expect(seen.outbox).toMatchObject({ status: 'waiting', lastError: NO_RELAY_MESSAGE });
		await processOutbox(t.db, sink.url, now);
		expect(await outboxOf(id)).toMatchObject({ status: 'sent', lastError: null });
		expect(sink.messages.filter((m) => m.parsed.subject === 'Waiting for a relay')).toHaveLength(1);
	});

	it('retries a temporary failure after the back-off, not before', async () => {
		const now = new Date();
		const id = await teacherEmail('Relay busy', now);
		sink.failNext(1, 451);
		expect(await processOutbox(t.db, sink.url, now)).toEqual({ sent: 0, retrying: 1, failed: 0 });
		const waiting = await outboxOf(id);
		expect(waiting).toMatchObject({ status: 'waiting', attempts: 1 });
		expect(waiting.nextAttemptAt.getTime()).toBe(now.getTime() + RETRY_DELAYS_MS[0]);
		expect(waiting.lastError).toMatch(/Try later/);
		expect(await processOutbox(t.db, sink.url, new Date(now.getTime() + 30_000))).toEqual({ sent: 0, retrying: 0, failed: 0 });
		expect(await processOutbox(t.db, sink.url, new Date(now.getTime() + RETRY_DELAYS_MS[0] + 1))).toEqual({ sent: 1, retrying: 0, failed: 0 });
		expect(await outboxOf(id)).toMatchObject({ status: 'sent', attempts: 2 });
	});

	it('stops at a permanent refusal, shows the teacher, and sends when the teacher retries', async () => {
		const now = new Date();
		const id = await teacherEmail('Refused by the relay', now);
		sink.failNext(1, 550);
		expect((await processOutbox(t.db, sink.url, now)).failed).toBe(1);
		const seen = (await listMailbox(t.db, A().teacher.actor, A().id)).find((e) => e.id === id)!;
		expect(seen.outbox).toMatchObject({ status: 'failed' });
		expect(seen.outbox!.lastError).toMatch(/Refused by policy/);
		await expect(retrySending(t.db, A().pupils[0]!.actor, id)).rejects.toThrow(AuthorizationError);
		await expect(retrySending(t.db, s.classes[1].teacher.actor, id)).rejects.toThrow(AuthorizationError);
		await retrySending(t.db, A().teacher.actor, id, now);
		await expect(retrySending(t.db, A().teacher.actor, id, now)).rejects.toThrow(ConflictError);
		await processOutbox(t.db, sink.url, now);
		expect(await outboxOf(id)).toMatchObject({ status: 'sent' });
	});

	it('sends again an email whose worker died mid-send, once the lease runs out', async () => {
		const now = new Date();
		const id = await teacherEmail('Worker crashed', now);
		// What a crash leaves behind: claimed ("sending") and never finished.
		await t.db
			.update(emailOutbox)
			.set({ status: 'sending', attempts: 1, nextAttemptAt: new Date(now.getTime() + SEND_LEASE_MS) })
			.where(eq(emailOutbox.emailId, id));
		expect((await processOutbox(t.db, sink.url, now)).sent).toBe(0);
		expect((await processOutbox(t.db, sink.url, new Date(now.getTime() + SEND_LEASE_MS + 1))).sent).toBe(1);
		expect(sink.messages.filter((m) => m.parsed.subject === 'Worker crashed')).toHaveLength(1);
	});
});
