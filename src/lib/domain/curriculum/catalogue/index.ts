/**
 * The project's lesson catalogue and lookups.
 *
 * Rules owned here:
 * - The catalogue covers every strand for all three age bands (checked in
 *   catalogue.spec.ts, not at runtime, so a gap fails CI rather than a page).
 * - Slugs are unique and stable; a catalogue lesson's id is its slug.
 * - School-authored lessons sit beside the catalogue, never replace it:
 *   `buildLessonIndex` merges them by id for lookups.
 */
import { lessonSuitsBand } from '../age-bands';
import type { AgeBand, Lesson, LessonBand } from '../types';
import { COPYRIGHT_LESSONS } from './copyright-and-ownership';
import { HEALTH_WELLBEING_LESSONS } from './health-wellbeing-and-lifestyle';
import { MANAGING_ONLINE_INFORMATION_LESSONS } from './managing-online-information';
import { ONLINE_BULLYING_LESSONS } from './online-bullying';
import { ONLINE_RELATIONSHIPS_LESSONS } from './online-relationships';
import { ONLINE_REPUTATION_LESSONS } from './online-reputation';
import { PRIVACY_AND_SECURITY_LESSONS } from './privacy-and-security';
import { SELF_IMAGE_LESSONS } from './self-image-and-identity';
import { extendLesson } from './define';
import { YEARS_1_2_EXTENSIONS, YEARS_1_2_NEW_LESSONS } from './programme-years-1-2';
import { YEARS_3_4_EXTENSIONS, YEARS_3_4_NEW_LESSONS } from './programme-years-3-4';
import { YEARS_5_6_EXTENSIONS, YEARS_5_6_NEW_LESSONS } from './programme-years-5-6';

export { PRIVACY_5_7_SLUG, PRIVACY_7_11_SLUG } from './privacy-and-security';

const EXTENSIONS = { ...YEARS_1_2_EXTENSIONS, ...YEARS_3_4_EXTENSIONS, ...YEARS_5_6_EXTENSIONS };

/** The first sixteen lessons, grown into the three-band programme, then the new ones. */
export const LESSON_CATALOGUE: readonly Lesson[] = [
	...[
		...SELF_IMAGE_LESSONS,
		...ONLINE_RELATIONSHIPS_LESSONS,
		...ONLINE_REPUTATION_LESSONS,
		...ONLINE_BULLYING_LESSONS,
		...MANAGING_ONLINE_INFORMATION_LESSONS,
		...HEALTH_WELLBEING_LESSONS,
		...PRIVACY_AND_SECURITY_LESSONS,
		...COPYRIGHT_LESSONS
	].map((lesson) => extendLesson(lesson, EXTENSIONS[lesson.slug])),
	...YEARS_1_2_NEW_LESSONS,
	...YEARS_3_4_NEW_LESSONS,
	...YEARS_5_6_NEW_LESSONS
];

const CATALOGUE_BY_SLUG: ReadonlyMap<string, Lesson> = new Map(LESSON_CATALOGUE.map((lesson) => [lesson.slug, lesson]));

/** For slugs the code itself names; throws, because a miss is a programming error. */
export function requireLessonBySlug(slug: string): Lesson {
	const lesson = CATALOGUE_BY_SLUG.get(slug);
	if (!lesson) throw new Error(`No catalogue lesson with slug "${slug}"`);
	return lesson;
}

export function lessonsForAgeBand(ageBand: AgeBand, lessons: readonly Lesson[] = LESSON_CATALOGUE): readonly Lesson[] {
	return lessons.filter((lesson) => lessonSuitsBand(lesson.ageBand, ageBand));
}

/** Catalogue plus a school's own lessons, keyed by id, for resolving records. */
export function buildLessonIndex(schoolLessons: readonly Lesson[] = []): ReadonlyMap<string, Lesson> {
	const index = new Map<string, Lesson>(CATALOGUE_BY_SLUG);
	for (const lesson of schoolLessons) index.set(lesson.id, lesson);
	return index;
}

/** Lesson id → title, for grids and exports that name missed lessons. */
export function lessonTitlesById(index: ReadonlyMap<string, Lesson>): ReadonlyMap<string, string> {
	return new Map([...index].map(([id, lesson]) => [id, lesson.title]));
}

/**
 * A stable slug for a school's own lesson: `school-<band>-<title words>`, with
 * a number added if the school already has one. The `school-` prefix keeps
 * school slugs apart from every catalogue slug, so one can never shadow another.
 */
export function schoolLessonSlug(title: string, ageBand: LessonBand, takenSlugs: ReadonlySet<string>): string {
	const words =
		title
			.toLowerCase()
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 50)
			.replace(/-+$/, '') || 'lesson';
	const base = `school-${ageBand}-${words}`;
	let slug = base;
	for (let n = 2; takenSlugs.has(slug); n++) slug = `${base}-${n}`;
	return slug;
}
