import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { auditLog } from '../../../src/lib/server/db/schema';
import { recordAudit } from '../../../src/lib/server/audit/record';

let t: TestDatabase;
beforeAll(async () => {
	t = await openTestDatabase();
});
afterAll(() => t.close());

describe('audit log', () => {
	it('refuses updates and deletes', async () => {
		await recordAudit(t.db, { schoolId: null, actorId: null, action: 'test.entry', details: { n: 1 } });
		const [row] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'test.entry'));
		expect(row).toBeDefined();
		await expect(t.db.update(auditLog).set({ action: 'test.rewritten' }).where(eq(auditLog.id, row!.id))).rejects.toThrow();
		await expect(t.db.delete(auditLog).where(eq(auditLog.id, row!.id))).rejects.toThrow();
		const [still] = await t.db.select().from(auditLog).where(eq(auditLog.id, row!.id));
		expect(still?.action).toBe('test.entry');
	});

	it('lets only the retention purge delete, inside its own transaction', async () => {
		await recordAudit(t.db, { schoolId: null, actorId: null, action: 'test.old' });
		await t.db.transaction(async (tx) => {
			await tx.execute(sql`set local app.audit_purge = 'on'`);
			await tx.delete(auditLog).where(eq(auditLog.action, 'test.old'));
		});
		expect(await t.db.select().from(auditLog).where(eq(auditLog.action, 'test.old'))).toHaveLength(0);
	});

	it('rolls the entry back with the change it describes', async () => {
		await expect(
			t.db.transaction(async (tx) => {
				await recordAudit(tx, { schoolId: null, actorId: null, action: 'test.rolled_back' });
				throw new Error('the change failed');
			})
		).rejects.toThrow('the change failed');
		expect(await t.db.select().from(auditLog).where(eq(auditLog.action, 'test.rolled_back'))).toHaveLength(0);
	});
});
