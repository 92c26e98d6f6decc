// Lessons given in response: a teacher (of that pupil or class) or the safeguarding lead
// assigns a lesson after an incident or a blocked message (lessons.assign). The chat and
// safeguarding services call `assignLesson` and `suggestLessonForBlockedDetail` directly;
// pupils see what is still outstanding on their lessons page.
import { and, eq, or, type SQL } from 'drizzle-orm';
import type { Database, Executor } from '../db';
import { classes, lessonAssignments } from '../db/schema';
import { can, type Actor, type Resource } from '../../domain/auth/permissions';
import {
	ageBandForYearGroup,
	outstandingAssignmentsForPupil,
	suggestLessonAfterBlock,
	validateAssignmentInput,
	type AssignmentInput,
	type BlockedDetailKind,
	type IsoDate,
	type Lesson,
	type LessonAssignment
} from '../../domain/curriculum';
import { assertCan } from '../auth/authorize';
import { classResource, pupilResource } from '../auth/resources';
import { recordAudit } from '../audit/record';
import { NotFoundError } from '../errors';
import { loadSchoolCalendar } from './calendar';
import { loadLessonIndex, schoolLessonIdFor } from './lesson-index';
import { loadClasses, loadCompletions, loadDeliveries, loadPupils } from './records';
import { throwFirstError } from './errors';
import { londonDate } from '../../domain/calendar';

async function targetResource(db: Executor, input: AssignmentInput): Promise<Resource> {
	const resource = input.target.kind === 'pupil' ? await pupilResource(db, input.target.pupilId) : await classResource(db, input.target.classId);
	if (!resource) throw new NotFoundError(input.target.kind === 'pupil' ? 'That pupil does not exist.' : 'That class does not exist.');
	return resource;
}

export async function assignLesson(db: Database, actor: Actor, input: AssignmentInput, options: { today?: IsoDate } = {}): Promise<LessonAssignment> {
	const resource = await targetResource(db, input);
	assertCan(actor, 'lessons.assign', resource);
	const lessons = await loadLessonIndex(db, actor.schoolId);
	const targetId = input.target.kind === 'pupil' ? input.target.pupilId : input.target.classId;
	// assertCan has confirmed the target is in the actor's school.
	const checked = validateAssignmentInput(input, {
		actor: { id: actor.userId, role: actor.role },
		today: options.today ?? londonDate(new Date()),
		lessons,
		schoolPupilIds: new Set(input.target.kind === 'pupil' ? [targetId] : []),
		schoolClassIds: new Set(input.target.kind === 'class' ? [targetId] : [])
	});
	if (!checked.ok) throwFirstError(checked.errors);
	const draft = checked.value;
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(lessonAssignments)
			.values({
				schoolId: actor.schoolId,
				lessonId: draft.lessonId,
				schoolLessonId: schoolLessonIdFor(lessons.get(draft.lessonId)!),
				pupilId: draft.target.kind === 'pupil' ? draft.target.pupilId : null,
				classId: draft.target.kind === 'class' ? draft.target.classId : null,
				reason: draft.reason,
				assignedBy: actor.userId,
				assignedOn: draft.assignedOn,
				dueBy: draft.dueBy
			})
			.returning({ id: lessonAssignments.id });
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'lessons.assigned',
			targetType: draft.target.kind,
			targetId,
			details: { assignmentId: row!.id, lessonId: draft.lessonId, reason: draft.reason, dueBy: draft.dueBy }
		});
		return { ...draft, id: row!.id };
	});
}

/**
 * The lesson to suggest after the screen blocked a personal detail from this pupil: the
 * privacy lesson for their class's age band. Null when the pupil has no class this year.
 */
export async function suggestLessonForBlockedDetail(db: Executor, pupilId: string, kind: BlockedDetailKind): Promise<Lesson | null> {
	const resource = await pupilResource(db, pupilId);
	if (!resource || resource.kind !== 'pupil' || !resource.classId) return null;
	const [cls] = await db.select({ yearGroup: classes.yearGroup }).from(classes).where(eq(classes.id, resource.classId));
	return cls ? suggestLessonAfterBlock(kind, ageBandForYearGroup(cls.yearGroup)) : null;
}

export interface OutstandingAssignment extends LessonAssignment {
	lessonTitle: string;
	durationMinutes: number;
}

/** The pupil's assigned lessons not yet done, for their lessons page. */
export async function listOutstandingAssignments(db: Executor, actor: Actor, pupilId: string): Promise<OutstandingAssignment[]> {
	const resource = await pupilResource(db, pupilId);
	if (!resource || resource.kind !== 'pupil') throw new NotFoundError('That pupil does not exist.');
	assertCan(actor, 'pupil.read', resource);
	const targets: SQL[] = [eq(lessonAssignments.pupilId, pupilId)];
	if (resource.classId) targets.push(eq(lessonAssignments.classId, resource.classId));
	const rows = await db
		.select()
		.from(lessonAssignments)
		.where(and(eq(lessonAssignments.schoolId, resource.schoolId), or(...targets)));
	if (rows.length === 0) return [];
	const since = rows.reduce((min, r) => (r.assignedOn < min ? r.assignedOn : min), rows[0]!.assignedOn);
	const [lessons, completions, deliveries] = await Promise.all([
		loadLessonIndex(db, resource.schoolId),
		// Repeats count here: redoing a lesson after it was assigned is the point.
		loadCompletions(db, { schoolId: resource.schoolId, to: '9999-12-31', pupilIds: [pupilId] }),
		loadDeliveries(db, { schoolId: resource.schoolId, from: since, to: '9999-12-31', pupilId })
	]);
	const assignments: LessonAssignment[] = rows.map((r) => ({
		id: r.id,
		lessonId: r.lessonId,
		target: r.pupilId ? { kind: 'pupil', pupilId: r.pupilId } : { kind: 'class', classId: r.classId! },
		reason: r.reason as LessonAssignment['reason'],
		assignedBy: r.assignedBy ?? '',
		assignedOn: r.assignedOn,
		dueBy: r.dueBy
	}));
	return outstandingAssignmentsForPupil({ pupil: { id: pupilId, classId: resource.classId ?? '' }, assignments, completions, deliveries })
		.filter((a) => lessons.has(a.lessonId))
		.map((a) => ({ ...a, lessonTitle: lessons.get(a.lessonId)!.title, durationMinutes: lessons.get(a.lessonId)!.durationMinutes }));
}

export interface AssignTarget {
	value: string;
	label: string;
}

/** Classes and pupils this actor may assign to: a teacher's own, or the whole school for the DSL. */
export async function listAssignTargets(db: Executor, actor: Actor): Promise<AssignTarget[]> {
	const yearId = (await loadSchoolCalendar(db, actor.schoolId, londonDate(new Date()))).yearId;
	const [classList, pupils] = await Promise.all([loadClasses(db, actor.schoolId), loadPupils(db, actor.schoolId, yearId)]);
	const allowed = classList.filter((c) => can(actor, 'lessons.assign', { kind: 'class', schoolId: actor.schoolId, classId: c.id }));
	const names = new Map(allowed.map((c) => [c.id, c.name]));
	return allowed.flatMap((c) => [
		{ value: `class:${c.id}`, label: `Whole class: ${c.name}` },
		...pupils
			.filter((p) => p.classId === c.id)
			.sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB'))
			.map((p) => ({ value: `pupil:${p.id}`, label: `${p.displayName} (${names.get(c.id)})` }))
	]);
}
