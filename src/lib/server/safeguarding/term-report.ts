// The termly report for governors: incidents by category, blocked attempts by kind,
// moderation times (submission to decision, from the review queue) and lesson coverage
// (the curriculum's school view), built by the domain's buildTermReport for one term.
import { and, eq, gte, isNotNull, lt } from 'drizzle-orm';
import type { Executor } from '../db';
import { schoolName } from '../schools/school-name';
import { blockedAttempts, incidents, reviewItems } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { buildTermReport, type TermReport } from '../../domain/safeguarding/report';
import type { CategoryKey } from '../../domain/safeguarding/categories';
import { parseLondonLocal } from '../../domain/calendar';
import { assertCan, ownSchool } from '../auth/authorize';
import { recordAudit } from '../audit/record';
import { loadSchoolProgress } from '../curriculum/progress';

export async function getTermReport(db: Executor, actor: Actor, termName: string | null): Promise<{ report: TermReport; terms: string[] }> {
	assertCan(actor, 'report.read', ownSchool(actor));
	const progress = await loadSchoolProgress(db, actor.schoolId, { termName });
	const start = parseLondonLocal(progress.term.startsOn)!;
	// Terms end on their last day; the report counts up to the start of the next.
	const end = new Date(parseLondonLocal(progress.term.endsOn)!.getTime() + 86_400_000);
	const name = await schoolName(db, actor.schoolId);
	const [incidentRows, blockedRows, decided] = await Promise.all([
		db
			.select({ categoryKey: incidents.categoryKey, reportedAt: incidents.reportedAt })
			.from(incidents)
			.where(and(eq(incidents.schoolId, actor.schoolId), gte(incidents.reportedAt, start), lt(incidents.reportedAt, end))),
		db
			.select({ kinds: blockedAttempts.kinds, at: blockedAttempts.createdAt })
			.from(blockedAttempts)
			.where(and(eq(blockedAttempts.schoolId, actor.schoolId), gte(blockedAttempts.createdAt, start), lt(blockedAttempts.createdAt, end))),
		db
			.select({ submittedAt: reviewItems.submittedAt, decidedAt: reviewItems.decidedAt })
			.from(reviewItems)
			.where(and(eq(reviewItems.schoolId, actor.schoolId), isNotNull(reviewItems.decidedAt), gte(reviewItems.decidedAt, start), lt(reviewItems.decidedAt, end)))
	]);
	const totals = progress.view.totals;
	const report = buildTermReport({
		schoolName: name,
		term: { name: `${progress.term.name} ${progress.term.startsOn.slice(0, 4)}`, start, end },
		incidents: incidentRows.map((r) => ({ categoryKey: r.categoryKey as CategoryKey, reportedAt: r.reportedAt })),
		// An attempt with two kinds of detail counts once for each.
		blockedAttempts: blockedRows.flatMap((r) => r.kinds.map((kind) => ({ kind, at: r.at }))),
		moderationDecisions: decided.map((d) => ({ submittedAt: d.submittedAt, decidedAt: d.decidedAt! })),
		lessonCoverage: { targetMinutes: progress.view.targetMinutes, pupilsCounted: totals.pupilCount, pupilsMeetingTarget: totals.counts.met }
	});
	await recordAudit(db, {
		schoolId: actor.schoolId,
		actorId: actor.userId,
		action: 'report.term_viewed',
		targetType: 'school',
		targetId: actor.schoolId,
		details: { term: report.term.name }
	});
	return { report, terms: progress.terms.map((t) => t.name) };
}
