// Minutes against the target, read three ways: a class's grid (its teacher, the DSL and
// admin: progress.read), the whole school (DSL and admin: progress.school), and one
// pupil's own simple view (the pupil and their parents: pupil.read). Each loads the
// term's records in a few queries and hands them to the pure domain builders.
import type { Executor } from '../db';
import type { Actor } from '../../domain/auth/permissions';
import {
	academicYearBounds,
	buildClassGrid,
	planForYearGroup,
	buildMinutesChart,
	buildPupilProgress,
	buildSchoolView,
	lessonTitlesById,
	type ClassGrid,
	type IsoDate,
	type MinutesChart,
	type PupilProgressView,
	type SchoolView
} from '../../domain/curriculum';
import { assertCan, ownSchool } from '../auth/authorize';
import { classResource, pupilResource } from '../auth/resources';
import { NotFoundError } from '../errors';
import { loadSchoolCalendar, pickTerm, type SchoolCalendar, type SchoolTerm } from './calendar';
import { loadLessonIndex } from './lesson-index';
import { loadSchoolPlans } from './planner';
import { loadClasses, loadCompletions, loadDeliveries, loadPupilClasses, loadPupils } from './records';
import { londonDate } from '../../domain/calendar';

export interface ProgressOptions {
	/** 'autumn' | 'spring' | 'summer'; otherwise the term a page opens on. */
	termName?: string | null;
	today?: IsoDate;
}

export interface TermChoice {
	terms: readonly SchoolTerm[];
	term: SchoolTerm;
}

async function termFor(db: Executor, schoolId: string, options: ProgressOptions): Promise<{ calendar: SchoolCalendar; term: SchoolTerm }> {
	const calendar = await loadSchoolCalendar(db, schoolId, options.today ?? londonDate(new Date()));
	return { calendar, term: pickTerm(calendar, options.termName) };
}

export interface ClassProgress extends TermChoice {
	grid: ClassGrid;
	chart: MinutesChart;
}

export async function getClassProgress(db: Executor, actor: Actor, classId: string, options: ProgressOptions = {}): Promise<ClassProgress> {
	const resource = await classResource(db, classId);
	if (!resource) throw new NotFoundError('That class does not exist.');
	assertCan(actor, 'progress.read', resource);
	const { calendar, term } = await termFor(db, actor.schoolId, options);
	const [classInfo] = await loadClasses(db, actor.schoolId, classId);
	if (!classInfo) throw new NotFoundError('That class does not exist.');
	const pupils = await loadPupils(db, actor.schoolId, calendar.yearId, classId);
	const pupilIds = pupils.map((p) => p.id);
	const [deliveries, completions, lessons, plans] = await Promise.all([
		// Pupils' minutes from any class's delivery count, e.g. after a class move.
		loadDeliveries(db, { schoolId: actor.schoolId, from: term.startsOn, to: term.endsOn }),
		// The academic year's self-study: a lesson counts once a year.
		loadCompletions(db, { schoolId: actor.schoolId, from: academicYearBounds(term.academicYearStart).startsOn, to: term.endsOn, pupilIds }),
		loadLessonIndex(db, actor.schoolId),
		loadSchoolPlans(db, actor.schoolId)
	]);
	const planned = planForYearGroup(classInfo.yearGroup, plans, lessons, calendar.targetMinutes).find((t) => t.termName === term.name);
	const mine = new Set(pupilIds);
	const grid = buildClassGrid({
		classInfo,
		pupils,
		term,
		today: calendar.today,
		targetMinutes: calendar.targetMinutes,
		deliveries: deliveries.filter((d) => d.classId === classId || d.presentPupilIds.some((id) => mine.has(id))),
		completions,
		lessonTitles: lessonTitlesById(lessons),
		lessons,
		plannedLessons: planned?.lessons ?? []
	});
	return { terms: calendar.terms, term, grid, chart: buildMinutesChart(grid) };
}

export interface SchoolProgress extends TermChoice {
	view: SchoolView;
}

export async function getSchoolProgress(db: Executor, actor: Actor, options: ProgressOptions = {}): Promise<SchoolProgress> {
	assertCan(actor, 'progress.school', ownSchool(actor));
	return loadSchoolProgress(db, actor.schoolId, options);
}

/**
 * The school's view without a permission check, for callers that have made their own: the
 * termly report, which governors read too, passes on only its totals (no class, no child).
 */
export async function loadSchoolProgress(db: Executor, schoolId: string, options: ProgressOptions = {}): Promise<SchoolProgress> {
	const { calendar, term } = await termFor(db, schoolId, options);
	const [classes, pupils, deliveries, completions] = await Promise.all([
		loadClasses(db, schoolId),
		// Names are not shown here, so none are read.
		loadPupilClasses(db, schoolId, calendar.yearId),
		loadDeliveries(db, { schoolId: schoolId, from: term.startsOn, to: term.endsOn }),
		loadCompletions(db, { schoolId: schoolId, from: term.startsOn, to: term.endsOn })
	]);
	const view = buildSchoolView({
		classes,
		pupils,
		term,
		today: calendar.today,
		targetMinutes: calendar.targetMinutes,
		deliveries,
		completions
	});
	return { terms: calendar.terms, term, view };
}

export interface PupilTermProgress {
	term: SchoolTerm;
	progress: PupilProgressView;
}

/** A pupil's own minutes this term: for the pupil and their parents. */
export async function getPupilProgress(db: Executor, actor: Actor, pupilId: string, options: ProgressOptions = {}): Promise<PupilTermProgress> {
	const resource = await pupilResource(db, pupilId);
	if (!resource) throw new NotFoundError('That pupil does not exist.');
	assertCan(actor, 'pupil.read', resource);
	const { calendar, term } = await termFor(db, resource.schoolId, options);
	const [deliveries, completions] = await Promise.all([
		loadDeliveries(db, { schoolId: resource.schoolId, from: term.startsOn, to: term.endsOn, pupilId }),
		loadCompletions(db, { schoolId: resource.schoolId, to: term.endsOn, pupilIds: [pupilId] })
	]);
	const progress = buildPupilProgress({ pupilId, term, targetMinutes: calendar.targetMinutes, deliveries, completions });
	return { term, progress };
}
