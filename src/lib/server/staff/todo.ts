// The staff home's to-do list: loads what waits for this member of staff (their queue, open
// alerts if they read them, and for each class they teach the pupils whose gate is closed
// and the pupils behind on lesson minutes), through the same services and permission
// checks as the pages each line links to; the domain turns it into lines.
import type { Executor } from '../db';
import { can, type Actor } from '../../domain/auth/permissions';
import { buildTodo, type TodoInput, type TodoLine } from '../../domain/staff/todo';
import { queueSummary } from '../moderation/queue';
import { listAlerts } from '../safeguarding/alert-inbox';
import { getClassSigning } from '../agreements/summary';
import { getClassProgress } from '../curriculum/progress';
import { londonDate } from '../../domain/calendar';

async function classTodo(db: Executor, actor: Actor, classId: string, now: Date): Promise<TodoInput['classes'][number] | null> {
	const cls = { kind: 'class' as const, schoolId: actor.schoolId, classId };
	if (!can(actor, 'class.read', cls)) return null;
	const signing = await getClassSigning(db, actor, classId, now);
	const closed = signing.summary.rows
		.filter((r) => !r.canMessage)
		.map((r) => {
			const p = signing.pupils[r.pupilId];
			return { name: p ? `${p.firstName} ${p.surname}` : r.firstName, missing: r.missing };
		});
	const progress = can(actor, 'progress.read', cls) ? await getClassProgress(db, actor, classId, { today: londonDate(now) }) : null;
	return {
		classId,
		className: signing.className,
		closed,
		minutes: progress ? progress.grid.rows.map((r) => ({ status: r.status, remainingMinutes: r.remainingMinutes })) : null,
		termLabel: progress?.term.name ?? null
	};
}

export async function loadStaffTodo(db: Executor, actor: Actor, now = new Date()): Promise<TodoLine[]> {
	const school = { kind: 'school' as const, schoolId: actor.schoolId };
	const queue = can(actor, 'moderation.queue', school) ? await queueSummary(db, actor) : { count: 0, oldestAt: null };
	const open = can(actor, 'alerts.read', school) ? await listAlerts(db, actor) : null;
	const classes = [];
	for (const classId of actor.teachesClassIds) {
		const c = await classTodo(db, actor, classId, now);
		if (c) classes.push(c);
	}
	return buildTodo({
		now,
		queue,
		alerts: open ? { open: open.length, urgent: open.filter((a) => a.severity === 'urgent').length } : null,
		classes
	});
}
