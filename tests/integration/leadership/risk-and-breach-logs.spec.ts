// The risk log and the data-breach log on a real database: history and audit in the same
// transaction, the rules at the edge, and every boundary tried from the wrong side.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { addRisk, addStarterRisks, closeRisk, countOverdueRisks, listRisks, riskHistoryOf, updateRisk } from '../../../src/lib/server/leadership/risks';
import { listBreaches, recordBreach, updateBreach } from '../../../src/lib/server/leadership/breaches';
import { auditLog, riskHistory } from '../../../src/lib/server/db/schema';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { ConflictError, InputError, NotFoundError } from '../../../src/lib/server/errors';
import { breachSchema, riskSchema } from '../../../src/lib/domain/leadership/inputs';

let t: TestDatabase;
let s: TestSchool;
let other: TestSchool;
beforeAll(async () => {
	t = await openTestDatabase();
	s = await createTestSchool(t.db, 1);
	other = await createTestSchool(t.db, 1);
});
afterAll(() => t.close());

const risk = (ownerId: string, overrides: Record<string, unknown> = {}) =>
	riskSchema.parse({
		title: 'Pupils meet strangers in online games',
		description: 'Older pupils talk to people they do not know in game chat at home.',
		category: 'contact',
		likelihood: '4',
		impact: '5',
		ownerId,
		mitigations: 'Year 5 and 6 lessons on game chat; letter to families.',
		reviewOn: '2027-01-15',
		...overrides
	});

const breach = (overrides: Record<string, unknown> = {}) =>
	breachSchema.parse({
		discoveredAt: '2026-11-02T09:00',
		occurredAt: '2026-11-01T15:30',
		summary: 'A class list with parents’ phone numbers was emailed to the wrong parent.',
		dataAffected: 'Names and phone numbers of parents of one class',
		peopleAffected: '28 families of one Year 4 class',
		containment: 'The recipient deleted it and confirmed in writing.',
		icoDecision: 'not-needed',
		icoToldAt: '',
		icoReason: 'Deleted within the hour by a known parent; low risk to anyone.',
		lessons: 'Use the app’s class email, never personal lists.',
		...overrides
	});

describe('the risk log', () => {
	it('adds a risk with its rating, keeps every change in its history and the audit log, and closes it', async () => {
		const id = await addRisk(t.db, s.admin.actor, risk(s.dsl.id));
		const [added] = (await listRisks(t.db, s.dsl.actor)).filter((r) => r.id === id);
		expect(added).toMatchObject({ rating: 20, band: 'severe', ownerName: expect.stringContaining('Tester'), closed: false });

		await updateRisk(t.db, s.dsl.actor, { ...risk(s.dsl.id, { likelihood: '2' }), riskId: id, note: 'Lessons delivered to all of KS2', version: 1 });
		const [reviewed] = (await listRisks(t.db, s.admin.actor)).filter((r) => r.id === id);
		expect(reviewed).toMatchObject({ likelihood: 2, rating: 10, band: 'high', version: 2 });

		await closeRisk(t.db, s.admin.actor, id, 'Game chat now blocked on school devices.');
		const history = await riskHistoryOf(t.db, s.admin.actor, id);
		expect(history.map((h) => h.action)).toEqual(['closed', 'reviewed', 'added']);
		expect(history[1]!.changes).toEqual([{ field: 'likelihood', from: '4', to: '2' }]);
		const audit = await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, id));
		expect(audit.map((a) => a.action).sort()).toEqual(['risk.added', 'risk.closed', 'risk.updated']);
		await expect(updateRisk(t.db, s.admin.actor, { ...risk(s.dsl.id), riskId: id, note: '' })).rejects.toBeInstanceOf(ConflictError);
	});

	it('refuses a stale edit, so two leaders cannot overwrite each other', async () => {
		const id = await addRisk(t.db, s.admin.actor, risk(s.admin.id));
		await updateRisk(t.db, s.dsl.actor, { ...risk(s.admin.id, { impact: '3' }), riskId: id, note: '', version: 1 });
		await expect(updateRisk(t.db, s.admin.actor, { ...risk(s.admin.id, { impact: '1' }), riskId: id, note: '', version: 1 })).rejects.toBeInstanceOf(
			ConflictError
		);
		const [row] = (await listRisks(t.db, s.admin.actor)).filter((r) => r.id === id);
		expect(row!.impact).toBe(3);
	});

	it('counts open risks whose review date has passed for the leaders’ home', async () => {
		const fresh = await createTestSchool(t.db, 1);
		await addRisk(t.db, fresh.admin.actor, risk(fresh.admin.id, { reviewOn: '2026-01-10' }));
		await addRisk(t.db, fresh.admin.actor, risk(fresh.admin.id, { reviewOn: '2030-01-10' }));
		expect(await countOverdueRisks(t.db, fresh.dsl.actor, new Date('2026-11-30T12:00:00Z'))).toBe(1);
	});

	it('keeps history append-only at the database level', async () => {
		const id = await addRisk(t.db, s.admin.actor, risk(s.admin.id));
		await expect(t.db.execute(sql`update risk_history set note = 'rewritten' where risk_id = ${id}`)).rejects.toThrow();
		const rows = await t.db.select().from(riskHistory).where(eq(riskHistory.riskId, id));
		expect(rows.map((r) => r.note)).toEqual(['']);
	});

	it('refuses teachers, parents, pupils and another school, and an owner from another school', async () => {
		const teacher = s.classes[0].teacher.actor;
		await expect(addRisk(t.db, teacher, risk(s.admin.id))).rejects.toBeInstanceOf(AuthorizationError);
		await expect(listRisks(t.db, s.classes[0].parent.actor)).rejects.toBeInstanceOf(AuthorizationError);
		await expect(listRisks(t.db, s.classes[0].pupils[0]!.actor)).rejects.toBeInstanceOf(AuthorizationError);
		await expect(addRisk(t.db, s.admin.actor, risk(other.admin.id))).rejects.toBeInstanceOf(InputError);
		const id = await addRisk(t.db, s.admin.actor, risk(s.admin.id));
		expect((await listRisks(t.db, other.admin.actor)).some((r) => r.id === id)).toBe(false);
		await expect(closeRisk(t.db, other.admin.actor, id, 'Not ours to close')).rejects.toBeInstanceOf(NotFoundError);
		expect(await riskHistoryOf(t.db, other.admin.actor, id)).toEqual([]);
	});

	it('refuses bad input at the edge', () => {
		expect(riskSchema.safeParse({ ...risk(s.admin.id), likelihood: '6' }).success).toBe(false);
		expect(riskSchema.safeParse({ ...risk(s.admin.id), category: 'gossip' }).success).toBe(false);
		expect(riskSchema.safeParse({ ...risk(s.admin.id), title: '' }).success).toBe(false);
		expect(riskSchema.safeParse({ ...risk(s.admin.id), reviewOn: 'next week' }).success).toBe(false);
	});
});

describe('the data-breach log', () => {
	it('numbers breaches per year, records the ICO decision and audits it', async () => {
		const now = new Date('2026-11-30T12:00:00Z');
		const first = await recordBreach(t.db, s.admin.actor, breach(), now);
		const second = await recordBreach(t.db, s.admin.actor, breach({ icoDecision: 'undecided', icoReason: '', discoveredAt: '2026-11-28T10:00' }), now);
		expect([first.number, second.number]).toEqual(['2026-01', '2026-02']);
		const listed = await listBreaches(t.db, s.admin.actor, now);
		expect(listed.find((b) => b.id === first.id)?.ico).toEqual({ kind: 'not-needed' });
		expect(listed.find((b) => b.id === second.id)?.ico).toEqual({ kind: 'due', hoursLeft: 22 });
		await updateBreach(
			t.db,
			s.admin.actor,
			second.id,
			breach({ discoveredAt: '2026-11-28T10:00', icoDecision: 'told', icoToldAt: '2026-11-29T16:00', icoReason: '' }),
			now
		);
		expect((await listBreaches(t.db, s.admin.actor, now)).find((b) => b.id === second.id)?.ico).toEqual({ kind: 'told-in-time' });
		const audit = await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, second.id));
		expect(audit.map((a) => a.action).sort()).toEqual(['breach.recorded', 'breach.updated']);
	});

	it('needs a reason when the ICO is not told, and changes nothing when refused', async () => {
		const fresh = await createTestSchool(t.db, 1);
		await expect(recordBreach(t.db, fresh.admin.actor, breach({ icoReason: 'no' }))).rejects.toBeInstanceOf(InputError);
		await expect(recordBreach(t.db, fresh.admin.actor, breach({ icoDecision: 'told', icoToldAt: '' }))).rejects.toBeInstanceOf(InputError);
		expect(await listBreaches(t.db, fresh.admin.actor)).toEqual([]);
	});

	it('is the head’s alone: not the DSL, a teacher, a parent or another school', async () => {
		const { id } = await recordBreach(t.db, s.admin.actor, breach());
		await expect(listBreaches(t.db, s.dsl.actor)).rejects.toBeInstanceOf(AuthorizationError);
		await expect(listBreaches(t.db, s.classes[0].teacher.actor)).rejects.toBeInstanceOf(AuthorizationError);
		await expect(recordBreach(t.db, s.classes[0].parent.actor, breach())).rejects.toBeInstanceOf(AuthorizationError);
		expect((await listBreaches(t.db, other.admin.actor)).some((b) => b.id === id)).toBe(false);
		await expect(updateBreach(t.db, other.admin.actor, id, breach())).rejects.toBeInstanceOf(NotFoundError);
	});
});

describe('starter risks', () => {
	it('fills an empty log once, owned by the leader who asked, and refuses a second time', async () => {
		const fresh = await createTestSchool(t.db, 1);
		const n = await addStarterRisks(t.db, fresh.dsl.actor, new Date('2026-11-30T12:00:00Z'));
		const listed = await listRisks(t.db, fresh.admin.actor, new Date('2026-11-30T12:00:00Z'));
		expect(listed).toHaveLength(n);
		expect(n).toBeGreaterThanOrEqual(6);
		expect(new Set(listed.map((r) => r.ownerId))).toEqual(new Set([fresh.dsl.id]));
		expect(listed.every((r) => r.reviewOn === '2027-03-01')).toBe(true);
		await expect(addStarterRisks(t.db, fresh.dsl.actor)).rejects.toBeInstanceOf(ConflictError);
		await expect(addStarterRisks(t.db, fresh.classes[0].teacher.actor)).rejects.toBeInstanceOf(AuthorizationError);
	});
});
