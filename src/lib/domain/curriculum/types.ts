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

/** `YYYY-MM-DD`, a calendar date in the school's local time. */
export type IsoDate = string;

/** Two bands, following Education for a Connected World's primary ages. */
export type AgeBand = '5-7' | '7-11';

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
	| { readonly kind: 'emoji'; readonly emoji: string; readonly alt: string }
	| { readonly kind: 'pictogram'; readonly pictogramId: string; readonly alt: string };

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

/** What an author writes: the same shape for the catalogue and for schools. */
export interface LessonContent {
	readonly title: string;
	readonly strand: StrandId;
	readonly ageBand: AgeBand;
	readonly durationMinutes: number;
	readonly objectives: readonly string[];
	readonly sections: readonly LessonSection[];
	readonly quiz: readonly QuizQuestion[];
}

export type LessonOrigin =
	| { readonly kind: 'catalogue' }
	| { readonly kind: 'school'; readonly schoolId: Id; readonly authorId: Id };

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

/** A pupil read every section of a lesson and finished its quiz on their own. */
export interface LessonCompletion {
	readonly pupilId: Id;
	readonly lessonId: string;
	readonly completedOn: IsoDate;
	/** The lesson's duration when completed, so later edits do not rewrite history. */
	readonly minutes: number;
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
export type ValidationResult<T> =
	| { readonly ok: true; readonly value: T }
	| { readonly ok: false; readonly errors: FieldErrors };
