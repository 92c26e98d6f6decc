// Benchmark the school view of e-safety minutes: seeds a school of 2,000 pupils (70
// classes) with a year of records into a fresh database (PGlite in memory, or DATABASE_URL
// when set), then times the whole server function `getSchoolProgress` (every query plus
// the domain build) several times and reports the median. Target: under 200 ms.
// The last line is machine-readable and its shape must not change:
//   pupils=2000 school_view_ms=<median>
import { openDatabase, type Database } from '../src/lib/server/db/client';
import { classMemberships, classes, deliveryAttendance, lessonCompletions, lessonDeliveries, schools, users } from '../src/lib/server/db/schema';
import { loadSchoolCalendar, pickTerm, type SchoolTerm } from '../src/lib/server/curriculum/calendar';
import { getSchoolProgress } from '../src/lib/server/curriculum/progress';
import { academicYearStartFor, addDays, ageBandForYearGroup, isWeekday, lessonsForAgeBand, type Lesson } from '../src/lib/domain/curriculum';
import type { Actor } from '../src/lib/domain/auth/permissions';
import { londonDate } from '../src/lib/domain/calendar';

const PUPILS = 2000;
const CLASSES = 70;
const RUNS = 9;
// Classes teach an e-safety lesson every week, fortnight or three weeks (5–15 minutes),
// so the school has a mix of pupils who have met the target and pupils who are short.
// About 1 pupil in 15 is away each time.
const ABSENCE_RATE = 1 / 15;
// Each pupil completes this many lessons alone over the year.
const COMPLETIONS_PER_PUPIL = 3;

/** A small deterministic generator, so every run seeds the same school. */
function random(seed: number): () => number {
	let s = seed >>> 0;
	return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}
const rand = random(20_260_901);

async function insertChunked<T extends Record<string, unknown>>(db: Database, table: Parameters<Database['insert']>[0], rows: T[], size = 2000): Promise<void> {
	for (let i = 0; i < rows.length; i += size) await db.insert(table).values(rows.slice(i, i + size) as never);
}

async function seedSchool(db: Database): Promise<{ actor: Actor; terms: readonly SchoolTerm[]; records: Record<string, number> }> {
	const [school] = await db
		.insert(schools)
		.values({ name: 'Bench Primary', slug: `bench-${Date.now()}` })
		.returning();
	const schoolId = school!.id;
	const calendar = await loadSchoolCalendar(db, schoolId, londonDate(new Date()));
	// Bench accounts can never sign in: '!' is not a valid argon2 hash.
	const [admin] = await db
		.insert(users)
		.values({ schoolId, username: `bench.admin.${Date.now()}`, role: 'admin', firstName: 'Bench', surname: 'Admin', passwordHash: '!' })
		.returning();
	const classRows = await db
		.insert(classes)
		.values(Array.from({ length: CLASSES }, (_, i) => ({ schoolId, name: `Class ${i + 1}`, yearGroup: i % 7, mailboxLocalPart: `bench${i + 1}` })))
		.returning({ id: classes.id, yearGroup: classes.yearGroup });
	const pupilRows = [];
	for (let i = 0; i < PUPILS; i += 500) {
		const batch = Array.from({ length: Math.min(500, PUPILS - i) }, (_, j) => ({
			schoolId,
			username: `bench.pupil.${Date.now()}.${i + j}`,
			role: 'pupil' as const,
			firstName: `Pupil${i + j}`,
			surname: 'Bench',
			passwordHash: '!'
		}));
		pupilRows.push(...(await db.insert(users).values(batch).returning({ id: users.id })));
	}
	const roster = new Map(classRows.map((c) => [c.id, [] as string[]]));
	const memberships = pupilRows.map((p, i) => {
		const cls = classRows[i % CLASSES]!;
		roster.get(cls.id)!.push(p.id);
		return { schoolId, classId: cls.id, pupilId: p.id, academicYearId: calendar.yearId };
	});
	await insertChunked(db, classMemberships, memberships);
	const records = await seedRecords(db, schoolId, admin!.id, calendar.terms, classRows, roster);
	const actor: Actor = { userId: admin!.id, schoolId, role: 'admin', teachesClassIds: [], classId: null, childIds: [], gate: { open: true, missing: [] } };
	return { actor, terms: calendar.terms, records };
}

function schoolWeeks(terms: readonly SchoolTerm[]): string[] {
	const days: string[] = [];
	for (const term of terms) for (let d = term.startsOn; d <= term.endsOn; d = addDays(d, 7)) if (isWeekday(d)) days.push(d);
	return days;
}

async function seedRecords(
	db: Database,
	schoolId: string,
	adminId: string,
	terms: readonly SchoolTerm[],
	classRows: { id: string; yearGroup: number }[],
	roster: Map<string, string[]>
): Promise<Record<string, number>> {
	const weeks = schoolWeeks(terms);
	const deliveries: (typeof lessonDeliveries.$inferInsert & { id: string })[] = [];
	const attendance: (typeof deliveryAttendance.$inferInsert)[] = [];
	const completions: (typeof lessonCompletions.$inferInsert)[] = [];
	const counted = new Set<string>();
	for (const [c, cls] of classRows.entries()) {
		const lessons: readonly Lesson[] = lessonsForAgeBand(ageBandForYearGroup(cls.yearGroup));
		weeks.forEach((day, w) => {
			if (w % (1 + (c % 3)) !== 0) return;
			const id = crypto.randomUUID();
			const lesson = lessons[w % lessons.length]!;
			deliveries.push({ id, schoolId, classId: cls.id, lessonId: lesson.id, deliveredOn: day, minutes: 5 + 5 * (w % 3), recordedBy: adminId });
			for (const pupilId of roster.get(cls.id)!) if (rand() > ABSENCE_RATE) attendance.push({ schoolId, deliveryId: id, pupilId });
		});
		for (const pupilId of roster.get(cls.id)!) {
			for (let k = 0; k < COMPLETIONS_PER_PUPIL; k++) {
				const lesson = lessons[(k * 3 + Math.floor(rand() * lessons.length)) % lessons.length]!;
				const day = weeks[Math.floor(rand() * weeks.length)]!;
				// Repeats are kept but do not count; the partial unique index allows one counted row a year.
				const first = !counted.has(`${pupilId}:${lesson.id}`);
				counted.add(`${pupilId}:${lesson.id}`);
				completions.push({
					schoolId,
					pupilId,
					lessonId: lesson.id,
					academicYearStart: academicYearStartFor(day),
					startedOn: day,
					lastStudiedOn: day,
					completedOn: day,
					minutes: lesson.durationMinutes,
					minutesByDay: { [day]: lesson.durationMinutes },
					activeSeconds: lesson.durationMinutes * 60,
					countsTowardsMinutes: first,
					correctAnswers: lesson.quiz.length,
					questionCount: lesson.quiz.length
				});
			}
		}
	}
	await insertChunked(db, lessonDeliveries, deliveries);
	await insertChunked(db, deliveryAttendance, attendance, 5000);
	await insertChunked(db, lessonCompletions, completions);
	return { deliveries: deliveries.length, attendance: attendance.length, completions: completions.length };
}

async function main(): Promise<void> {
	const handle = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: 'memory://' });
	try {
		const seedStart = performance.now();
		const { actor, terms, records } = await seedSchool(handle.db);
		console.log(
			`database=${handle.kind} seeded in ${Math.round(performance.now() - seedStart)} ms: ${PUPILS} pupils, ${CLASSES} classes, ${records.deliveries} deliveries, ${records.attendance} attendance rows, ${records.completions} completions`
		);
		// The last day of the summer term: the whole year's records are in the database.
		const summer = terms.find((t) => t.name === 'summer') ?? pickTerm({ yearId: '', yearLabel: '', terms, targetMinutes: 60, today: londonDate(new Date()) });
		const options = { termName: summer.name, today: summer.endsOn };
		await getSchoolProgress(handle.db, actor, options); // warm-up: query plans and JIT
		const times: number[] = [];
		let last;
		for (let i = 0; i < RUNS; i++) {
			const start = performance.now();
			last = await getSchoolProgress(handle.db, actor, options);
			times.push(performance.now() - start);
		}
		times.sort((a, b) => a - b);
		const median = times[Math.floor(times.length / 2)]!;
		console.log(`school view, ${RUNS} runs: min ${times[0]!.toFixed(1)} ms, median ${median.toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms`);
		console.log(
			`term ${summer.name} ${summer.startsOn}..${summer.endsOn}: ${last!.view.totals.pupilCount} pupils, ${Math.round((last!.view.totals.shareOnTrack ?? 0) * 100)}% on track or met`
		);
		console.log(`pupils=${last!.view.totals.pupilCount} school_view_ms=${median.toFixed(1)}`);
	} finally {
		await handle.close();
	}
}

await main();
