// The year-end rollover, preview then confirm. The preview reads the school and plans it
// (domain/schools/rollover.ts); the confirm plans again inside one transaction, refuses a
// plan made from a school that has changed since, and writes it all or nothing: the new
// year's classes, pupils moved up, teachers carried, Year 6 leavers turned off, last year's
// classes and chat rooms archived, one audit entry. A year is rolled over once: the
// `year_rollovers` row is claimed first, so a second confirm (or two at once) changes nothing.
import { createHash } from 'node:crypto';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database, Executor, Transaction } from '../db';
import { academicYears, classMemberships, classTeachers, classes, rooms, sessions, users, yearRollovers } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { academicYearContaining, academicYearStarting, londonDate } from '../../domain/calendar';
import {
	planRollover,
	RolloverChoiceError,
	rolloverState,
	rolloverYearsFor,
	type ClassChoice,
	type RolloverClass,
	type RolloverPlan,
	type RolloverYears
} from '../../domain/schools/rollover';
import { assertCan, ownSchool } from '../auth/authorize';
import { recordAudit } from '../audit/record';
import { ConflictError, InputError } from '../errors';
import { ensureAcademicYear } from './academic-years';
import { disconnectSessions } from '../realtime/session-sockets';
import { announceAccessChanged } from '../realtime/publish';

export type RolloverPreview =
	| { status: 'ready'; plan: RolloverPlan; fingerprint: string; early: boolean; teacherNames: Record<string, string> }
	| { status: 'done'; from: string; to: string; at: Date; summary: Record<string, number> }
	| { status: 'nothing'; from: string; to: string; reason: string };

interface SchoolState {
	years: RolloverYears;
	fromYearId: string | null;
	classes: RolloverClass[];
	otherNames: string[];
	otherMailboxes: string[];
}

async function yearIdOf(db: Executor, schoolId: string, label: string): Promise<string | null> {
	const [row] = await db
		.select({ id: academicYears.id })
		.from(academicYears)
		.where(and(eq(academicYears.schoolId, schoolId), eq(academicYears.label, label)));
	return row?.id ?? null;
}

async function hasPupils(db: Executor, yearId: string | null): Promise<boolean> {
	if (!yearId) return false;
	const [row] = await db.select({ id: classMemberships.id }).from(classMemberships).where(eq(classMemberships.academicYearId, yearId)).limit(1);
	return Boolean(row);
}

async function rolloverOf(db: Executor, schoolId: string, fromYearId: string | null) {
	if (!fromYearId) return undefined;
	const [row] = await db
		.select()
		.from(yearRollovers)
		.where(and(eq(yearRollovers.schoolId, schoolId), eq(yearRollovers.fromYearId, fromYearId)));
	return row;
}

async function yearsFor(db: Executor, schoolId: string, now: Date): Promise<RolloverYears> {
	const current = academicYearContaining(now).startYear;
	const lastId = await yearIdOf(db, schoolId, academicYearStarting(current - 1).label);
	const thisId = await yearIdOf(db, schoolId, academicYearStarting(current).label);
	return rolloverYearsFor(londonDate(now), {
		lastYearRolled: Boolean(await rolloverOf(db, schoolId, lastId)),
		lastYearHasPupils: await hasPupils(db, lastId),
		thisYearHasPupils: await hasPupils(db, thisId)
	});
}

async function loadState(db: Executor, schoolId: string, years: RolloverYears): Promise<SchoolState> {
	const fromYearId = await yearIdOf(db, schoolId, years.from.label);
	const all = await db.select().from(classes).where(eq(classes.schoolId, schoolId));
	const live = all.filter((c) => !c.archivedAt);
	const archived = all.filter((c) => c.archivedAt);
	const ids = live.map((c) => c.id);
	const [pupils, teachers] =
		fromYearId && ids.length
			? await Promise.all([
					db
						.select({ classId: classMemberships.classId, id: classMemberships.pupilId })
						.from(classMemberships)
						.where(and(eq(classMemberships.academicYearId, fromYearId), inArray(classMemberships.classId, ids))),
					db
						.select({ classId: classTeachers.classId, id: classTeachers.teacherId })
						.from(classTeachers)
						.where(and(eq(classTeachers.academicYearId, fromYearId), inArray(classTeachers.classId, ids)))
				])
			: [[], []];
	const idsIn = (rows: { classId: string; id: string }[], classId: string) => rows.filter((r) => r.classId === classId).map((r) => r.id);
	return {
		years,
		fromYearId,
		classes: live.map((c) => ({
			id: c.id,
			name: c.name,
			yearGroup: c.yearGroup,
			mailboxLocalPart: c.mailboxLocalPart,
			pupilIds: idsIn(pupils, c.id),
			teacherIds: idsIn(teachers, c.id)
		})),
		otherNames: archived.map((c) => c.name),
		otherMailboxes: archived.map((c) => c.mailboxLocalPart)
	};
}

/** The plan, with a name the admin chose that cannot be used turned into that field's error. */
function planFor(state: SchoolState, choices: ReadonlyMap<string, ClassChoice>): RolloverPlan {
	try {
		return planRollover(state.years, state.classes, choices, state.otherNames, state.otherMailboxes);
	} catch (e) {
		if (e instanceof RolloverChoiceError) throw new InputError(`name:${e.classId}`, e.message);
		throw e;
	}
}

const fingerprintOf = (state: SchoolState): string =>
	createHash('sha256').update(rolloverState(state.years.from.label, state.classes)).digest('hex').slice(0, 40);

/** Why there is nothing to roll over, or null when there is. */
async function nothingToDo(db: Executor, schoolId: string, state: SchoolState): Promise<RolloverPreview | null> {
	const { from, to } = state.years;
	const done = await rolloverOf(db, schoolId, state.fromYearId);
	if (done) return { status: 'done', from: from.label, to: to.label, at: done.createdAt, summary: done.summary };
	if (!state.classes.some((c) => c.pupilIds.length))
		return { status: 'nothing', from: from.label, to: to.label, reason: `No pupils are in a class for ${from.label}, so there is nothing to move up.` };
	if (await hasPupils(db, await yearIdOf(db, schoolId, to.label)))
		return {
			status: 'nothing',
			from: from.label,
			to: to.label,
			reason: `Pupils are already in classes for ${to.label} (from an import or by hand), so the rollover would double them.`
		};
	return null;
}

/** What the rollover would do with these choices; nothing is written. */
export async function previewRollover(
	db: Database,
	actor: Actor,
	choices: ReadonlyMap<string, ClassChoice> = new Map(),
	now = new Date()
): Promise<RolloverPreview> {
	assertCan(actor, 'school.manage', ownSchool(actor));
	const state = await loadState(db, actor.schoolId, await yearsFor(db, actor.schoolId, now));
	const nothing = await nothingToDo(db, actor.schoolId, state);
	if (nothing) return nothing;
	const plan = planFor(state, choices);
	const teacherIds = [...new Set(state.classes.flatMap((c) => c.teacherIds))];
	const teachers = teacherIds.length
		? await db
				.select({ id: users.id, firstName: users.firstName, surname: users.surname })
				.from(users)
				.where(and(inArray(users.id, teacherIds), eq(users.schoolId, actor.schoolId)))
		: [];
	const teacherNames = Object.fromEntries(teachers.map((t) => [t.id, `${t.firstName} ${t.surname}`]));
	return { status: 'ready', plan, fingerprint: fingerprintOf(state), early: state.years.early, teacherNames };
}

export interface RolloverConfirmation {
	/** The year the preview rolled over, e.g. "2026/27". */
	fromLabel: string;
	fingerprint: string;
	/** The admin said yes to rolling over before July (classes close at once). */
	early: boolean;
	choices: ReadonlyMap<string, ClassChoice>;
}

export interface RolloverResult {
	/** False when this year had already been rolled over: nothing was changed. */
	changed: boolean;
	counts: Record<string, number>;
}

/** Confirms the rollover the admin previewed, all or nothing; a year already rolled over is left as it is. */
export async function confirmRollover(db: Database, actor: Actor, input: RolloverConfirmation, now = new Date()): Promise<RolloverResult> {
	assertCan(actor, 'school.manage', ownSchool(actor));
	const outcome = await db.transaction(async (tx) => {
		const done = await rolloverOf(tx, actor.schoolId, await yearIdOf(tx, actor.schoolId, input.fromLabel));
		if (done) return { changed: false as const, counts: done.summary, ended: [] as string[], moved: [] as string[] };
		const years = await yearsFor(tx, actor.schoolId, now);
		if (years.from.label !== input.fromLabel) throw new ConflictError(`The year to roll over is now ${years.from.label}. Look at the preview again.`);
		const state = await loadState(tx, actor.schoolId, years);
		const nothing = await nothingToDo(tx, actor.schoolId, state);
		if (nothing?.status === 'nothing') throw new ConflictError(nothing.reason);
		if (fingerprintOf(state) !== input.fingerprint)
			throw new ConflictError('The school changed since this preview (a class, pupil or teacher). Look at the preview again and confirm it.');
		if (years.early && !input.early) throw new InputError('early', `Term has not ended: tick the box to roll over now, or come back in July.`);
		const plan = planFor(state, input.choices);
		const toYearId = await ensureAcademicYear(tx, actor.schoolId, new Date(`${years.to.startsOn}T12:00:00Z`));
		// Claimed first: a second confirm racing this one waits on the unique key, then finds the row.
		const claimed = await tx
			.insert(yearRollovers)
			.values({ schoolId: actor.schoolId, fromYearId: state.fromYearId!, toYearId, confirmedBy: actor.userId, summary: plan.counts })
			.onConflictDoNothing()
			.returning({ id: yearRollovers.id });
		if (!claimed.length) return { changed: false as const, counts: plan.counts, ended: [], moved: [] };
		const ended = await writePlan(tx, actor.schoolId, toYearId, plan, now);
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'school.year_rolled_over',
			targetType: 'school',
			targetId: actor.schoolId,
			details: {
				from: plan.from.label,
				to: plan.to.label,
				early: years.early,
				...plan.counts,
				classes: plan.moves.map((m) => ({ from: m.fromName, to: m.toName, teachersCarried: m.teacherIds.length > 0 })),
				leavingClasses: plan.leavers.map((l) => l.className)
			}
		});
		return { changed: true as const, counts: plan.counts, ended, moved: plan.moves.flatMap((m) => m.pupilIds) };
	});
	// After the commit: leavers' sockets drop at once; moved pupils' pages read their access again.
	disconnectSessions(outcome.ended, 'disabled');
	announceAccessChanged(outcome.moved);
	return { changed: outcome.changed, counts: outcome.counts };
}

/** Writes a checked plan; returns the leavers' ended session ids. */
async function writePlan(tx: Transaction, schoolId: string, toYearId: string, plan: RolloverPlan, now: Date): Promise<string[]> {
	// Archive first, under new names, so the new classes may take the old names.
	for (const a of plan.archives)
		await tx
			.update(classes)
			.set({
				name: a.archivedName,
				mailboxLocalPart: a.archivedMailbox,
				archivedAt: now,
				externalKey: sql`case when ${classes.externalKey} is null then null else ${classes.externalKey} || ${` (${plan.from.label})`} end`
			})
			.where(and(eq(classes.id, a.classId), eq(classes.schoolId, schoolId)));
	const archivedIds = plan.archives.map((a) => a.classId);
	if (archivedIds.length)
		await tx
			.update(rooms)
			.set({ archivedAt: now })
			.where(and(inArray(rooms.classId, archivedIds), isNull(rooms.archivedAt)));
	for (const move of plan.moves) {
		const [created] = await tx
			.insert(classes)
			.values({ schoolId, name: move.toName, yearGroup: move.toYearGroup, mailboxLocalPart: move.toMailbox })
			.returning({ id: classes.id });
		if (move.pupilIds.length)
			await tx.insert(classMemberships).values(move.pupilIds.map((pupilId) => ({ schoolId, classId: created!.id, pupilId, academicYearId: toYearId })));
		if (move.teacherIds.length)
			await tx.insert(classTeachers).values(move.teacherIds.map((teacherId) => ({ schoolId, classId: created!.id, teacherId, academicYearId: toYearId })));
	}
	const leaverIds = plan.leavers.flatMap((l) => l.pupilIds);
	if (!leaverIds.length) return [];
	// A leaver's account is turned off and kept; retention (and erasure, if asked) follow.
	await tx
		.update(users)
		.set({ disabledAt: now })
		.where(and(inArray(users.id, leaverIds), eq(users.schoolId, schoolId), isNull(users.disabledAt)));
	await tx
		.update(users)
		.set({ leftAt: now })
		.where(and(inArray(users.id, leaverIds), eq(users.schoolId, schoolId)));
	const ended = await tx.delete(sessions).where(inArray(sessions.userId, leaverIds)).returning({ id: sessions.id });
	return ended.map((s) => s.id);
}
