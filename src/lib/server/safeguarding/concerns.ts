// "I'm worried": a pupil asks for help from any page. Their words (optional) are kept for the
// DSL only, an urgent alert reaches the DSL live (raised by the one alert function, so mail
// hooks see it too), and the page answers the pupil kindly. The rule lives in permissions.ts.
import type { Database } from '../db';
import { concerns } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import type { WorryInput } from '../../domain/safeguarding/inputs';
import { assertCan, ownSchool } from '../auth/authorize';
import { recordAudit } from '../audit/record';
import { publishAlerts, raiseWorryAlert } from './alerts';

export async function raiseWorry(db: Database, actor: Actor, input: WorryInput, now = new Date()): Promise<void> {
	// The button is the pupil's own: staff log concerns and parents raise theirs elsewhere.
	assertCan(actor, 'home.pupil', ownSchool(actor));
	assertCan(actor, 'concern.raise', { kind: 'pupil', schoolId: actor.schoolId, pupilId: actor.userId, classId: actor.classId });
	const alert = await db.transaction(async (tx) => {
		const [row] = await tx
			.insert(concerns)
			.values({ schoolId: actor.schoolId, kind: 'pupil-worried', pupilId: actor.userId, raisedById: actor.userId, words: input.words, createdAt: now })
			.returning({ id: concerns.id });
		await recordAudit(tx, { schoolId: actor.schoolId, actorId: actor.userId, action: 'safeguarding.worry_raised', targetType: 'concern', targetId: row!.id });
		return raiseWorryAlert(tx, actor, { sourceType: 'concern', sourceId: row!.id, now });
	});
	publishAlerts(actor.schoolId, [alert]);
}
