// Everything the incident page needs in one call: the incident itself, the people and the
// lessons its forms offer. Reading the incident is a look at safeguarding records, so the
// view is audited.
import type { Executor } from '../db';
import type { Actor } from '../../domain/auth/permissions';
import { recordAudit } from '../audit/record';
import { loadLessonIndex } from '../curriculum/lesson-index';
import { loadIncident, type IncidentView } from './incident-records';
import { listSchoolPeople, type PersonOption } from './incident-people';

export interface IncidentPage {
	view: IncidentView;
	people: PersonOption[];
	lessons: { id: string; title: string }[];
}

export async function getIncidentPage(db: Executor, actor: Actor, incidentId: string): Promise<IncidentPage> {
	const { view } = await loadIncident(db, actor, incidentId);
	const [people, lessons] = await Promise.all([listSchoolPeople(db, actor.schoolId), loadLessonIndex(db, actor.schoolId)]);
	await recordAudit(db, { schoolId: actor.schoolId, actorId: actor.userId, action: 'incident.viewed', targetType: 'incident', targetId: view.incident.id });
	return {
		view,
		people,
		lessons: [...lessons.values()].map((l) => ({ id: l.id, title: l.title })).sort((a, b) => a.title.localeCompare(b.title, 'en-GB'))
	};
}
