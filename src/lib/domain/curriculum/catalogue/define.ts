/**
 * Helpers for writing catalogue lessons tersely.
 *
 * Rules owned here:
 * - A catalogue lesson's id is its slug. Slugs are stable
 *   (`<strand-short>-<age-band>-<title-words>`) because delivery and completion
 *   rows store them; never rename one that has shipped. A lesson written for
 *   the old '7-11' band keeps '7-11' in its slug after moving to '7-9' or '9-11'.
 * - A shipped lesson grows by extension (scenarios, discussion, a task, more
 *   questions, "I can" statements), never by rewriting what pupils have read.
 */
import type {
	AgeBand,
	Differentiation,
	Illustration,
	Lesson,
	LessonContent,
	LessonSection,
	LessonTask,
	QuizQuestion,
	Scenario,
	ScenarioChoice
} from '../types';

export function catalogueLesson(slug: string, content: LessonContent): Lesson {
	return { ...content, id: slug, slug, origin: { kind: 'catalogue' } };
}

export function emoji(symbol: string, alt: string): Illustration {
	return { kind: 'emoji', emoji: symbol, alt };
}

export function section(heading: string, text: string, symbol: string, alt: string): LessonSection {
	return { heading, text, illustration: emoji(symbol, alt) };
}

/** A choice: what the child might do, what happens next, and whether it is the wise one. */
export type ChoiceTuple = readonly [text: string, consequence: string, wise: boolean];

export function scenario(title: string, situation: string, ...choices: ChoiceTuple[]): Scenario {
	return {
		title,
		situation,
		choices: choices.map(([text, consequence, wise]): ScenarioChoice => ({ text, consequence, wise }))
	};
}

export function question(prompt: string, options: readonly string[], correctIndex: number, explanation: string): QuizQuestion {
	return { prompt, options, correctIndex, explanation };
}

/** What a shipped lesson gains to become a full lesson of the three-band programme. */
export interface LessonExtension {
	/** The band a '7-11' lesson now belongs to. */
	readonly ageBand?: AgeBand;
	readonly durationMinutes: number;
	readonly iCan: readonly string[];
	readonly scenarios: readonly Scenario[];
	readonly discussion: readonly string[];
	readonly task: LessonTask;
	readonly differentiation: Differentiation;
	/** Added after the lesson's own questions, so their order and answers never change. */
	readonly moreQuestions?: readonly QuizQuestion[];
}

export function extendLesson(lesson: Lesson, extension: LessonExtension | undefined): Lesson {
	if (!extension) return lesson;
	const { moreQuestions = [], ageBand = lesson.ageBand, ...rest } = extension;
	return { ...lesson, ...rest, ageBand, quiz: [...lesson.quiz, ...moreQuestions] };
}

/** The parts every new lesson of the programme has, in the order a teacher uses them. */
export interface ProgrammeLesson {
	readonly title: string;
	readonly strand: LessonContent['strand'];
	readonly durationMinutes?: number;
	readonly iCan: readonly string[];
	/** Teacher-facing aims; the "I can" statements are used when left out. */
	readonly objectives?: readonly string[];
	readonly sections: readonly LessonSection[];
	readonly scenarios: readonly Scenario[];
	readonly discussion: readonly string[];
	readonly task: LessonTask;
	readonly differentiation: Differentiation;
	readonly quiz: readonly QuizQuestion[];
}

/** A new lesson of the programme: 30 minutes unless said otherwise. */
export function programmeLesson(slug: string, ageBand: AgeBand, lesson: ProgrammeLesson): Lesson {
	return catalogueLesson(slug, {
		...lesson,
		ageBand,
		durationMinutes: lesson.durationMinutes ?? 30,
		objectives: lesson.objectives ?? lesson.iCan
	});
}

export const task = (text: string, minutes: number): LessonTask => ({ text, minutes });
export const differentiate = (support: string, stretch: string): Differentiation => ({ support, stretch });
