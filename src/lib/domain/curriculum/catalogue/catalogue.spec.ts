import { describe, expect, it } from 'vitest';
import { AGE_BANDS } from '../age-bands';
import { STRAND_IDS } from '../strands';
import { validateLessonContent } from '../validation';
import { activityMinutes } from '../lesson-activity';
import { buildLessonIndex, LESSON_CATALOGUE, lessonsForAgeBand, lessonTitlesById, requireLessonBySlug, schoolLessonSlug } from './index';
import type { Lesson } from '../types';

const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.trim() !== '');

describe('lesson catalogue', () => {
	it('has at least 12 lessons per band (36 in all) with unique slugs and ids equal to slugs', () => {
		expect(LESSON_CATALOGUE.length).toBeGreaterThanOrEqual(36);
		for (const band of AGE_BANDS) expect(lessonsForAgeBand(band).length, band).toBeGreaterThanOrEqual(12);
		const slugs = LESSON_CATALOGUE.map((lesson) => lesson.slug);
		expect(new Set(slugs).size).toBe(slugs.length);
		for (const lesson of LESSON_CATALOGUE) {
			expect(lesson.id).toBe(lesson.slug);
			expect(lesson.origin).toEqual({ kind: 'catalogue' });
			// Every catalogue lesson now sits in one of the three bands.
			expect(AGE_BANDS).toContain(lesson.ageBand);
		}
	});

	it('covers every strand for every age band', () => {
		for (const strand of STRAND_IDS) {
			for (const ageBand of AGE_BANDS) {
				expect(lessonsForAgeBand(ageBand).filter((lesson) => lesson.strand === strand).length, `${strand} ${ageBand}`).toBeGreaterThanOrEqual(1);
			}
		}
	});

	it('covers the topics the policies name, in a band that suits them', () => {
		const topic = (band: string, pattern: RegExp) =>
			LESSON_CATALOGUE.filter((l) => l.ageBand === band && pattern.test(`${l.title} ${l.sections.map((s) => s.text).join(' ')}`));
		expect(topic('9-11', /extreme|hatred/i).length).toBeGreaterThanOrEqual(1);
		for (const band of AGE_BANDS) expect(topic(band, /scam|trick/i).length, `scams ${band}`).toBeGreaterThanOrEqual(1);
		for (const band of AGE_BANDS) expect(topic(band, /real money|loot box|mystery box/i).length, `in-game money ${band}`).toBeGreaterThanOrEqual(1);
		expect(topic('7-9', /phishing/i).length).toBeGreaterThanOrEqual(1);
		expect(topic('9-11', /gambling/i).length).toBeGreaterThanOrEqual(1);
		expect(topic('7-9', /subject line/i).length + topic('5-7', /email/i).length).toBeGreaterThanOrEqual(2);
		expect(topic('9-11', /at least 13/i).length).toBeGreaterThanOrEqual(1);
	});

	it.each(LESSON_CATALOGUE.map((lesson) => [lesson.slug, lesson] as const))(
		'%s is a full lesson: 20+ minutes of activity, a 5-question check, "I can" statements',
		(slug: string, lesson: Lesson) => {
			expect(slug).toMatch(/^[a-z]+(-[a-z]+)*-(5-7|7-9|9-11|7-11)-[a-z0-9]+(-[a-z0-9]+)*$/);
			expect(validateLessonContent(lesson)).toEqual({ ok: true, value: expect.anything() });
			expect(lesson.durationMinutes).toBeGreaterThanOrEqual(20);
			// The length a lesson claims is filled by real activity.
			expect(activityMinutes(lesson)).toBeGreaterThanOrEqual(lesson.durationMinutes);
			expect(lesson.sections.length).toBeGreaterThanOrEqual(3);
			expect(lesson.quiz.length).toBe(5);
			expect(lesson.iCan?.length).toBeGreaterThanOrEqual(1);
			expect(lesson.iCan?.length).toBeLessThanOrEqual(2);
			for (const statement of lesson.iCan ?? []) expect(statement).toMatch(/^I can /);
			expect(lesson.scenarios?.length).toBeGreaterThanOrEqual(2);
			for (const scenario of lesson.scenarios ?? []) {
				expect(scenario.choices.length).toBeGreaterThanOrEqual(2);
				expect(scenario.choices.some((c) => c.wise)).toBe(true);
				expect(scenario.choices.some((c) => !c.wise)).toBe(true);
			}
			expect(lesson.discussion?.length).toBeGreaterThanOrEqual(3);
			expect(lesson.task?.minutes).toBeGreaterThanOrEqual(5);
			expect(lesson.differentiation?.support.length).toBeGreaterThan(10);
			expect(lesson.differentiation?.stretch.length).toBeGreaterThan(10);
			for (const question of lesson.quiz) {
				expect(Number.isInteger(question.correctIndex)).toBe(true);
				expect(question.options[question.correctIndex]).toBeDefined();
			}
			for (const section of lesson.sections) expect(section.illustration.alt.length).toBeGreaterThan(3);
		}
	);

	it('keeps sentences short for Years 1–2', () => {
		for (const lesson of lessonsForAgeBand('5-7')) {
			for (const text of [...lesson.sections.map((s) => s.text), ...(lesson.scenarios ?? []).map((s) => s.situation)]) {
				for (const sentence of sentencesOf(text)) {
					expect(sentence.split(/\s+/).length, `${lesson.slug}: ${sentence}`).toBeLessThanOrEqual(16);
				}
			}
		}
	});

	it('looks lessons up by slug', () => {
		expect(requireLessonBySlug('privacy-5-7-keep-it-private').strand).toBe('privacy-and-security');
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
