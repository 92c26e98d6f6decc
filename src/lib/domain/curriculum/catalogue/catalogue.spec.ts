import { describe, expect, it } from 'vitest';
import { AGE_BANDS } from '../age-bands';
import { STRAND_IDS } from '../strands';
import { validateLessonContent } from '../validation';
import {
	buildLessonIndex,
	getLessonBySlug,
	LESSON_CATALOGUE,
	lessonsForAgeBand,
	lessonsForStrand,
	lessonTitlesById,
	requireLessonBySlug,
	schoolLessonSlug
} from './index';
import type { Lesson } from '../types';

const sentencesOf = (text: string): string[] =>
	text.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.trim() !== '');

describe('lesson catalogue', () => {
	it('has at least 16 lessons with unique slugs and ids equal to slugs', () => {
		expect(LESSON_CATALOGUE.length).toBeGreaterThanOrEqual(16);
		const slugs = LESSON_CATALOGUE.map((lesson) => lesson.slug);
		expect(new Set(slugs).size).toBe(slugs.length);
		for (const lesson of LESSON_CATALOGUE) {
			expect(lesson.id).toBe(lesson.slug);
			expect(lesson.origin).toEqual({ kind: 'catalogue' });
		}
	});

	it('covers every strand for every age band', () => {
		for (const strand of STRAND_IDS) {
			for (const ageBand of AGE_BANDS) {
				expect(lessonsForStrand(strand, ageBand).length, `${strand} ${ageBand}`).toBeGreaterThanOrEqual(1);
			}
		}
	});

	it.each(LESSON_CATALOGUE.map((lesson) => [lesson.slug, lesson] as const))(
		'%s follows the lesson rules',
		(slug: string, lesson: Lesson) => {
			expect(slug).toMatch(/^[a-z]+(-[a-z]+)*-(5-7|7-11)-[a-z0-9]+(-[a-z0-9]+)*$/);
			expect(slug).toContain(`-${lesson.ageBand}-`);
			expect(validateLessonContent(lesson)).toEqual({ ok: true, value: expect.anything() });
			expect(lesson.durationMinutes).toBeGreaterThanOrEqual(15);
			expect(lesson.durationMinutes).toBeLessThanOrEqual(30);
			expect(lesson.sections.length).toBeGreaterThanOrEqual(3);
			expect(lesson.sections.length).toBeLessThanOrEqual(5);
			expect(lesson.quiz.length).toBeGreaterThanOrEqual(3);
			expect(lesson.quiz.length).toBeLessThanOrEqual(5);
			for (const question of lesson.quiz) {
				expect(Number.isInteger(question.correctIndex)).toBe(true);
				expect(question.options[question.correctIndex]).toBeDefined();
			}
			for (const section of lesson.sections) expect(section.illustration.alt.length).toBeGreaterThan(3);
		}
	);

	it('keeps sentences short for ages 5–7', () => {
		for (const lesson of lessonsForAgeBand('5-7')) {
			for (const section of lesson.sections) {
				for (const sentence of sentencesOf(section.text)) {
					expect(sentence.split(/\s+/).length, `${lesson.slug}: ${sentence}`).toBeLessThanOrEqual(16);
				}
			}
		}
	});

	it('offers 15-minute lessons a pupil can do alone, enough to reach an hour in each band', () => {
		for (const ageBand of AGE_BANDS) {
			const lessons = lessonsForAgeBand(ageBand);
			expect(lessons.some((lesson) => lesson.durationMinutes === 15)).toBe(true);
			expect(lessons.reduce((sum, lesson) => sum + lesson.durationMinutes, 0)).toBeGreaterThanOrEqual(60);
		}
	});

	it('looks lessons up by slug', () => {
		expect(getLessonBySlug('privacy-5-7-keep-it-private')?.strand).toBe('privacy-and-security');
		expect(getLessonBySlug('no-such-lesson')).toBeUndefined();
		expect(() => requireLessonBySlug('no-such-lesson')).toThrow(/no-such-lesson/);
	});

	it('merges a school-authored lesson into the index without losing catalogue lessons', () => {
		const base = requireLessonBySlug('privacy-5-7-keep-it-private');
		const schoolLesson: Lesson = {
			...base,
			id: '6f1c1d3e-0000-4000-8000-000000000001',
			slug: 'school-5-7-our-class-rules',
			title: 'Our class rules',
			origin: { kind: 'school', schoolId: 'school-1', authorId: 'teacher-1' }
		};
		const index = buildLessonIndex([schoolLesson]);
		expect(index.get(schoolLesson.id)?.title).toBe('Our class rules');
		expect(index.get(base.id)).toBe(base);
		expect(index.size).toBe(LESSON_CATALOGUE.length + 1);
	});

	it('maps lesson ids to titles for the grid', () => {
		expect(lessonTitlesById(buildLessonIndex()).get('privacy-5-7-keep-it-private')).toBe('Keep it private');
	});

	it('gives school lessons their own stable, unique slugs', () => {
		const taken = new Set(['school-7-11-our-tablet-rules']);
		expect(schoolLessonSlug('  Our Tablet Rules! ', '7-11', taken)).toBe('school-7-11-our-tablet-rules-2');
		expect(schoolLessonSlug('Café safety', '5-7', new Set())).toBe('school-5-7-cafe-safety');
		expect(schoolLessonSlug('???', '5-7', new Set())).toBe('school-5-7-lesson');
		expect(LESSON_CATALOGUE.some((lesson) => lesson.slug.startsWith('school-'))).toBe(false);
	});
});
