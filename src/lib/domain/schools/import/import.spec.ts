import { describe, expect, it } from 'vitest';
import { decodeUpload } from './decode';
import { readTable, MAX_IMPORT_LINES } from './table';
import { csvMappingSchema, guessMapping, rosterFromMappedCsv } from './csv-mapping';
import { rosterFromOneRoster } from './oneroster';
import { planImport, type ExistingSchool } from './plan';
import { planToCsv } from './report';
import { parseUkDate, parseYearGroup, yearGroupForBirthDate, yearGroupFromClassName } from './roster';
import { makeMailbox, makeUsername } from './usernames';
import { parseCsv } from '../../shared/csv';

const utf8 = (s: string) => new TextEncoder().encode(s);
const empty: ExistingSchool = { classes: [], people: [] };

describe('decodeUpload', () => {
	it('drops a UTF-8 byte-order mark', () => {
		const decoded = decodeUpload(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('UPN,Forename\r\n')]));
		expect(decoded).toEqual({ ok: true, text: 'UPN,Forename\r\n', encoding: 'utf-8' });
	});
	it('reads an older export in Windows-1252, keeping accented names', () => {
		const decoded = decodeUpload(new Uint8Array([...utf8('Zo'), 0xeb, ...utf8(',Fran'), 0xe7, ...utf8('ois')]));
		expect(decoded).toEqual({ ok: true, text: 'Zoë,François', encoding: 'windows-1252' });
	});
	it('refuses UTF-16, binary and empty files with a way forward', () => {
		expect(decodeUpload(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toMatchObject({ ok: false, message: expect.stringMatching(/CSV UTF-8/) });
		expect(decodeUpload(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toMatchObject({ ok: false, message: expect.stringMatching(/not a CSV/) });
		expect(decodeUpload(new Uint8Array())).toMatchObject({ ok: false, message: expect.stringMatching(/empty/) });
	});
});

describe('readTable', () => {
	it('numbers lines from the header, skipping blank ones, and refuses extra cells', () => {
		const table = readTable('UPN, First Name \r\n\r\nA1,Amy\r\nA2,Bo,extra\r\n');
		expect(table.ok && table.columns).toEqual(['upn', 'first name']);
		expect(table.ok && table.lines).toEqual([
			{ line: 3, cells: { upn: 'A1', 'first name': 'Amy' } },
			{ line: 4, cells: { upn: 'A2', 'first name': 'Bo' }, problem: 'has 3 cells but the header names 2' }
		]);
	});
	it('refuses a file far longer than any school', () => {
		const table = readTable('a\n' + 'x\n'.repeat(MAX_IMPORT_LINES + 5));
		expect(table).toMatchObject({ ok: false, message: expect.stringMatching(/more than 20,000 lines/) });
	});
	it('refuses a header with repeated or empty names', () => {
		expect(readTable('a,a\n1,2')).toMatchObject({ ok: false });
		expect(readTable('a,,b\n1,2,3')).toMatchObject({ ok: false });
	});
});

describe('UK dates and year groups', () => {
	it('reads dd/mm/yyyy and refuses days that do not exist or US order', () => {
		expect(parseUkDate('03/09/2019')).toEqual({ ok: true, date: '2019-09-03' });
		expect(parseUkDate('2019-09-03')).toEqual({ ok: true, date: '2019-09-03' });
		expect(parseUkDate('31/02/2019')).toMatchObject({ ok: false });
		expect(parseUkDate('12/31/2019')).toMatchObject({ ok: false });
		expect(parseUkDate('3rd Sept')).toMatchObject({ ok: false });
	});
	it('reads the year group however an MIS writes it', () => {
		expect(['R', 'Reception', 'KG', '03', 'Year 3', 'Y6', '7'].map(parseYearGroup)).toEqual([0, 0, 0, 3, 3, 6, null]);
		expect(['Year 4 Willow', '4W', 'Reception Ash', 'Oak'].map(yearGroupFromClassName)).toEqual([4, 4, 0, null]);
	});
	it('places a child by the English September-to-August cohort', () => {
		expect(yearGroupForBirthDate('2020-10-01', 2025)).toBe(0);
		expect(yearGroupForBirthDate('2021-08-31', 2025)).toBe(0);
		expect(yearGroupForBirthDate('2021-09-01', 2025)).toBe(-1);
	});
});

describe('mapped CSV', () => {
	const header = 'Adno,Forename,Surname,Reg Group,DOB,Contact 1 Forename,Contact 1 Surname,Contact 1 Email\r\n';
	const mapping = csvMappingSchema.parse({
		key: 'Adno',
		firstName: 'Forename',
		surname: 'Surname',
		className: 'Reg Group',
		dateOfBirth: 'DOB',
		parent1FirstName: 'Contact 1 Forename',
		parent1Surname: 'Contact 1 Surname',
		parent1Email: 'Contact 1 Email'
	});
	const read = (body: string) => {
		const t = readTable(header + body);
		if (!t.ok) throw new Error(t.message);
		return rosterFromMappedCsv(t.lines, mapping, 2026);
	};
	it('guesses the mapping from common headings', () => {
		const t = readTable(header);
		expect(t.ok && guessMapping(t.columns)).toMatchObject({
			key: 'adno',
			firstName: 'forename',
			surname: 'surname',
			className: 'reg group',
			dateOfBirth: 'dob',
			parent1Email: 'contact 1 email'
		});
	});
	it('shares a parent between siblings by email and refuses bad lines with a reason', () => {
		const roster = read(
			'1001,Amy,Khan,Year 2 Oak,01/02/2019,Sam,Khan,SAM@home.example\r\n' +
				'1002,Ben,Khan,Year 4 Elm,01/02/2017,Sam,Khan,sam@home.example\r\n' +
				'1001,Dup,Licate,Year 2 Oak,,,,\r\n' +
				',No,Key,Year 2 Oak,,,,\r\n' +
				'1003,=HYPERLINK("http://x"),Evil,Year 2 Oak,,,,\r\n' +
				'1004,Cal,Lee,Year 2 Oak,31/02/2019,,,\r\n' +
				'1005,Dee,Ray,Oak,,,,\r\n' +
				'1006,Eve,Ray,Year 2 Oak,,Pat,,pat@home.example\r\n'
		);
		expect(roster.people.filter((p) => p.role === 'pupil').map((p) => p.key)).toEqual(['1001', '1002']);
		expect(roster.people.filter((p) => p.role === 'parent')).toMatchObject([{ key: 'parent:sam@home.example', childKeys: ['1001', '1002'] }]);
		expect(roster.refused.map((r) => [r.source.line, r.reason])).toEqual([
			[4, 'duplicate key: 1001 is already on an earlier line'],
			[5, 'the UPN or admission number is missing'],
			[6, expect.stringMatching(/first name "=HYPERLINK.*characters a name cannot hold/)],
			[7, expect.stringMatching(/31\/02\/2019" does not exist/)],
			[8, expect.stringMatching(/no year group for class "Oak"/)],
			[9, "parent 1's surname is missing"]
		]);
	});
});

describe('OneRoster', () => {
	const files = {
		'orgs.csv': 'sourcedId,status,dateLastModified,name,type\r\norg1,active,,Hill Primary,school\r\norg2,active,,Vale Primary,school\r\n',
		'classes.csv':
			'sourcedId,title,grades,classType,schoolSourcedId\r\nc1,Year 3 Ash,03,homeroom,org1\r\nc2,Maths set 1,03,scheduled,org1\r\nc9,Year 1 Fir,01,homeroom,org2\r\n',
		'users.csv':
			'sourcedId,status,enabledUser,orgSourcedIds,role,givenName,familyName,email,agentSourcedIds\r\n' +
			'u1,active,true,org1,student,Amy,Khan,,p1\r\n' +
			'u2,active,true,org1,student,Ben,Lee,,\r\n' +
			'u3,tobedeleted,true,org1,student,Old,Pupil,,\r\n' +
			'p1,active,true,org1,guardian,Sam,Khan,sam@home.example,\r\n' +
			'p2,active,true,org1,parent,Lone,Parent,lone@home.example,u9\r\n' +
			't1,active,true,org1,teacher,Tia,Hart,tia@school.example,\r\n' +
			'x1,active,true,org2,student,Other,School,,\r\n',
		'enrollments.csv':
			'sourcedId,classSourcedId,schoolSourcedId,userSourcedId,role\r\ne1,c1,org1,u1,student\r\ne2,c2,org1,u1,student\r\ne3,c1,org1,t1,teacher\r\ne4,c7,org1,u2,student\r\n'
	};
	it('asks which school when a trust bundle holds several', () => {
		expect(rosterFromOneRoster(files, { yearStartsOn: '2026-09-01' })).toMatchObject({ ok: false, message: expect.stringMatching(/Hill Primary \(org1\)/) });
	});
	it('reads homerooms, links parents through agents and says why lines were refused or passed over', () => {
		const result = rosterFromOneRoster(files, { orgSourcedId: 'org1', yearStartsOn: '2026-09-01' });
		if (!result.ok) throw new Error(result.message);
		const r = result.roster;
		expect(r.classes).toMatchObject([{ key: 'c1', name: 'Year 3 Ash', yearGroup: 3 }]);
		expect(r.people.map((p) => [p.key, p.role, p.classKeys, p.childKeys])).toEqual([
			['u1', 'pupil', ['c1'], []],
			['p1', 'parent', [], ['u1']],
			['t1', 'teacher', ['c1'], []]
		]);
		expect(r.refused.map((x) => x.reason)).toEqual(
			expect.arrayContaining(['unknown class c7', 'not enrolled in any class of this school', 'parent without a child in this import'])
		);
		expect(r.skipped.map((x) => x.reason)).toEqual(
			expect.arrayContaining(['not a registration (homeroom) class', 'marked to be deleted', 'belongs to another school in the bundle'])
		);
	});
	it('refuses a bundle with a file or column missing', () => {
		const { 'enrollments.csv': _gone, ...rest } = files;
		expect(rosterFromOneRoster(rest, { yearStartsOn: '2026-09-01' })).toMatchObject({ ok: false, message: expect.stringMatching(/no enrollments.csv/) });
		expect(rosterFromOneRoster({ ...files, 'users.csv': 'id,name\r\n1,x\r\n' }, { orgSourcedId: 'org1', yearStartsOn: '2026-09-01' })).toMatchObject({
			ok: false,
			message: expect.stringMatching(/users.csv has no sourcedid/)
		});
	});
});

describe('planImport', () => {
	const roster = () => {
		const r = rosterFromOneRoster(
			{
				'orgs.csv': 'sourcedId,name,type\r\no,Hill,school\r\n',
				'classes.csv': 'sourcedId,title,grades,schoolSourcedId\r\nc1,Year 3 Ash,03,o\r\n',
				'users.csv':
					'sourcedId,role,givenName,familyName,email,agentSourcedIds\r\nu1,student,Amy,Khan,,\r\np1,parent,Sam,Khan,sam@x.example,u1\r\nt1,teacher,Tia,Hart,tia@x.example,\r\n',
				'enrollments.csv': 'sourcedId,classSourcedId,userSourcedId,role\r\ne1,c1,u1,student\r\ne2,c1,t1,teacher\r\n'
			},
			{ yearStartsOn: '2026-09-01' }
		);
		if (!r.ok) throw new Error(r.message);
		return r.roster;
	};
	it('creates everything in an empty school', () => {
		expect(planImport(roster(), empty).counts).toMatchObject({ create: 4 });
	});
	it('adopts a hand-made class by name and a teacher by email, and leaves what already matches', () => {
		const school: ExistingSchool = {
			classes: [{ id: 'k1', key: null, name: 'year 3 ash', yearGroup: 3 }],
			people: [
				{
					id: 'a',
					key: 'u1',
					role: 'pupil',
					firstName: 'Amy',
					surname: 'Khan',
					email: null,
					dateOfBirth: null,
					classId: 'k1',
					teachesClassIds: [],
					childIds: []
				},
				{
					id: 'b',
					key: null,
					role: 'teacher',
					firstName: 'Tia',
					surname: 'Hart',
					email: 'tia@x.example',
					dateOfBirth: null,
					classId: null,
					teachesClassIds: [],
					childIds: []
				},
				{
					id: 'c',
					key: 'p1',
					role: 'parent',
					firstName: 'Sam',
					surname: 'Khan',
					email: 'sam@x.example',
					dateOfBirth: null,
					classId: null,
					teachesClassIds: [],
					childIds: ['a']
				}
			]
		};
		const plan = planImport(roster(), school);
		expect(plan.lines.map((l) => [l.label, l.outcome, l.notes])).toEqual([
			['Year 3 Ash', 'change', ['joined to the class already set up with this name', 'name year 3 ash → Year 3 Ash']],
			['Amy Khan', 'leave', []],
			['Sam Khan', 'leave', []],
			['Tia Hart', 'change', ['joined to the account already set up with this email', 'classes taught changed']]
		]);
	});
	it('refuses a key that belongs to someone of another role', () => {
		const school: ExistingSchool = {
			classes: [],
			people: [
				{ id: 'x', key: 'u1', role: 'parent', firstName: 'A', surname: 'B', email: null, dateOfBirth: null, classId: null, teachesClassIds: [], childIds: [] }
			]
		};
		const plan = planImport(roster(), school);
		expect(plan.lines.find((l) => l.label === 'Amy Khan')).toMatchObject({ outcome: 'refuse', notes: ['key u1 already belongs to a parent'] });
		expect(plan.lines.find((l) => l.label === 'Sam Khan')).toMatchObject({ outcome: 'refuse', notes: [expect.stringMatching(/parent without a child/)] });
	});
	it('keeps a parent the file no longer lists, unless asked to remove their links', () => {
		const school: ExistingSchool = {
			classes: [{ id: 'k1', key: 'c1', name: 'Year 3 Ash', yearGroup: 3 }],
			people: [
				{
					id: 'a',
					key: 'u1',
					role: 'pupil',
					firstName: 'Amy',
					surname: 'Khan',
					email: null,
					dateOfBirth: null,
					classId: 'k1',
					teachesClassIds: [],
					childIds: []
				},
				{
					id: 'c',
					key: 'p1',
					role: 'parent',
					firstName: 'Sam',
					surname: 'Khan',
					email: 'sam@x.example',
					dateOfBirth: null,
					classId: null,
					teachesClassIds: [],
					childIds: ['a']
				},
				{
					id: 'd',
					key: 'p2',
					role: 'parent',
					firstName: 'Lee',
					surname: 'Khan',
					email: 'lee@x.example',
					dateOfBirth: null,
					classId: null,
					teachesClassIds: [],
					childIds: ['a']
				},
				// Linked by invitation code, never imported: not the file's to speak for.
				{
					id: 'e',
					key: null,
					role: 'parent',
					firstName: 'Jo',
					surname: 'Khan',
					email: null,
					dateOfBirth: null,
					classId: null,
					teachesClassIds: [],
					childIds: ['a']
				}
			]
		};
		const kept = planImport(roster(), school);
		expect(kept.lines.find((l) => l.label === 'Lee Khan')).toMatchObject({
			outcome: 'leave',
			notes: ['kept: not in this file (still linked to 1 child)'],
			source: { file: '(not in this file)' }
		});
		expect(kept.personWrites.find((w) => w.id === 'd')).toBeUndefined();
		expect(kept.lines.find((l) => l.label === 'Jo Khan')).toBeUndefined();
		const removed = planImport(roster(), school, { removeMissingLinks: true });
		expect(removed.lines.find((l) => l.label === 'Lee Khan')).toMatchObject({ outcome: 'change', notes: ['not in this file: unlinked from 1 child'] });
		expect(removed.personWrites.find((w) => w.id === 'd')).toMatchObject({ unlinkChildKeys: ['u1'] });
		expect(removed.personWrites.find((w) => w.id === 'e')).toBeUndefined();
	});
	it('writes the dry run as CSV with formulas from the file made harmless', () => {
		const plan = planImport(
			{ classes: [], people: [], refused: [{ source: { file: 'CSV', line: 2 }, label: '=HYPERLINK("http://evil")', reason: 'bad name' }], skipped: [] },
			empty
		);
		expect(parseCsv(planToCsv(plan))[1]).toEqual(['CSV', '2', 'line', `'=HYPERLINK("http://evil")`, 'refused', 'bad name']);
	});
});

describe('usernames and mailboxes', () => {
	it('makes short, unique, plain usernames', () => {
		const taken = new Set(['amelia.k']);
		expect(makeUsername('pupil', 'Amélia', 'Khan', taken)).toBe('amelia.k2');
		expect(makeUsername('pupil', 'Amélia', 'Kerr', taken)).toBe('amelia.k3');
		expect(makeUsername('parent', 'Siân', "O'Brien", taken)).toBe('sian.obrien');
		expect(makeUsername('pupil', '李', '王', taken)).toBe('pupil.x');
	});
	it('names class mailboxes by year and name', () => {
		const taken = new Set<string>();
		expect(makeMailbox('Year 4 Willow', 4, taken)).toBe('4willow');
		expect(makeMailbox('Reception Ash', 0, taken)).toBe('rash');
		expect(makeMailbox('4 Willow', 4, taken)).toBe('4willow2');
	});
});
