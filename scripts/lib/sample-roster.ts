// A made-up school's MIS export, the same every time, for the import tests, the benchmark
// and trying the import by hand: `pupils` pupils in classes of 30 (two classes per year
// group from Reception to Year 6 for 420), a teacher per class, and `parentsPerFamily`
// parents on average (brothers and sisters share theirs). Written as a OneRoster 1.1
// bundle and as an Arbor-style CSV with its own column names and UK dates.
import { toCsv } from '../../src/lib/domain/shared/csv';

const FIRST = [
	'Amelia',
	'Oliver',
	'Isla',
	'George',
	'Ava',
	'Noah',
	'Mia',
	'Arthur',
	'Ivy',
	'Leo',
	'Freya',
	'Oscar',
	'Zoë',
	'Muhammad',
	'Aisha',
	'Theo',
	'Grace',
	'Harry',
	'Sophia',
	'Jack',
	'Lily',
	'Finley',
	'Evie',
	'Charlie',
	'Ruby',
	'Alfie',
	'Poppy',
	'Jacob',
	'Ella',
	'Siân'
];
const SURNAMES = [
	'Smith',
	'Jones',
	'Williams',
	'Taylor',
	'Brown',
	'Davies',
	'Evans',
	'Wilson',
	'Thomas',
	'Roberts',
	'Johnson',
	'Lewis',
	'Walker',
	'Robinson',
	'Wood',
	'Thompson',
	'White',
	'Watson',
	'Jackson',
	'Wright',
	'Green',
	'Harris',
	'Cooper',
	'King',
	'Lee',
	'Martin',
	'Clarke',
	'James',
	'Morgan',
	"O'Brien",
	'Khan',
	'Patel',
	'Ahmed',
	'Singh',
	'Nowak'
];
const TREES = ['Oak', 'Ash', 'Elm', 'Birch', 'Willow', 'Rowan', 'Hazel', 'Maple', 'Cedar', 'Holly'];

export interface SampleRoster {
	pupils: number;
	parents: number;
	oneRoster: Record<string, string>;
	csv: string;
	mapping: Record<string, string>;
}

function random(seed: number): () => number {
	let s = seed >>> 0;
	return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

export function sampleRoster(pupils: number, parentsPerFamily = 1.5, startYear = 2026, seed = 17): SampleRoster {
	const rand = random(seed);
	const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)]!;
	const classCount = Math.ceil(pupils / 30);
	const perYear = Math.ceil(classCount / 7);
	const classes = Array.from({ length: classCount }, (_, i) => {
		const year = Math.min(6, Math.floor(i / perYear));
		const tree = TREES[i % perYear]! + (i >= perYear * 7 ? ` ${i}` : '');
		return { id: `cls-${i + 1}`, year, title: year === 0 ? `Reception ${tree}` : `Year ${year} ${tree}` };
	});
	const users: string[][] = [];
	const enrollments: string[][] = [];
	const demographics: string[][] = [];
	const csvRows: string[][] = [];
	classes.forEach((c, i) => {
		const t = `tch-${i + 1}`;
		users.push([t, 'active', 'true', 'org-1', 'teacher', `t${i + 1}`, pick(FIRST), pick(SURNAMES), `teacher${i + 1}@school.example`, '']);
		enrollments.push([`enr-t${i + 1}`, 'active', c.id, 'org-1', t, 'teacher']);
	});
	let parentNo = 0;
	let family: { ids: string[]; rows: string[][]; surname: string } | null = null;
	for (let n = 0; n < pupils; n++) {
		const c = classes[Math.floor(n / 30)]!;
		// Roughly one pupil in five has a brother or sister here, sharing parents.
		const sibling = family && rand() < 0.2;
		if (!sibling) {
			const count = rand() < parentsPerFamily - 1 ? 2 : 1;
			const surname = pick(SURNAMES);
			family = { ids: [], rows: [], surname };
			for (let k = 0; k < count; k++) {
				const id = `par-${++parentNo}`;
				family.ids.push(id);
				family.rows.push([pick(FIRST), k === 0 ? surname : pick(SURNAMES), `parent${parentNo}@home.example`]);
			}
		}
		const f = family!;
		const id = `stu-${n + 1}`;
		const upn = `A${String(800_000_000_000 + n * 7919).slice(0, 12)}`;
		const first = pick(FIRST);
		const birthYear = startYear - c.year - 5;
		const month = 1 + Math.floor(rand() * 12);
		const day = 1 + Math.floor(rand() * 28);
		const dob = { y: month >= 9 ? birthYear : birthYear + 1, m: month, d: day };
		users.push([id, 'active', 'true', 'org-1', 'student', upn, first, f.surname, '', f.ids.join(',')]);
		enrollments.push([`enr-s${n + 1}`, 'active', c.id, 'org-1', id, 'student']);
		demographics.push([id, 'active', `${dob.y}-${pad(dob.m)}-${pad(dob.d)}`]);
		const p1 = f.rows[0]!;
		const p2 = f.rows[1] ?? ['', '', ''];
		csvRows.push([upn, first, f.surname, `${pad(dob.d)}/${pad(dob.m)}/${dob.y}`, c.title, c.year === 0 ? 'R' : String(c.year), ...p1, ...p2]);
	}
	// Parents are written once, with every child of theirs as an agent.
	const children = new Map<string, string[]>();
	for (const u of users) if (u[4] === 'student') for (const p of u[9]!.split(',')) children.set(p, [...(children.get(p) ?? []), u[0]!]);
	const parentDetails = new Map<string, string[]>();
	for (const row of csvRows)
		[
			[row[6], row[7], row[8]],
			[row[9], row[10], row[11]]
		].forEach((p) => p[2] && parentDetails.set(p[2], p as string[]));
	for (const [pid, kids] of children) {
		const details = parentDetails.get(`parent${pid.slice(4)}@home.example`)!;
		users.push([pid, 'active', 'true', 'org-1', 'parent', '', details[0]!, details[1]!, details[2]!, kids.join(',')]);
	}
	const oneRoster = {
		'orgs.csv': toCsv([
			['sourcedId', 'status', 'dateLastModified', 'name', 'type', 'identifier', 'parentSourcedId'],
			['org-1', 'active', '', 'Sample Primary', 'school', 'URN123456', '']
		]),
		'academicSessions.csv': toCsv([
			['sourcedId', 'status', 'dateLastModified', 'title', 'type', 'startDate', 'endDate', 'parentSourcedId', 'schoolYear'],
			['ay-1', 'active', '', `${startYear}/${(startYear + 1) % 100}`, 'schoolYear', `${startYear}-09-01`, `${startYear + 1}-08-31`, '', String(startYear + 1)]
		]),
		'classes.csv': toCsv([
			[
				'sourcedId',
				'status',
				'dateLastModified',
				'title',
				'grades',
				'courseSourcedId',
				'classCode',
				'classType',
				'location',
				'schoolSourcedId',
				'termSourcedIds',
				'subjects',
				'subjectCodes',
				'periods'
			],
			...classes.map((c) => [c.id, 'active', '', c.title, c.year === 0 ? 'KG' : `0${c.year}`, '', '', 'homeroom', '', 'org-1', 'ay-1', '', '', ''])
		]),
		'users.csv': toCsv([
			['sourcedId', 'status', 'enabledUser', 'orgSourcedIds', 'role', 'identifier', 'givenName', 'familyName', 'email', 'agentSourcedIds'],
			...users
		]),
		'enrollments.csv': toCsv([['sourcedId', 'status', 'classSourcedId', 'schoolSourcedId', 'userSourcedId', 'role'], ...enrollments]),
		'demographics.csv': toCsv([['sourcedId', 'status', 'birthDate'], ...demographics])
	};
	const csv = toCsv([
		[
			'UPN',
			'Legal Forename',
			'Legal Surname',
			'DOB',
			'Reg Group',
			'Year',
			'Contact 1 Forename',
			'Contact 1 Surname',
			'Contact 1 Email',
			'Contact 2 Forename',
			'Contact 2 Surname',
			'Contact 2 Email'
		],
		...csvRows
	]);
	const mapping = {
		key: 'UPN',
		firstName: 'Legal Forename',
		surname: 'Legal Surname',
		dateOfBirth: 'DOB',
		className: 'Reg Group',
		yearGroup: 'Year',
		parent1FirstName: 'Contact 1 Forename',
		parent1Surname: 'Contact 1 Surname',
		parent1Email: 'Contact 1 Email',
		parent2FirstName: 'Contact 2 Forename',
		parent2Surname: 'Contact 2 Surname',
		parent2Email: 'Contact 2 Email'
	};
	return { pupils, parents: parentNo, oneRoster, csv, mapping };
}

const pad = (n: number): string => String(n).padStart(2, '0');
