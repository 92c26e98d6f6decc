/**
 * Curriculum domain types: the shapes shared by the lesson catalogue, term
 * dates, minute tracking, validation and assignments.
 *
 * Rules owned here (as types, so bad states do not compile):
 * - IDs are strings (UUIDs from the database). A catalogue lesson's id is its
 *   slug, so a delivery row can point at a catalogue lesson without a lessons
 *   table row; a school-authored lesson's id is a UUID.
 * - Dates are ISO calendar dates (`YYYY-MM-DD`) in the school's local time:
 *   lessons happen on school days, not at instants, and this keeps the domain
 *   free of time-zone arithmetic.
 * - A lesson is either from the project's catalogue or authored by one school.
 * - Field names match the database rows (`startsOn`, `endsOn`, `yearGroup`)
 *   so services map rows to these types without renaming.
 */
import type { BlockKind } from '../screening/types';

export type Id = string;

import type { IsoDate } from '../calendar/dates';
export type { IsoDate };

/**
 * Three bands of two school years each: Years 1–2 ('5-7', with Reception),
 * Years 3–4 ('7-9') and Years 5–6 ('9-11'). '7-11' is the older two-year band
 * from before the split: records that name it keep their meaning, and a
 * school's own lesson written for it is offered to all of Years 3–6.
 */
export type AgeBand = '5-7' | '7-9' | '9-11';
export type LessonBand = AgeBand | '7-11';

/** The eight strands of the UK "Education for a Connected World" framework. */
export type StrandId =
	| 'self-image-and-identity'
	| 'online-relationships'
	| 'online-reputation'
	| 'online-bullying'
	| 'managing-online-information'
	| 'health-wellbeing-and-lifestyle'
	| 'privacy-and-security'
	| 'copyright-and-ownership';

export interface Strand {
	readonly id: StrandId;
	readonly name: string;
	/** One line a teacher can read aloud to introduce the strand. */
	readonly summary: string;
}

/** An emoji or a pictogram from the app's icon set; alt text is always required. */
export type Illustration =
	{ readonly kind: 'emoji'; readonly emoji: string; readonly alt: string } | { readonly kind: 'pictogram'; readonly pictogramId: string; readonly alt: string };

/** One short screen of a lesson, read by the child or read to them. */
export interface LessonSection {
	readonly heading: string;
	readonly text: string;
	readonly illustration: Illustration;
}

export interface QuizQuestion {
	readonly prompt: string;
	readonly options: readonly string[];
	/** Index into `options`. */
	readonly correctIndex: number;
	/** One kind sentence, shown whichever answer the child chose. */
	readonly explanation: string;
}

/** One way a child might act in a scenario, and what happens next. */
export interface ScenarioChoice {
	readonly text: string;
	readonly consequence: string;
	/** The choice that keeps everyone safe and kind (more than one may be). */
	readonly wise: boolean;
}

/** A short story that stops at a decision: the child chooses, then sees what follows. */
export interface Scenario {
	readonly title: string;
	readonly situation: string;
	readonly choices: readonly ScenarioChoice[];
}

/** A hands-on task for the class (draw, sort, role-play, write), with its time. */
export interface LessonTask {
	readonly text: string;
	readonly minutes: number;
}

/** How a teacher adapts the lesson for children who need more help or more challenge. */
export interface Differentiation {
	readonly support: string;
	readonly stretch: string;
}

/** What an author writes: the same shape for the catalogue and for schools. */
export interface LessonContent {
	readonly title: string;
	readonly strand: StrandId;
	readonly ageBand: LessonBand;
	readonly durationMinutes: number;
	readonly objectives: readonly string[];
	readonly sections: readonly LessonSection[];
	readonly quiz: readonly QuizQuestion[];
	/** One or two "I can" statements a pupil shows by finishing the lesson. */
	readonly iCan?: readonly string[];
	readonly scenarios?: readonly Scenario[];
	/** Questions for the teacher to ask; a pupil alone thinks about them. */
	readonly discussion?: readonly string[];
	readonly task?: LessonTask;
	readonly differentiation?: Differentiation;
}

export type LessonOrigin = { readonly kind: 'catalogue' } | { readonly kind: 'school'; readonly schoolId: Id; readonly authorId: Id };

export interface Lesson extends LessonContent {
	readonly id: string;
	readonly slug: string;
	readonly origin: LessonOrigin;
}

export type TermName = 'autumn' | 'spring' | 'summer';

export interface Term {
	readonly name: TermName;
	/** The calendar year the academic year starts in: 2025 for 2025–26. */
	readonly academicYearStart: number;
	readonly startsOn: IsoDate;
	/** Inclusive: the last day of term. */
	readonly endsOn: IsoDate;
}

export interface AcademicYear {
	readonly startYear: number;
	/** 1 September. */
	readonly startsOn: IsoDate;
	/** 31 August of the following year. */
	readonly endsOn: IsoDate;
	readonly terms: readonly [Term, Term, Term];
}

/** A teacher recorded teaching a lesson to a class, with who was there. */
export interface LessonDelivery {
	readonly id: Id;
	readonly classId: Id;
	readonly lessonId: string;
	readonly deliveredOn: IsoDate;
	readonly minutes: number;
	readonly presentPupilIds: readonly Id[];
}

/**
 * A pupil's self-study of one lesson in one academic year: started, and done
 * once its check is passed. The minutes are those they earned on its steps, each
 * counted on the day it was earned.
 */
export interface LessonCompletion {
	readonly pupilId: Id;
	readonly lessonId: string;
	/** The day the pupil started the lesson: the first record of a lesson counts, repeats do not. */
	readonly startedOn: IsoDate;
	/** Minutes earned on the steps (capped at the lesson's length), by the day each was earned. */
	readonly minutesByDay: Readonly<Record<IsoDate, number>>;
	/** The day the check was last passed (with every step read); null while only started. */
	readonly passedOn: IsoDate | null;
}

export interface ClassInfo {
	readonly id: Id;
	readonly name: string;
	/** 0 = Reception, 1–6 = Years 1–6. */
	readonly yearGroup: number;
}

export interface PupilInfo {
	readonly id: Id;
	readonly classId: Id;
	/** First name (and initial if needed): children appear by first name only. */
	readonly displayName: string;
}

export type ProgressStatus = 'met' | 'on-track' | 'at-risk' | 'short';

/** The personal details the screen blocks: the screening domain's own vocabulary. */
export type BlockedDetailKind = BlockKind;

export type FieldErrors = Readonly<Record<string, string>>;

/** Every validator returns this: a clear error per field, or the clean value. */
export type ValidationResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: FieldErrors };
