import { describe, expect, it } from 'vitest';
import { defaultAcademicYear } from './terms';
import {
	buildClassGrid,
	buildMinutesChart,
	buildPupilProgress,
	buildSchoolView,
	firstCompletions,
	progressStatus,
	pupilsBelowTarget,
	tallyTermMinutes
} from './progress';
import { addDays } from '../calendar';
import type { ClassInfo, LessonCompletion, LessonDelivery, PupilInfo } from './types';

const [autumn, spring] = defaultAcademicYear(2025).terms;
const oak: ClassInfo = { id: 'class-oak', name: '5 Oak', yearGroup: 5 };
const pupils: PupilInfo[] = ['Ava', 'Ben', 'Cara', 'Dev'].map((name) => ({
	id: `pupil-${name.toLowerCase()}`,
	classId: oak.id,
	displayName: name
}));
const lessonTitles = new Map([
	['relationships-7-11-trust-and-secrets', 'Trust, secrets and online friends'],
	['privacy-7-11-guard-your-details', 'Guard your details']
]);

const delivery45: LessonDelivery = {
	id: 'delivery-1',
	classId: oak.id,
	lessonId: 'relationships-7-11-trust-and-secrets',
	deliveredOn: '2025-10-06',
	minutes: 45,
	presentPupilIds: ['pupil-ava', 'pupil-ben', 'pupil-cara']
};
const complete = (pupilId: string, startedOn: string, lessonId = 'wellbeing-7-11-healthy-habits-online'): LessonCompletion => ({
	pupilId,
	lessonId,
	startedOn,
	minutesByDay: { [startedOn]: 15 },
	passedOn: startedOn
});

function gridFor(deliveries: LessonDelivery[], completions: LessonCompletion[], today = '2025-11-01') {
	return buildClassGrid({ classInfo: oak, pupils, term: autumn, today, deliveries, completions, lessonTitles });
}

describe('minutes per pupil', () => {
	it('a 45-minute delivery with one absence plus a 15-minute self-completion brings exactly the right pupils to 60', () => {
		const grid = gridFor([delivery45], [complete('pupil-ava', '2025-10-10'), complete('pupil-dev', '2025-10-11'), complete('pupil-cara', '2025-10-12')]);
		const byName = Object.fromEntries(grid.rows.map((row) => [row.displayName, row]));
		expect(byName.Ava).toMatchObject({ totalMinutes: 60, taughtMinutes: 45, selfStudyMinutes: 15, status: 'met', remainingMinutes: 0 });
		expect(byName.Cara).toMatchObject({ totalMinutes: 60, status: 'met' });
		expect(byName.Ben).toMatchObject({ totalMinutes: 45, remainingMinutes: 15 });
		expect(byName.Dev).toMatchObject({ totalMinutes: 15, taughtMinutes: 0, remainingMinutes: 45 });
		expect(grid.counts.met).toBe(2);
		expect(pupilsBelowTarget(grid).map((row) => row.displayName)).toEqual(['Ben', 'Dev']);
	});

	it('counts a second completion of the same lesson by the same pupil once, even in a later term', () => {
		const completions = [complete('pupil-ben', '2025-10-10'), complete('pupil-ben', '2025-10-20'), complete('pupil-ben', '2026-01-20')];
		expect(tallyTermMinutes(autumn, [delivery45], completions).get('pupil-ben')).toEqual({ taught: 45, selfStudy: 15 });
		expect(tallyTermMinutes(spring, [], completions).get('pupil-ben')).toBeUndefined();
		expect(firstCompletions(completions)).toEqual([completions[0]]);
	});

	it('counts a pupil listed twice on one delivery once, and ignores deliveries outside the term', () => {
		const doubled = { ...delivery45, presentPupilIds: ['pupil-ava', 'pupil-ava'] };
		const summer = { ...delivery45, id: 'delivery-2', deliveredOn: '2026-05-05' };
		expect(tallyTermMinutes(autumn, [doubled, summer], []).get('pupil-ava')).toEqual({ taught: 45, selfStudy: 0 });
	});

	it('lists the deliveries a pupil was absent from, unless they caught up on that lesson', () => {
		const second: LessonDelivery = {
			...delivery45,
			id: 'delivery-2',
			lessonId: 'privacy-7-11-guard-your-details',
			deliveredOn: '2025-10-13',
			minutes: 25,
			presentPupilIds: ['pupil-ava', 'pupil-cara']
		};
		const grid = gridFor([second, delivery45], [complete('pupil-ben', '2025-10-20', 'privacy-7-11-guard-your-details')]);
		const missed = (name: string) => grid.rows.find((row) => row.displayName === name)?.missedLessons;
		expect(missed('Dev')).toEqual([
			{ deliveryId: 'delivery-1', lessonId: delivery45.lessonId, lessonTitle: 'Trust, secrets and online friends', deliveredOn: '2025-10-06' },
			{ deliveryId: 'delivery-2', lessonId: second.lessonId, lessonTitle: 'Guard your details', deliveredOn: '2025-10-13' }
		]);
		expect(missed('Ben')).toEqual([]);
		expect(missed('Ava')).toEqual([]);
	});
});

describe('progressStatus', () => {
	it.each([
		[60, 0.1, 'met'],
		[75, 1, 'met'],
		[0, 0, 'on-track'],
		[0, 0.2, 'on-track'], // within one short lesson of the pro-rata 12 minutes
		[30, 0.5, 'on-track'],
		[0, 0.5, 'at-risk'],
		[10, 0.7, 'at-risk'],
		[40, 0.8, 'on-track'],
		[20, 0.8, 'short'],
		[45, 1, 'short']
	] as const)('%i minutes with %f of term gone → %s', (minutes, fraction, status) => {
		expect(progressStatus(minutes, 60, fraction)).toBe(status);
	});

	it('uses the school target', () => {
		expect(progressStatus(90, 120, 0.5)).toBe('on-track');
		expect(progressStatus(60, 120, 1)).toBe('short');
	});

	it('marks everyone below target short once the term has ended', () => {
		const grid = gridFor([delivery45], [], '2026-01-10');
		expect(grid.rows.map((row) => row.status)).toEqual(['short', 'short', 'short', 'short']);
		expect(grid.shareOnTrack).toBe(0);
	});
});

describe('chart and pupil view', () => {
	it('gives one stacked bar per pupil against the target', () => {
		const chart = buildMinutesChart(gridFor([{ ...delivery45, minutes: 90 }], [complete('pupil-ava', '2025-10-10')]));
		expect(chart.targetMinutes).toBe(60);
		expect(chart.maxMinutes).toBe(105);
		expect(chart.bars[0]).toEqual({ pupilId: 'pupil-ava', label: 'Ava', taughtMinutes: 90, selfStudyMinutes: 15, totalMinutes: 105, status: 'met' });
		expect(chart.bars).toHaveLength(4);
	});

	it('shows a pupil their minutes and a badge at the hour', () => {
		const base = { term: autumn, deliveries: [delivery45] };
		const before = buildPupilProgress({ ...base, pupilId: 'pupil-ava', completions: [] });
		expect(before).toMatchObject({ minutes: 45, hasEarnedBadge: false, fractionOfTarget: 0.75 });
		expect(before.message).toBe('You have done 45 of your 60 minutes this term. Keep going!');
		const after = buildPupilProgress({ ...base, pupilId: 'pupil-ava', completions: [complete('pupil-ava', '2025-10-10')] });
		expect(after).toMatchObject({ minutes: 60, hasEarnedBadge: true, fractionOfTarget: 1 });
		expect(after.message).toBe('Well done! You have done your e-safety hour this term.');
		expect(buildPupilProgress({ ...base, pupilId: 'pupil-dev', completions: [] }).message).toBe('Your e-safety lessons are ready when you are.');
	});
});

describe('school view', () => {
	it("gives each class's share of pupils on track", () => {
		const ash: ClassInfo = { id: 'class-ash', name: '1 Ash', yearGroup: 1 };
		const empty: ClassInfo = { id: 'class-elm', name: '2 Elm', yearGroup: 2 };
		const ashPupils: PupilInfo[] = [
			{ id: 'pupil-zoe', classId: ash.id, displayName: 'Zoe' },
			{ id: 'pupil-yan', classId: ash.id, displayName: 'Yan' }
		];
		const view = buildSchoolView({
			classes: [oak, ash, empty],
			pupils: [...pupils, ...ashPupils],
			term: autumn,
			today: '2025-11-15', // about two thirds of the term gone: pro-rata 41 minutes
			deliveries: [delivery45, { ...delivery45, id: 'd-ash', classId: ash.id, minutes: 30, presentPupilIds: ['pupil-zoe', 'pupil-yan'] }],
			completions: [complete('pupil-ava', '2025-10-10')]
		});
		const [oakView, ashView, elmView] = view.classes;
		expect(oakView?.counts).toEqual({ met: 1, onTrack: 2, atRisk: 1, short: 0 });
		expect(oakView?.shareOnTrack).toBe(0.75);
		expect(ashView?.counts).toEqual({ met: 0, onTrack: 2, atRisk: 0, short: 0 });
		expect(elmView).toMatchObject({ pupilCount: 0, shareOnTrack: null });
		expect(view.totals).toEqual({ pupilCount: 6, counts: { met: 1, onTrack: 4, atRisk: 1, short: 0 }, shareOnTrack: 5 / 6 });
	});

	// Speed is measured by `npm run bench:curriculum`, not here: a timed test fails on a busy machine.
	it('builds for 2,000 pupils with a year of records', () => {
		const classes: ClassInfo[] = Array.from({ length: 70 }, (_, i) => ({ id: `c${i}`, name: `Class ${i}`, yearGroup: i % 7 }));
		const bigPupils: PupilInfo[] = Array.from({ length: 2000 }, (_, i) => ({ id: `p${i}`, classId: `c${i % 70}`, displayName: `Pupil ${i}` }));
		const rosters = new Map<string, string[]>();
		for (const pupil of bigPupils) rosters.set(pupil.classId, [...(rosters.get(pupil.classId) ?? []), pupil.id]);
		const deliveries: LessonDelivery[] = [];
		for (const term of defaultAcademicYear(2025).terms) {
			for (const classInfo of classes) {
				for (let week = 0; week < 12; week++) {
					deliveries.push({
						id: `${classInfo.id}-${term.name}-${week}`,
						classId: classInfo.id,
						lessonId: 'privacy-7-11-guard-your-details',
						deliveredOn: addDays(term.startsOn, week * 7),
						minutes: 10,
						presentPupilIds: (rosters.get(classInfo.id) ?? []).filter((_, i) => (i + week) % 10 !== 0)
					});
				}
			}
		}
		const completions: LessonCompletion[] = bigPupils.flatMap((pupil, i) =>
			Array.from({ length: 12 }, (_, k) => complete(pupil.id, addDays(autumn.startsOn, (i + k) % 100), `lesson-${k % 8}`))
		);
		const view = buildSchoolView({ classes, pupils: bigPupils, term: autumn, today: '2025-12-01', deliveries, completions });
		expect(view.totals.pupilCount).toBe(2000);
		expect(view.classes.reduce((sum, c) => sum + c.pupilCount, 0)).toBe(2000);
	});
});
