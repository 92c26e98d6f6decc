// Governors read the termly report and the risk log and nothing about any child: every
// child-facing permission, the breach log and the staff part of the site are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, TEST_PASSWORD, type TestSchool } from '../support/factories';
import { users } from '../../../src/lib/server/db/schema';
import { hashPassword } from '../../../src/lib/server/auth/passwords';
import { loadActor } from '../../../src/lib/server/auth/actor';
import { can, ALL_PERMISSIONS, type Actor } from '../../../src/lib/domain/auth/permissions';
import { getTermReport } from '../../../src/lib/server/safeguarding/term-report';
import { termReportCsvResponse } from '../../../src/lib/server/safeguarding/term-report-csv';
import { addRisk, listRisks, updateRisk } from '../../../src/lib/server/leadership/risks';
import { listBreaches } from '../../../src/lib/server/leadership/breaches';
import { listAlerts } from '../../../src/lib/server/safeguarding/alert-inbox';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { riskSchema } from '../../../src/lib/domain/leadership/inputs';
import { areaFor } from '../../../src/lib/server/hooks/gate';
import { homePathFor } from '../../../src/lib/domain/auth/roles';

let t: TestDatabase;
let s: TestSchool;
let governor: Actor;
let otherGovernor: Actor;

async function addGovernor(school: TestSchool, name: string): Promise<Actor> {
	const [u] = await t.db
		.insert(users)
		.values({
			schoolId: school.id,
			username: `${name}.${school.id.slice(0, 6)}`,
			role: 'governor',
			firstName: name,
			surname: 'Governor',
			passwordHash: await hashPassword(TEST_PASSWORD)
		})
		.returning();
	return loadActor(t.db, { id: u!.id, schoolId: school.id, role: 'governor', firstName: name, surname: 'Governor', username: u!.username });
}

beforeAll(async () => {
	t = await openTestDatabase();
	s = await createTestSchool(t.db, 2);
	const other = await createTestSchool(t.db, 1);
	governor = await addGovernor(s, 'ruth');
	otherGovernor = await addGovernor(other, 'sam');
});
afterAll(() => t.close());

describe('governors', () => {
	it('read the termly report and the risk log of their own school', async () => {
		const { report } = await getTermReport(t.db, governor, null);
		expect(report.incidentsByCategory.length).toBeGreaterThan(0);
		const id = await addRisk(
			t.db,
			s.admin.actor,
			riskSchema.parse({
				title: 'Game chat',
				description: 'Pupils talk to strangers in game chat.',
				category: 'contact',
				likelihood: '3',
				impact: '4',
				ownerId: s.dsl.id,
				mitigations: 'Lessons and letters.',
				reviewOn: '2027-01-01'
			})
		);
		expect((await listRisks(t.db, governor)).map((r) => r.id)).toContain(id);
		expect((await listRisks(t.db, otherGovernor)).map((r) => r.id)).not.toContain(id);
	});

	it('cannot change the risk log, read the breach log or see any alert', async () => {
		const [risk] = await listRisks(t.db, governor);
		await expect(
			updateRisk(t.db, governor, { ...riskSchema.parse({ ...risk, likelihood: '1', impact: '1' }), riskId: risk!.id, note: '' })
		).rejects.toBeInstanceOf(AuthorizationError);
		await expect(listBreaches(t.db, governor)).rejects.toBeInstanceOf(AuthorizationError);
		await expect(listAlerts(t.db, governor)).rejects.toBeInstanceOf(AuthorizationError);
	});

	it('have no permission that touches a child, a class or a family', () => {
		const pupil = s.classes[0].pupils[0]!;
		const resources = [
			{ kind: 'pupil' as const, schoolId: s.id, pupilId: pupil.id, classId: s.classes[0].id },
			{ kind: 'class' as const, schoolId: s.id, classId: s.classes[0].id },
			{ kind: 'school' as const, schoolId: s.id }
		];
		const allowed = ALL_PERMISSIONS.filter((p) => resources.some((r) => can(governor, p, r)));
		// lessons.read is the school's lesson catalogue, policy.read its policies (no child in either),
		// account.two_step their own sign-in.
		// allegation.head only lets the chair of governors reach an allegation about the head (head-allegations.spec.ts).
		expect(allowed.sort()).toEqual([
			'account.two_step',
			'allegation.head',
			'home.governor',
			'lessons.read',
			'policy.read',
			'report.read',
			'review.read',
			'risk.read'
		]);
	});

	it('have their own part of the site and are refused the staff part', () => {
		expect(homePathFor('governor')).toBe('/governor');
		expect(areaFor('/governor/risks')?.permission).toBe('home.governor');
		expect(can(governor, areaFor('/staff')!.permission, { kind: 'school', schoolId: s.id })).toBe(false);
	});

	it('download the same termly report as CSV as leaders do, and a parent cannot', async () => {
		const asGovernor = await termReportCsvResponse(t.db, governor, null);
		const asHead = await termReportCsvResponse(t.db, s.admin.actor, null);
		expect(asGovernor.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(asGovernor.headers.get('cache-control')).toBe('no-store');
		const text = await asGovernor.text();
		expect(text.split(/\r?\n/)[0]).toBe('Section,Item,Value');
		expect(text).toBe(await asHead.text());
		await expect(termReportCsvResponse(t.db, s.classes[0].parent.actor, null)).rejects.toBeInstanceOf(AuthorizationError);
	});
});
