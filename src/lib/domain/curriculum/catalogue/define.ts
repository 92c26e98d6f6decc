/**
 * Helpers for writing catalogue lessons tersely.
 *
 * Rule owned here: a catalogue lesson's id is its slug. Slugs are stable
 * (`<strand-short>-<age-band>-<title-words>`) because delivery and completion
 * rows store them; never rename one that has shipped.
 */
import type { Illustration, Lesson, LessonContent } from '../types';

export function catalogueLesson(slug: string, content: LessonContent): Lesson {
	return { ...content, id: slug, slug, origin: { kind: 'catalogue' } };
}

export function emoji(symbol: string, alt: string): Illustration {
	return { kind: 'emoji', emoji: symbol, alt };
}
