// What the record-a-lesson form and a pupil's lessons page need, gathered behind the same
// permission checks as the actions they lead to: the class's teacher for the form
// (lessons.record), the pupil themselves for their page (lessons.complete).
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db';
import { lessonCompletions } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import {
	academicYearStartFor,
	ageBandForYearGroup,
	latestRecordableDate,
	lessonsForAgeBand,
	type LessonBand,
	type IsoDate,
	type Lesson,
	type PupilInfo,
	type SelfStudyStatus
} from '../../domain/curriculum';
import { assertCan } from '../auth/authorize';
import { classResource, pupilResource } from '../auth/resources';
import { NotFoundError } from '../errors';
import { loadSchoolCalendar, pickTerm, type SchoolTerm } from './calendar';
import { loadLessonIndex } from './lesson-index';
import { loadClasses, loadPupils } from './records';
import { getPupilProgress, type PupilTermProgress } from './progress';
import { listOutstandingAssignments, type OutstandingAssignment } from './assignments';
import { londonDate } from '../../domain/calendar';

export interface LessonChoice {
	id: string;
	title: string;
	durationMinutes: number;
	ageBand: LessonBand;
}

const choice = (lesson: Lesson): LessonChoice => ({
	id: lesson.id,
	title: lesson.title,
	durationMinutes: lesson.durationMinutes,
	ageBand: lesson.ageBand
});

export interface RecordForm {
	classId: string;
	className: string;
	term: SchoolTerm;
	defaultDate: IsoDate;
	today: IsoDate;
	/** The class's age band first, then the other band (a teacher may pitch up or down). */
	lessons: LessonChoice[];
	pupils: PupilInfo[];
}

export async function getRecordForm(db: Executor, actor: Actor, classId: string, options: { today?: IsoDate } = {}): Promise<RecordForm> {
	const resource = await classResource(db, classId);
	if (!resource) throw new NotFoundError('That class does not exist.');
	assertCan(actor, 'lessons.record', resource);
	const calendar = await loadSchoolCalendar(db, actor.schoolId, options.today ?? londonDate(new Date()));
	const term = pickTerm(calendar);
	const [classInfo] = await loadClasses(db, actor.schoolId, classId);
	if (!classInfo) throw new NotFoundError('That class does not exist.');
	const [pupils, index] = await Promise.all([loadPupils(db, actor.schoolId, calendar.yearId, classId), loadLessonIndex(db, actor.schoolId)]);
	const band = ageBandForYearGroup(classInfo.yearGroup);
	const all = [...index.values()];
	return {
		classId,
		className: classInfo.name,
		term,
		today: calendar.today,
		defaultDate: latestRecordableDate(term, calendar.today),
		lessons: [...all.filter((l) => l.ageBand === band), ...all.filter((l) => l.ageBand !== band)].map(choice),
		pupils: [...pupils].sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB'))
	};
}

export interface PupilLessonsPage extends PupilTermProgress {
	lessons: (LessonChoice & { status: SelfStudyStatus; strand: string })[];
	assigned: OutstandingAssignment[];
}

export async function getPupilLessonsPage(db: Executor, actor: Actor): Promise<PupilLessonsPage> {
	const resource = await pupilResource(db, actor.userId);
	if (!resource || resource.kind !== 'pupil') throw new NotFoundError('We could not find your account.');
	assertCan(actor, 'lessons.complete', resource);
	const [classInfo] = resource.classId ? await loadClasses(db, actor.schoolId, resource.classId) : [];
	// A pupil without a class this year sees the older band: its words suit most readers.
	const band = classInfo ? ageBandForYearGroup(classInfo.yearGroup) : '9-11';
	const [index, done, progress, assigned] = await Promise.all([
		loadLessonIndex(db, actor.schoolId),
		db
			.select({ lessonId: lessonCompletions.lessonId, completedOn: lessonCompletions.completedOn })
			.from(lessonCompletions)
			.where(
				and(
					eq(lessonCompletions.pupilId, actor.userId),
					eq(lessonCompletions.schoolId, actor.schoolId),
					eq(lessonCompletions.academicYearStart, academicYearStartFor(londonDate(new Date()))),
					eq(lessonCompletions.countsTowardsMinutes, true)
				)
			),
		getPupilProgress(db, actor, actor.userId),
		listOutstandingAssignments(db, actor, actor.userId)
	]);
	// This academic year's records: a lesson done last year is ready to count again.
	const status = new Map<string, SelfStudyStatus>(done.map((d) => [d.lessonId, d.completedOn ? 'done' : 'started']));
	const lessons = lessonsForAgeBand(band, [...index.values()]).map((l) => ({ ...choice(l), strand: l.strand, status: status.get(l.id) ?? 'not-started' }));
	return { ...progress, lessons, assigned };
}
