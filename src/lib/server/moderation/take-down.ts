// Taking down something already approved: staff name it by what it is (a chat message, a
// class email, a piece of shared work), and the decision goes through the same `decideItem`
// as every other, so it is checked, versioned, kept in the item's history and audited; the
// target's handler hides it live and tells its writer kindly.
import { and, eq } from 'drizzle-orm';
import type { Database } from '../db';
import { reviewItems } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import type { TakeDownInput } from '../../domain/moderation/inputs';
import type { DecisionOutcome } from '../../realtime/events';
import { NotFoundError } from '../errors';
import { decideItem } from './decide';
import { TARGETS } from '../review-targets';

export async function takeDown(db: Database, actor: Actor, input: TakeDownInput, now = new Date()): Promise<DecisionOutcome> {
	const named = TARGETS[input.targetType].takeDownTarget;
	const targetId = named ? await named(db, input.targetId) : input.targetId;
	const [item] = await db
		.select({ id: reviewItems.id, version: reviewItems.version })
		.from(reviewItems)
		.where(and(eq(reviewItems.schoolId, actor.schoolId), eq(reviewItems.targetType, input.targetType), eq(reviewItems.targetId, targetId)));
	if (!item) throw new NotFoundError('We could not find that.');
	return decideItem(db, actor, { itemId: item.id, action: 'take-down', expectedVersion: item.version, note: input.note }, now);
}
