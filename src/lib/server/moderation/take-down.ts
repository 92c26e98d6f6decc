// Taking down something already approved: staff name it by what it is (a chat message, a
// class email, a piece of shared work), and the decision goes through the same `decideItem`
// as every other, so it is checked, versioned, kept in the item's history and audited; the
// target's handler hides it live and tells its writer kindly.
import { fail } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../db';
import { reviewItems } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { takeDownSchema, type TakeDownInput } from '../../domain/moderation/inputs';
import type { DecisionOutcome } from '../../realtime/events';
import { ConflictError, NotFoundError } from '../errors';
import { AuthorizationError } from '../auth/authorize';
import { failFromServiceError, parseForm } from '../http/forms';
import { decideItem } from './decide';
import { emailTakeDownTarget } from '../email/review-target';

export async function takeDown(db: Database, actor: Actor, input: TakeDownInput, now = new Date()): Promise<DecisionOutcome> {
	const targetId = input.targetType === 'email' ? await emailTakeDownTarget(db, input.targetId) : input.targetId;
	const [item] = await db
		.select({ id: reviewItems.id, version: reviewItems.version })
		.from(reviewItems)
		.where(and(eq(reviewItems.schoolId, actor.schoolId), eq(reviewItems.targetType, input.targetType), eq(reviewItems.targetId, targetId)));
	if (!item) throw new NotFoundError('We could not find that.');
	return decideItem(db, actor, { itemId: item.id, action: 'take-down', expectedVersion: item.version, note: input.note }, now);
}

/** The form action behind every "Take down…" button: parse, take down, answer. */
export async function takeDownFromForm(db: Database, actor: Actor, request: Request) {
	const parsed = await parseForm(request, takeDownSchema);
	if (!parsed.ok) return parsed.failure;
	try {
		return { takenDown: (await takeDown(db, actor, parsed.data)).itemId };
	} catch (e) {
		if (e instanceof AuthorizationError) return fail(403, { errors: { form: e.message }, values: {} });
		if (e instanceof ConflictError) return fail(409, { errors: { form: e.message }, values: {} });
		return failFromServiceError(e, parsed.form);
	}
}
