/**
 * Pure validators for everything a person types into the curriculum feature.
 *
 * Rules owned here (each returns every field's error at once, or the clean
 * value; the caller records nothing unless `ok`):
 * - A delivery: a known lesson; a real date, not in the future, inside the
 *   term; 1–240 whole minutes (240 is a whole school day of teaching, so
 *   anything above is a typing slip); at least one pupil present, all of them
 *   in the class.
 * - A self-completion: every section read and every quiz question answered.
 *   A repeat is accepted (the child sees their work saved) but flagged as not
 *   counting, because minutes count once per pupil per lesson.
 * - A school-authored lesson: the same shape rules as the catalogue (3–5
 *   sections with alt text, 3–5 questions with a valid answer and a
 *   one-sentence explanation), so school lessons render and score the same.
 * - Term dates: autumn, spring, summer in order, inside 1 Sept–31 Aug, not
 *   overlapping. The per-school target: 15–600 whole minutes.
 * Messages to staff are plain; messages a pupil may see are kind.
 */
import { isAgeBand } from './age-bands';
import { formatUkDate, isIsoDate } from './dates';
import { isStrandId } from './strands';
import { academicYearBounds, describeTerm, describeTermDates, isDateInTerm, TERM_NAMES } from './terms';
import type {
	AcademicYear,
	FieldErrors,
	Id,
	IsoDate,
	Lesson,
	LessonCompletion,
	LessonContent,
	LessonDelivery,
	LessonSection,
	QuizQuestion,
	Term,
	ValidationResult
} from './types';

export const MIN_DELIVERY_MINUTES = 1;
export const MAX_DELIVERY_MINUTES = 240;
export const MIN_TARGET_MINUTES = 15;
export const MAX_TARGET_MINUTES = 600;

type Errors = Record<string, string>;

function result<T>(errors: Errors, value: () => T): ValidationResult<T> {
	return Object.keys(errors).length > 0
		? { ok: false, errors: errors as FieldErrors }
		: { ok: true, value: value() };
}

const isWholeNumberIn = (value: unknown, min: number, max: number): value is number =>
	typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

// ------------------------------------------------------------------ delivery

export interface DeliveryInput {
	readonly classId: Id;
	readonly lessonId: string;
	readonly deliveredOn: string;
	readonly minutes: number;
	readonly presentPupilIds: readonly Id[];
}

export interface DeliveryContext {
	readonly term: Term;
	readonly today: IsoDate;
	/** The pupils on the class's roster. */
	readonly classPupilIds: ReadonlySet<Id>;
	/** Catalogue plus the school's lessons (see `buildLessonIndex`). */
	readonly lessons: ReadonlyMap<string, Lesson>;
}

export type DeliveryDraft = Omit<LessonDelivery, 'id'>;

export function validateDeliveryInput(
	input: DeliveryInput,
	context: DeliveryContext
): ValidationResult<DeliveryDraft> {
	const errors: Errors = {};
	if (!isText(input.classId)) errors.classId = 'Choose a class.';
	if (!context.lessons.has(input.lessonId)) errors.lessonId = 'Choose a lesson from the list.';
	if (!isIsoDate(input.deliveredOn)) {
		errors.deliveredOn = 'Enter a real date, for example 3 October 2025.';
	} else if (input.deliveredOn > context.today) {
		errors.deliveredOn = 'The date cannot be in the future.';
	} else if (!isDateInTerm(context.term, input.deliveredOn)) {
		errors.deliveredOn = `The date must be in the ${describeTerm(context.term)} (${describeTermDates(context.term)}).`;
	}
	if (!isWholeNumberIn(input.minutes, MIN_DELIVERY_MINUTES, MAX_DELIVERY_MINUTES)) {
		errors.minutes = `Minutes must be a whole number from ${MIN_DELIVERY_MINUTES} to ${MAX_DELIVERY_MINUTES}.`;
	}
	const present = [...new Set(input.presentPupilIds)];
	const strangers = present.filter((id) => !context.classPupilIds.has(id));
	if (present.length === 0) {
		errors.presentPupilIds = 'Mark at least one pupil as present.';
	} else if (strangers.length > 0) {
		errors.presentPupilIds =
			strangers.length === 1
				? 'One pupil marked present is not in this class.'
				: `${strangers.length} pupils marked present are not in this class.`;
	}
	return result(errors, () => ({
		classId: input.classId,
		lessonId: input.lessonId,
		deliveredOn: input.deliveredOn,
		minutes: input.minutes,
		presentPupilIds: present
	}));
}

// -------------------------------------------------------------- completion

export interface CompletionInput {
	readonly pupilId: Id;
	readonly lessonId: string;
	readonly completedOn: string;
	/** Indexes of the sections the pupil has read. */
	readonly sectionsRead: readonly number[];
	/** One chosen option index per quiz question; null if skipped. */
	readonly quizAnswers: readonly (number | null)[];
}

export interface CompletionContext {
	readonly lessons: ReadonlyMap<string, Lesson>;
	/** This pupil's earlier completions (any term). */
	readonly previousCompletions: readonly LessonCompletion[];
}

export interface CompletionOutcome {
	readonly completion: LessonCompletion;
	/** False for a repeat: it is kept, but adds no minutes. */
	readonly countsTowardsMinutes: boolean;
	readonly correctAnswers: number;
	readonly questionCount: number;
}

export function validateCompletionInput(
	input: CompletionInput,
	context: CompletionContext
): ValidationResult<CompletionOutcome> {
	const lesson = context.lessons.get(input.lessonId);
	if (!lesson) return { ok: false, errors: { lessonId: 'We could not find that lesson.' } };
	const errors: Errors = {};
	if (!isText(input.pupilId)) errors.pupilId = 'We could not tell who finished this lesson.';
	if (!isIsoDate(input.completedOn)) errors.completedOn = 'The date is not a real date.';
	const read = new Set(input.sectionsRead);
	if (!lesson.sections.every((_, index) => read.has(index))) {
		errors.sectionsRead = 'Read every part of the lesson first.';
	}
	const answered = lesson.quiz.every((question, index) => {
		const answer = input.quizAnswers[index];
		return typeof answer === 'number' && Number.isInteger(answer) && answer >= 0 && answer < question.options.length;
	});
	if (!answered) errors.quizAnswers = 'Answer every quiz question to finish.';
	const repeat = context.previousCompletions.some(
		(done) => done.pupilId === input.pupilId && done.lessonId === lesson.id
	);
	return result(errors, () => ({
		completion: {
			pupilId: input.pupilId,
			lessonId: lesson.id,
			completedOn: input.completedOn,
			minutes: lesson.durationMinutes
		},
		countsTowardsMinutes: !repeat,
		correctAnswers: lesson.quiz.filter((q, i) => input.quizAnswers[i] === q.correctIndex).length,
		questionCount: lesson.quiz.length
	}));
}

// ----------------------------------------------------------- lesson content

export const LESSON_LIMITS = {
	titleLength: 80,
	minDuration: 5,
	maxDuration: 60,
	minObjectives: 1,
	maxObjectives: 5,
	objectiveLength: 200,
	minSections: 3,
	maxSections: 5,
	headingLength: 60,
	sectionTextLength: 600,
	altLength: 120,
	minQuestions: 3,
	maxQuestions: 5,
	promptLength: 200,
	minOptions: 2,
	maxOptions: 4,
	optionLength: 120,
	explanationLength: 200
} as const;

/** What a school admin or teacher submits; loosely typed because it comes from a form. */
export interface SchoolLessonInput {
	readonly title: string;
	readonly strand: string;
	readonly ageBand: string;
	readonly durationMinutes: number;
	readonly objectives: readonly string[];
	readonly sections: readonly LessonSection[];
	readonly quiz: readonly QuizQuestion[];
}

function checkText(errors: Errors, field: string, value: unknown, label: string, max: number): void {
	if (!isText(value)) errors[field] = `${label} is required.`;
	else if (value.trim().length > max) errors[field] = `${label} must be ${max} characters or fewer.`;
}

function checkCount(errors: Errors, field: string, list: readonly unknown[], label: string, min: number, max: number): void {
	if (list.length < min || list.length > max) errors[field] = `Give ${min} to ${max} ${label}.`;
}

/** One sentence: ends with . ! or ? and has no sentence break inside. */
export function isOneSentence(text: string): boolean {
	const trimmed = text.trim();
	return /[.!?]$/.test(trimmed) && !/[.!?]["'’”)]?\s+\S/.test(trimmed);
}

function checkSection(errors: Errors, section: LessonSection, at: string): void {
	checkText(errors, `${at}.heading`, section.heading, 'A heading', LESSON_LIMITS.headingLength);
	checkText(errors, `${at}.text`, section.text, 'The text', LESSON_LIMITS.sectionTextLength);
	const picture = section.illustration;
	if (picture?.kind === 'emoji') {
		if (!isText(picture.emoji) || picture.emoji.length > 16) errors[`${at}.illustration`] = 'Choose one emoji.';
	} else if (picture?.kind === 'pictogram') {
		if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(picture.pictogramId ?? '')) errors[`${at}.illustration`] = 'Choose a picture.';
	} else {
		errors[`${at}.illustration`] = 'Choose an emoji or a picture.';
	}
	checkText(errors, `${at}.illustration.alt`, picture?.alt, 'A description of the picture', LESSON_LIMITS.altLength);
}

function checkQuestion(errors: Errors, question: QuizQuestion, at: string): void {
	const L = LESSON_LIMITS;
	checkText(errors, `${at}.prompt`, question.prompt, 'The question', L.promptLength);
	const options = question.options ?? [];
	checkCount(errors, `${at}.options`, options, 'answers to choose from', L.minOptions, L.maxOptions);
	options.forEach((option, i) => checkText(errors, `${at}.options.${i}`, option, 'An answer', L.optionLength));
	if (new Set(options.map((o) => o.trim().toLowerCase())).size !== options.length) {
		errors[`${at}.options`] ??= 'Each answer must be different.';
	}
	if (!isWholeNumberIn(question.correctIndex, 0, options.length - 1)) {
		errors[`${at}.correctIndex`] = 'Choose which answer is correct.';
	}
	checkText(errors, `${at}.explanation`, question.explanation, 'The explanation', L.explanationLength);
	if (isText(question.explanation) && !isOneSentence(question.explanation)) {
		errors[`${at}.explanation`] ??= 'Keep the explanation to one sentence.';
	}
}

/** Shared by school-authored lessons and the catalogue's own spec. */
export function validateLessonContent(input: SchoolLessonInput): ValidationResult<LessonContent> {
	const L = LESSON_LIMITS;
	const errors: Errors = {};
	checkText(errors, 'title', input.title, 'A title', L.titleLength);
	if (!isStrandId(input.strand)) errors.strand = 'Choose a strand.';
	if (!isAgeBand(input.ageBand)) errors.ageBand = 'Choose ages 5–7 or 7–11.';
	if (!isWholeNumberIn(input.durationMinutes, L.minDuration, L.maxDuration)) {
		errors.durationMinutes = `Duration must be a whole number of minutes from ${L.minDuration} to ${L.maxDuration}.`;
	}
	const objectives = input.objectives ?? [];
	checkCount(errors, 'objectives', objectives, 'learning objectives', L.minObjectives, L.maxObjectives);
	objectives.forEach((o, i) => checkText(errors, `objectives.${i}`, o, 'An objective', L.objectiveLength));
	const sections = input.sections ?? [];
	checkCount(errors, 'sections', sections, 'sections', L.minSections, L.maxSections);
	sections.forEach((s, i) => checkSection(errors, s, `sections.${i}`));
	const quiz = input.quiz ?? [];
	checkCount(errors, 'quiz', quiz, 'quiz questions', L.minQuestions, L.maxQuestions);
	quiz.forEach((q, i) => checkQuestion(errors, q, `quiz.${i}`));
	return result(errors, () => trimLesson(input));
}

function trimLesson(input: SchoolLessonInput): LessonContent {
	return {
		title: input.title.trim(),
		strand: input.strand as LessonContent['strand'],
		ageBand: input.ageBand as LessonContent['ageBand'],
		durationMinutes: input.durationMinutes,
		objectives: input.objectives.map((o) => o.trim()),
		sections: input.sections.map((s) => ({
			heading: s.heading.trim(),
			text: s.text.trim(),
			illustration: { ...s.illustration, alt: s.illustration.alt.trim() }
		})),
		quiz: input.quiz.map((q) => ({
			prompt: q.prompt.trim(),
			options: q.options.map((o) => o.trim()),
			correctIndex: q.correctIndex,
			explanation: q.explanation.trim()
		}))
	};
}

export const validateSchoolLessonInput = validateLessonContent;

// ------------------------------------------------------- terms and targets

export interface TermDatesInput {
	readonly academicYearStart: number;
	readonly terms: readonly { readonly name: string; readonly startsOn: string; readonly endsOn: string }[];
}

export function validateTermDates(input: TermDatesInput): ValidationResult<AcademicYear> {
	const errors: Errors = {};
	if (!isWholeNumberIn(input.academicYearStart, 2000, 2100)) {
		return { ok: false, errors: { academicYearStart: 'Choose an academic year.' } };
	}
	const bounds = academicYearBounds(input.academicYearStart);
	const byName = new Map(input.terms.map((term) => [term.name, term]));
	let previousEnd: IsoDate | undefined;
	for (const name of TERM_NAMES) {
		const term = byName.get(name);
		const at = `terms.${name}`;
		if (!term) {
			errors[at] = `Enter dates for the ${name} term.`;
			continue;
		}
		const validStart = isIsoDate(term.startsOn);
		const validEnd = isIsoDate(term.endsOn);
		if (!validStart) errors[`${at}.startsOn`] = 'Enter a real start date.';
		if (!validEnd) errors[`${at}.endsOn`] = 'Enter a real end date.';
		if (!validStart || !validEnd) continue;
		if (term.startsOn >= term.endsOn) errors[`${at}.endsOn`] = 'The term must end after its first day.';
		else if (term.startsOn < bounds.startsOn || term.endsOn > bounds.endsOn) {
			errors[at] = `The term must fall between ${formatUkDate(bounds.startsOn)} and ${formatUkDate(bounds.endsOn)}.`;
		} else if (previousEnd !== undefined && term.startsOn <= previousEnd) {
			errors[`${at}.startsOn`] = `The ${name} term must start after the term before it ends.`;
		}
		previousEnd = term.endsOn;
	}
	if (input.terms.length !== TERM_NAMES.length && Object.keys(errors).length === 0) {
		errors.terms = 'Enter exactly three terms: autumn, spring and summer.';
	}
	return result(errors, () => {
		const [autumn, spring, summer] = TERM_NAMES.map((name): Term => {
			const term = byName.get(name) as TermDatesInput['terms'][number];
			return { name, academicYearStart: input.academicYearStart, startsOn: term.startsOn, endsOn: term.endsOn };
		}) as [Term, Term, Term];
		return { startYear: input.academicYearStart, ...bounds, terms: [autumn, spring, summer] };
	});
}

export function validateTargetMinutes(value: number): ValidationResult<number> {
	return isWholeNumberIn(value, MIN_TARGET_MINUTES, MAX_TARGET_MINUTES)
		? { ok: true, value }
		: {
				ok: false,
				errors: { targetMinutes: `The target must be a whole number of minutes from ${MIN_TARGET_MINUTES} to ${MAX_TARGET_MINUTES}.` }
			};
}
