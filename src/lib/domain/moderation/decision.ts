/**
 * Deciding one review item.
 *
 * Rules owned here:
 * - a decision names the version the decider saw; if the item has moved on since,
 *   the answer is `conflict` (the second of two teachers is told, not overruled);
 * - the action must be one `availableActions` offers this actor, else `not-allowed`;
 * - a rejection needs a valid reason (see reasons.ts), else `invalid-reason`;
 * - a take-down needs the staff member's reason (what it was, for the record), and any
 *   other note (an escalation's "why", a dismissed report's words to the reporter) is
 *   optional; both at most 500 characters, else `invalid-reason`;
 * - a successful decision returns the next item and one history entry; nothing is mutated.
 */
import { validateRejectionReason } from './reasons';
import { availableActions, isDecided, isInScope, statusAfter } from './transitions';
import type { RejectionReason, ReviewAction, ReviewHistoryEntry, ReviewItem, Viewer } from './types';

export type DecisionCommand =
	| { readonly kind: 'reject'; readonly code: unknown; readonly text?: string | null }
	| { readonly kind: 'approve' | 'escalate' | 'uphold' | 'dismiss' | 'take-down'; readonly note?: string | null };

/** Room for a few sentences: why a teacher escalates, or what they tell a pupil who reported. */
export const MAX_NOTE_LENGTH = 500;

export type DecisionError = 'conflict' | 'not-allowed' | 'invalid-reason';

export type DecisionResult =
	{ readonly ok: true; readonly item: ReviewItem; readonly history: ReviewHistoryEntry } | { readonly ok: false; readonly error: DecisionError };

type Parsed = { rejection: RejectionReason | null; note: string | null } | null;

/** Reads the reason (for a rejection) or the optional staff note; null when invalid. */
function parseWords(command: DecisionCommand): Parsed {
	if (command.kind === 'reject') {
		const reason = validateRejectionReason(command.code, command.text);
		return reason.ok ? { rejection: reason.value, note: null } : null;
	}
	const note = (command.note ?? '').trim();
	if (note.length > MAX_NOTE_LENGTH) return null;
	if (command.kind === 'take-down' && note === '') return null;
	return { rejection: null, note: note === '' ? null : note };
}

export function decide(item: ReviewItem, command: DecisionCommand, actor: Viewer, expectedVersion: number, now: Date): DecisionResult {
	// Scope first, so nobody outside the class learns whether an item moved on.
	if (!isInScope(item, actor)) return { ok: false, error: 'not-allowed' };
	if (item.version !== expectedVersion) return { ok: false, error: 'conflict' };
	const action: ReviewAction = command.kind;
	if (!availableActions(item, actor).includes(action)) return { ok: false, error: 'not-allowed' };
	const words = parseWords(command);
	if (words === null) return { ok: false, error: 'invalid-reason' };

	const toStatus = statusAfter(action);
	const version = item.version + 1;
	const decided = isDecided(toStatus);
	const next: ReviewItem = {
		...item,
		status: toStatus,
		version,
		decidedAt: decided ? now : null,
		decidedById: decided ? actor.id : null,
		rejection: words.rejection
	};
	const history: ReviewHistoryEntry = {
		itemId: item.id,
		action,
		fromStatus: item.status,
		toStatus,
		actorId: actor.id,
		actorRole: actor.role,
		at: now,
		version,
		rejection: words.rejection,
		note: words.note
	};
	return { ok: true, item: next, history };
}
