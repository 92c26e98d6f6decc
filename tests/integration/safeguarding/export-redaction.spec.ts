// A pupil's subject-access export names no other child: incidents about two and three
// pupils, sanctions on the other one ("Parents of … sent a notice"), a report the pupil
// made about a classmate's message, evidence and messages that mention classmates. The
// whole archive is searched for every other pupil's names, usernames and ids.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool, type TestUser } from '../support/factories';
import { minutesAgo, reportedMessage } from './support';
import { createIncident } from '../../../src/lib/server/safeguarding/incidents';
import { assignFollowUpLesson, notifyParents, pauseMessaging } from '../../../src/lib/server/safeguarding/sanctions';
import { exportPupil } from '../../../src/lib/server/safeguarding/pupil-export';
import { loadLessonIndex } from '../../../src/lib/server/curriculum/lesson-index';
import { listQueue } from '../../../src/lib/server/moderation/queue';
import { decideItem } from '../../../src/lib/server/moderation/decide';
import { readRoom } from '../../../src/lib/server/messaging/history';
import { reportMessage } from '../../../src/lib/server/messaging/report';
import { REDACTED } from '../../../src/lib/domain/safeguarding/redact-others';
import { classRoomId, send } from '../messaging/support';

let t: TestDatabase;
let s: TestSchool;
let archive: Record<string, string>;
let me: TestUser;
let others: TestUser[];

const nameOf = (u: TestUser) => {
	const [first] = u.username.split('.');
	return first!;
};
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000);

beforeAll(async () => {
	t = await openTestDatabase();
	s = await createTestSchool(t.db, 3);
	const A = s.classes[0];
	me = A.pupils[0]!;
	const [a2, a3] = [A.pupils[1]!, A.pupils[2]!];
	const b1 = s.classes[1].pupils[0]!;
	others = [...A.pupils.slice(1), ...s.classes[1].pupils];

	// The pupil's own message mentions two classmates by first name; a classmate reports it.
	const reported = await reportedMessage(t.db, s, 'PupilA3 and PupilB1 were playing tag');
	// The pupil reports a classmate's message, naming them in the note.
	const roomId = await classRoomId(t.db, s, 0);
	await send(t.db, a2.actor, roomId, 'A message from a classmate');
	const item = (await listQueue(t.db, A.teacher.actor)).find((i) => i.body === 'A message from a classmate')!;
	await decideItem(t.db, A.teacher.actor, { itemId: item.id, action: 'approve', expectedVersion: item.version });
	const theirs = (await readRoom(t.db, me.actor, roomId)).messages.find((m) => m.body === 'A message from a classmate')!;
	await reportMessage(t.db, me.actor, { messageId: theirs.id, note: `PupilA2 SurnameA2 (${a2.username}) keeps saying this` });

	// Two pupils: sanctions on the other one write generated details naming them.
	const two = await createIncident(t.db, s.dsl.actor, {
		reportedById: A.teacher.id,
		reportedToId: s.dsl.id,
		occurredAt: minutesAgo(60),
		reportedAt: minutesAgo(50),
		pupilIds: [me.id, a2.id],
		staffIds: [],
		description: 'PupilA2 SurnameA2 shared a photo of PupilA1 SurnameA1 without asking.',
		categoryKey: 'pupil-C',
		evidence: [{ type: 'review-item', id: reported.reportItem.id }]
	});
	await notifyParents(t.db, s.dsl.actor, two.id, { pupilId: a2.id, method: 'phone', message: 'Please talk with your child about sharing photos.' });
	await pauseMessaging(t.db, s.dsl.actor, two.id, { pupilId: a2.id, until: inDays(3), reason: 'Photo shared without asking' });
	const lessonId = [...(await loadLessonIndex(t.db, s.id)).keys()][0]!;
	await assignFollowUpLesson(t.db, s.dsl.actor, two.id, { pupilId: a2.id, lessonId, dueBy: null, reason: 'To think about privacy' });

	// Three pupils, across two classes, each sanctioned.
	const three = await createIncident(t.db, s.dsl.actor, {
		reportedById: A.teacher.id,
		reportedToId: s.dsl.id,
		occurredAt: minutesAgo(40),
		reportedAt: minutesAgo(30),
		pupilIds: [me.id, a3.id, b1.id],
		staffIds: [],
		description: `A group chat argument between pupilA1, ${a3.username} and PupilB1 SurnameB1.`,
		categoryKey: 'pupil-C'
	});
	for (const p of [me, a3, b1])
		await notifyParents(t.db, s.dsl.actor, three.id, { pupilId: p.id, method: 'letter', message: 'We would like to talk about a group chat.' });

	const out = await exportPupil(t.db, s.dsl.actor, me.id, { includeIncidents: true });
	archive = Object.fromEntries(Object.entries(unzipSync(out.bytes)).map(([name, bytes]) => [name, strFromU8(bytes)]));
}, 180_000);
afterAll(() => t.close());

describe('the subject-access export names no other child', () => {
	it("holds no other pupil's first name, surname, username or id in any file", () => {
		const everything = Object.values(archive).join('\n').toLowerCase();
		for (const o of others) {
			for (const term of [nameOf(o), `surname${nameOf(o).slice(5)}`, o.username, o.id]) {
				expect(everything, `${term} must not appear`).not.toContain(term.toLowerCase());
			}
		}
	});

	it('keeps the generated details, with the other child replaced', () => {
		const incidents = JSON.parse(archive['incidents.json']!) as { description: string; actions: { detail: string }[]; evidence: { body: string }[] }[];
		expect(incidents).toHaveLength(2);
		const details = incidents.flatMap((i) => i.actions.map((a) => a.detail));
		expect(details).toContain(`Parents of ${REDACTED} sent a notice (1) and told by phone.`);
		expect(details.some((d) => d.includes('PupilA1 SurnameA1'))).toBe(true);
		expect(incidents.map((i) => i.description)).toContain(`${REDACTED} shared a photo of PupilA1 SurnameA1 without asking.`);
		expect(new Set(incidents.flatMap((i) => i.evidence.map((e) => e.body)))).toEqual(new Set([`${REDACTED} and ${REDACTED} were playing tag`]));
	});

	it("keeps the pupil's own words and report, with classmates replaced", () => {
		const messages = JSON.parse(archive['messages.json']!) as { body: string }[];
		expect(messages.map((m) => m.body)).toContain(`${REDACTED} and ${REDACTED} were playing tag`);
		const reports = JSON.parse(archive['reports.json']!) as { madeByThePupil: { note: string }[] };
		expect(reports.madeByThePupil[0]!.note).toBe(`${REDACTED} (${REDACTED}) keeps saying this`);
		expect(JSON.parse(archive['profile.json']!)).toMatchObject({ id: me.id, username: me.username, firstName: 'PupilA1', surname: 'SurnameA1' });
		expect(archive['README.txt']).toContain('PupilA1 SurnameA1');
	});
});
