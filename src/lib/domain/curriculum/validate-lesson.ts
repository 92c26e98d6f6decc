/**
 * Validating a school-authored lesson.
 *
 * Rule owned here: the same shape rules as the catalogue (3–5 sections with
 * alt text, 3–5 questions with a valid answer and a one-sentence
 * explanation), so school lessons render and score the same.
 */
import { isAgeBand } from './age-bands';
import { isStrandId } from './strands';
import type { LessonContent, LessonSection, QuizQuestion, ValidationResult } from './types';
import { isText, isWholeNumberIn, result, type Errors } from './validation-common';

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
	if (!isAgeBand(input.ageBand)) errors.ageBand = 'Choose Years 1–2, Years 3–4 or Years 5–6.';
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
