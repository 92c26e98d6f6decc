import { describe, expect, it } from 'vitest';
import { buildLessonIndex, requireLessonBySlug } from './catalogue';
import { defaultAcademicYear } from './terms';
import {
	isOneSentence,
	validateDeliveryInput,
	validateSchoolLessonInput,
	validateTargetMinutes,
	validateTermDates,
	type DeliveryInput,
	type SchoolLessonInput
} from './validation';

const year = defaultAcademicYear(2025);
const autumn = year.terms[0];
const lessons = buildLessonIndex();
const privacy = requireLessonBySlug('privacy-7-11-guard-your-details');
const deliveryContext = {
	term: autumn,
	today: '2025-11-01',
	classPupilIds: new Set(['p1', 'p2', 'p3']),
	lessons
};
const goodDelivery: DeliveryInput = {
	classId: 'c1',
	lessonId: privacy.id,
	deliveredOn: '2025-10-06',
	minutes: 45,
	presentPupilIds: ['p1', 'p2', 'p2']
};

describe('validateDeliveryInput', () => {
	it('accepts a good delivery and removes repeated pupils', () => {
		expect(validateDeliveryInput(goodDelivery, deliveryContext)).toEqual({
			ok: true,
			value: { ...goodDelivery, presentPupilIds: ['p1', 'p2'] }
		});
	});

	it.each([0, 241, 1.5, Number.NaN, -10])('rejects %s minutes', (minutes) => {
		expect(validateDeliveryInput({ ...goodDelivery, minutes }, deliveryContext)).toEqual({
			ok: false,
			errors: { minutes: 'Minutes must be a whole number from 1 to 240.' }
		});
	});

	it('accepts the 1 and 240 minute edges', () => {
		expect(validateDeliveryInput({ ...goodDelivery, minutes: 1 }, deliveryContext).ok).toBe(true);
		expect(validateDeliveryInput({ ...goodDelivery, minutes: 240 }, deliveryContext).ok).toBe(true);
	});

	it.each(['2025-08-29', '2025-12-22', '2026-01-12'])('rejects %s, outside the autumn term', (deliveredOn) => {
		const result = validateDeliveryInput({ ...goodDelivery, deliveredOn }, { ...deliveryContext, today: '2026-02-01' });
		expect(result).toEqual({
			ok: false,
			errors: { deliveredOn: 'The date must be in the Autumn term 2025–26 (1 September 2025 to 19 December 2025).' }
		});
	});

	it('rejects a future date and an impossible date', () => {
		expect(validateDeliveryInput({ ...goodDelivery, deliveredOn: '2025-11-02' }, deliveryContext)).toMatchObject({
			ok: false,
			errors: { deliveredOn: 'The date cannot be in the future.' }
		});
		expect(validateDeliveryInput({ ...goodDelivery, deliveredOn: '2025-09-31' }, deliveryContext)).toMatchObject({
			ok: false,
			errors: { deliveredOn: 'Enter a real date, for example 3 October 2025.' }
		});
	});

	it('rejects pupils who are not in the class, or nobody present', () => {
		expect(validateDeliveryInput({ ...goodDelivery, presentPupilIds: ['p1', 'x9'] }, deliveryContext)).toEqual({
			ok: false,
			errors: { presentPupilIds: 'One pupil marked present is not in this class.' }
		});
		expect(validateDeliveryInput({ ...goodDelivery, presentPupilIds: ['x8', 'x9'] }, deliveryContext)).toMatchObject({
			errors: { presentPupilIds: '2 pupils marked present are not in this class.' }
		});
		expect(validateDeliveryInput({ ...goodDelivery, presentPupilIds: [] }, deliveryContext)).toMatchObject({
			errors: { presentPupilIds: 'Mark at least one pupil as present.' }
		});
	});

	it('reports every bad field at once', () => {
		const result = validateDeliveryInput(
			{ classId: '', lessonId: 'nope', deliveredOn: '2025-12-25', minutes: 500, presentPupilIds: ['zz'] },
			{ ...deliveryContext, today: '2026-01-10' }
		);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['classId', 'deliveredOn', 'lessonId', 'minutes', 'presentPupilIds']);
	});
});

describe('validateSchoolLessonInput', () => {
	const good: SchoolLessonInput = {
		title: '  Our tablet rules ',
		strand: 'privacy-and-security',
		ageBand: '5-7',
		durationMinutes: 15,
		objectives: ['I know our class tablet rules.'],
		sections: [1, 2, 3].map((n) => ({
			heading: `Rule ${n}`,
			text: 'Ask before you use the tablet.',
			illustration: { kind: 'pictogram', pictogramId: 'tablet', alt: 'A tablet computer' }
		})),
		quiz: [1, 2, 3].map(() => ({
			prompt: 'Who do you ask first?',
			options: ['A grown-up', 'Nobody'],
			correctIndex: 0,
			explanation: 'A grown-up can help you use the tablet safely.'
		}))
	};

	it('accepts a well-formed lesson and trims it', () => {
		const result = validateSchoolLessonInput(good);
		expect(result.ok && result.value.title).toBe('Our tablet rules');
	});

	it('gives a clear error for each bad field', () => {
		const [first, second] = good.quiz;
		const result = validateSchoolLessonInput({
			...good,
			title: '',
			strand: 'cooking',
			ageBand: '11-14',
			durationMinutes: 90,
			objectives: [],
			sections: [{ ...good.sections[0]!, illustration: { kind: 'emoji', emoji: '🙂', alt: '' } }, good.sections[1]!],
			quiz: [
				{ ...first!, correctIndex: 5 },
				{ ...second!, options: ['Yes', 'yes'], explanation: 'Yes. Always.' }
			]
		});
		expect(result).toEqual({
			ok: false,
			errors: {
				title: 'A title is required.',
				strand: 'Choose a strand.',
				ageBand: 'Choose Years 1–2, Years 3–4 or Years 5–6.',
				durationMinutes: 'Duration must be a whole number of minutes from 5 to 60.',
				objectives: 'Give 1 to 5 learning objectives.',
				sections: 'Give 3 to 5 sections.',
				'sections.0.illustration.alt': 'A description of the picture is required.',
				quiz: 'Give 3 to 5 quiz questions.',
				'quiz.0.correctIndex': 'Choose which answer is correct.',
				'quiz.1.options': 'Each answer must be different.',
				'quiz.1.explanation': 'Keep the explanation to one sentence.'
			}
		});
	});

	it('knows a one-sentence explanation', () => {
		expect(isOneSentence('Asking first shows you care, and it keeps you safe.')).toBe(true);
		expect(isOneSentence('Good. Well done.')).toBe(false);
		expect(isOneSentence('No full stop')).toBe(false);
	});
});

describe('term dates and target', () => {
	const asInput = (terms = year.terms) => ({ academicYearStart: 2025, terms: terms.map((t) => ({ ...t })) });

	it('accepts the default year', () => {
		expect(validateTermDates(asInput())).toEqual({ ok: true, value: year });
	});

	it('rejects overlapping, reversed and out-of-year terms', () => {
		const [a, s, su] = year.terms;
		expect(validateTermDates(asInput([a, { ...s, startsOn: '2025-12-10' }, su]))).toEqual({
			ok: false,
			errors: { 'terms.spring.startsOn': 'The spring term must start after the term before it ends.' }
		});
		expect(validateTermDates(asInput([{ ...a, endsOn: '2025-08-01' }, s, su]))).toMatchObject({
			errors: { 'terms.autumn.endsOn': 'The term must end after its first day.' }
		});
		expect(validateTermDates(asInput([a, s, { ...su, endsOn: '2026-09-03' }]))).toMatchObject({
			errors: { 'terms.summer': 'The term must fall between 1 September 2025 and 31 August 2026.' }
		});
		expect(validateTermDates({ academicYearStart: 2025, terms: [a, s] })).toMatchObject({
			errors: { 'terms.summer': 'Enter dates for the summer term.' }
		});
	});

	it('checks the school target', () => {
		expect(validateTargetMinutes(60)).toEqual({ ok: true, value: 60 });
		expect(validateTargetMinutes(5).ok).toBe(false);
		expect(validateTargetMinutes(60.5).ok).toBe(false);
	});
});
