// Monitoring search, the audit log and the termly report: only the DSL and head, only
// their school, and every look is itself logged with its filters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { reportedMessage } from './support';
import { searchAudit, searchMessages } from '../../../src/lib/server/safeguarding/monitoring';
import { getTermReport } from '../../../src/lib/server/safeguarding/term-report';
import { renderTermReportCsv } from '../../../src/lib/domain/safeguarding/report';
import { auditLog } from '../../../src/lib/server/db/schema';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';

let t: TestDatabase;
let s: TestSchool;
beforeAll(async () => {
	t = await openTestDatabase();
	s = await createTestSchool(t.db, 2);
});
afterAll(() => t.close());
const all = { pupilId: null, classId: null, from: null, to: null, finding: null, source: 'all' as const };

describe('monitoring', () => {
	it('finds a pupil’s messages in their own school only and logs the search with its filters', async () => {
		await reportedMessage(t.db, s, 'Monitoring can find this one');
		const found = await searchMessages(t.db, s.dsl.actor, { ...all, pupilId: s.classes[0].pupils[0]!.id });
		expect(found.map((f) => f.body)).toContain('Monitoring can find this one');
		expect(await searchMessages(t.db, s.dsl.actor, { ...all, classId: s.classes[1].id })).toHaveLength(0);
		const other = await createTestSchool(t.db, 1);
		expect((await searchMessages(t.db, other.dsl.actor, all)).map((f) => f.body)).not.toContain('Monitoring can find this one');
		const logged = await t.db.select().from(auditLog).where(eq(auditLog.action, 'monitoring.searched'));
		expect(logged.some((l) => l.actorId === s.dsl.id && (l.details as { filters: { pupilId: string } }).filters.pupilId === s.classes[0].pupils[0]!.id)).toBe(
			true
		);
		const audit = await searchAudit(t.db, s.admin.actor, { action: 'monitoring.', actorId: null });
		expect(audit.every((a) => a.action.startsWith('monitoring.'))).toBe(true);
	});

	it('is refused to a teacher, a parent and a pupil', async () => {
		for (const who of [s.classes[0].teacher, s.classes[0].parent, s.classes[0].pupils[0]!]) {
			await expect(searchMessages(t.db, who.actor, all)).rejects.toBeInstanceOf(AuthorizationError);
			await expect(searchAudit(t.db, who.actor, { action: null, actorId: null })).rejects.toBeInstanceOf(AuthorizationError);
			await expect(getTermReport(t.db, who.actor, null)).rejects.toBeInstanceOf(AuthorizationError);
		}
	});
});

describe('the termly report', () => {
	it('counts the term’s moderation decisions and renders CSV', async () => {
		const { report } = await getTermReport(t.db, s.dsl.actor, null);
		expect(report.incidentsByCategory).toHaveLength(6);
		expect(report.moderation.decided).toBeGreaterThanOrEqual(0);
		const csv = renderTermReportCsv(report);
		expect(csv.split('\r\n')[0]).toBe('Section,Item,Value');
	});
});
