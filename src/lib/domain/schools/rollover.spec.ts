import { describe, expect, it } from 'vitest';
import { nextClassName, planRollover, rolloverState, rolloverYearsFor, type RolloverClass } from './rollover';
import { academicYearStarting } from '../calendar';

describe('nextClassName', () => {
	it.each([
		['Year 3 Ash', 3, 'Year 4 Ash'],
		['year 5 oak', 5, 'year 6 oak'],
		['Y2 Robins', 2, 'Y3 Robins'],
		['Reception Acorns', 0, 'Year 1 Acorns'],
		['3A', 3, '4A'],
		['4 Willow', 4, '5 Willow'],
		['Kingfishers', 2, 'Kingfishers']
	])('%s (year %i) becomes %s', (name, year, expected) => {
		expect(nextClassName(name, year)).toBe(expected);
	});
});

describe('rolloverYearsFor', () => {
	const usual = { lastYearRolled: true, lastYearHasPupils: true, thisYearHasPupils: true };
	it('rolls this year into the next, early before July', () => {
		expect(rolloverYearsFor('2027-07-01', usual)).toMatchObject({ from: { label: '2026/27' }, to: { label: '2027/28' }, early: false });
		expect(rolloverYearsFor('2027-08-31', usual).early).toBe(false);
		expect(rolloverYearsFor('2027-06-30', usual)).toMatchObject({ from: { label: '2026/27' }, early: true });
		expect(rolloverYearsFor('2027-09-01', usual)).toMatchObject({ from: { label: '2027/28' }, early: true });
	});
	it('rolls last year over, late, when it was missed and this year has no classes yet', () => {
		const missed = { lastYearRolled: false, lastYearHasPupils: true, thisYearHasPupils: false };
		expect(rolloverYearsFor('2027-09-10', missed)).toMatchObject({ from: { label: '2026/27' }, to: { label: '2027/28' }, early: false });
		expect(rolloverYearsFor('2027-09-10', { ...missed, thisYearHasPupils: true }).from.label).toBe('2027/28');
	});
});

const cls = (id: string, name: string, yearGroup: number, extra: Partial<RolloverClass> = {}): RolloverClass => ({
	id,
	name,
	yearGroup,
	mailboxLocalPart: `${yearGroup}${name.split(' ').pop()!.toLowerCase()}`,
	teacherIds: [`t-${id}`],
	pupilIds: [`p-${id}`],
	...extra
});
const years = { from: academicYearStarting(2026), to: academicYearStarting(2027) };

describe('planRollover', () => {
	it('moves Reception to Year 5 up, lets Year 6 leave and archives every class under its year', () => {
		const plan = planRollover(years, [cls('a', 'Year 6 Oak', 6), cls('b', 'Year 5 Ash', 5), cls('c', 'Reception Acorns', 0)], new Map(), [], []);
		expect(plan.moves.map((m) => [m.fromName, m.toName, m.toYearGroup, m.toMailbox])).toEqual([
			['Reception Acorns', 'Year 1 Acorns', 1, '1acorns'],
			['Year 5 Ash', 'Year 6 Ash', 6, '6ash']
		]);
		expect(plan.leavers).toEqual([{ classId: 'a', className: 'Year 6 Oak', pupilIds: ['p-a'] }]);
		expect(plan.archives.map((a) => [a.archivedName, a.archivedMailbox])).toContainEqual(['Year 6 Oak (2026/27)', '6oak.2026']);
		expect(plan.counts).toEqual({ classesCreated: 2, pupilsMoved: 2, leavers: 1, classesArchived: 3, teachersCarried: 2 });
	});

	it('lets a class keep a name an archived class of this year had, since the archive renames it', () => {
		// Classes named by tree keep their names: "Oak" is always Year 6's class.
		const plan = planRollover(years, [cls('a', 'Oak', 6), cls('b', 'Ash', 5)], new Map([['b', { name: 'Oak', carryTeachers: false }]]), [], []);
		expect(plan.moves[0]).toMatchObject({ toName: 'Oak', teacherIds: [] });
	});

	it('refuses a name already used, by another new class or an older archived one', () => {
		const two = [cls('a', 'Year 4 Ash', 4), cls('b', 'Year 3 Elm', 3)];
		expect(() => planRollover(years, two, new Map([['b', { name: 'Year 5 Ash', carryTeachers: true }]]), [], [])).toThrow(/Two classes/);
		expect(() => planRollover(years, two, new Map(), ['year 5 ash'], [])).toThrow(/Two classes/);
		expect(() => planRollover(years, two, new Map([['a', { name: '=HYPERLINK("x")', carryTeachers: true }]]), [], [])).toThrow(/cannot be a class name/);
	});

	it('describes its starting state independently of order', () => {
		const one = [cls('a', 'Oak', 6), cls('b', 'Ash', 5)];
		expect(rolloverState('2026/27', one)).toBe(rolloverState('2026/27', [...one].reverse()));
		expect(rolloverState('2026/27', one)).not.toBe(rolloverState('2026/27', [cls('a', 'Oak', 6), cls('b', 'Ash', 5, { pupilIds: [] })]));
	});
});
