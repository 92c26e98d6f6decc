// The planner: which lessons each year group is taught each term. Rules: staff read it
// (school.read); the head saves a term's list (school.manage), which the domain checks
// (lessons that suit the year group, no repeats); saving and resetting are audited,
// because the plan decides what every pupil is taught.
import { and, eq } from 'drizzle-orm';
import type { Database, Executor } from '../db';
import { lessonPlans } from '../db/schema';
import { can, type Actor } from '../../domain/auth/permissions';
import {
	PLANNED_YEAR_GROUPS,
	planForYearGroup,
	plannableLessons,
	validatePlanLessons,
	type PlannedTerm,
	type SchoolPlanEntry,
	type TermName
} from '../../domain/curriculum';
import { assertCan, ownSchool } from '../auth/authorize';
import { recordAudit } from '../audit/record';
import { InputError } from '../errors';
import { loadSchoolCalendar } from './calendar';
import { loadLessonIndex } from './lesson-index';
import { londonDate } from '../../domain/calendar';

export interface YearGroupPlan {
	yearGroup: number;
	terms: PlannedTerm[];
	/** For the head's editing form: the lessons this year group may be planned. */
	choices: { id: string; title: string; durationMinutes: number; strand: string }[];
}

export interface Planner {
	targetMinutes: number;
	canEdit: boolean;
	years: YearGroupPlan[];
}

export async function loadSchoolPlans(db: Executor, schoolId: string): Promise<SchoolPlanEntry[]> {
	const rows = await db
		.select({ yearGroup: lessonPlans.yearGroup, termName: lessonPlans.termName, lessonIds: lessonPlans.lessonIds })
		.from(lessonPlans)
		.where(eq(lessonPlans.schoolId, schoolId));
	return rows.map((r) => ({ ...r, termName: r.termName as TermName }));
}

export async function getPlanner(db: Executor, actor: Actor): Promise<Planner> {
	assertCan(actor, 'school.read', ownSchool(actor));
	const [plans, index, calendar] = await Promise.all([
		loadSchoolPlans(db, actor.schoolId),
		loadLessonIndex(db, actor.schoolId),
		loadSchoolCalendar(db, actor.schoolId, londonDate(new Date()))
	]);
	const canEdit = can(actor, 'school.manage', ownSchool(actor));
	return {
		targetMinutes: calendar.targetMinutes,
		canEdit,
		years: PLANNED_YEAR_GROUPS.map((yearGroup) => ({
			yearGroup,
			terms: planForYearGroup(yearGroup, plans, index, calendar.targetMinutes),
			choices: canEdit
				? plannableLessons(yearGroup, index).map((l) => ({ id: l.id, title: l.title, durationMinutes: l.durationMinutes, strand: l.strand }))
				: []
		}))
	};
}

export interface PlanInput {
	yearGroup: number;
	termName: TermName;
	lessonIds: readonly string[];
	/** Back to the default plan for this term. */
	reset: boolean;
}

export async function savePlan(db: Database, actor: Actor, input: PlanInput): Promise<void> {
	assertCan(actor, 'school.manage', ownSchool(actor));
	const index = await loadLessonIndex(db, actor.schoolId);
	const problem = input.reset ? null : validatePlanLessons(input.yearGroup, input.lessonIds, index);
	if (problem) throw new InputError('lessonIds', problem);
	await db.transaction(async (tx) => {
		const where = and(eq(lessonPlans.schoolId, actor.schoolId), eq(lessonPlans.yearGroup, input.yearGroup), eq(lessonPlans.termName, input.termName));
		await tx.delete(lessonPlans).where(where);
		if (!input.reset) {
			await tx.insert(lessonPlans).values({
				schoolId: actor.schoolId,
				yearGroup: input.yearGroup,
				termName: input.termName,
				lessonIds: [...input.lessonIds],
				updatedBy: actor.userId
			});
		}
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: input.reset ? 'lessons.plan_reset' : 'lessons.plan_saved',
			targetType: 'lesson_plan',
			targetId: `${input.yearGroup}-${input.termName}`,
			details: { yearGroup: input.yearGroup, termName: input.termName, lessonIds: [...input.lessonIds] }
		});
	});
}
