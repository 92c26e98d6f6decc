// What a decision does to the thing under review: the contract each kind of target meets.
// A handler says how approve, reject, escalate and take-down change its target (inside the
// decision's transaction) and what to announce once that transaction has committed. Each
// domain writes its handler beside its service; `src/lib/server/review-targets.ts` maps the
// kinds to them, so moderation imports no domain's handler.
import type { Executor, Transaction } from '../db';
import type { ReviewItemRow } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import type { AlertChannel } from '../../domain/safeguarding/alerts';

/** Runs after commit: publishes what the change means to the people watching. */
export type AfterCommit = (db: Executor) => Promise<void> | void;

/** What the queue shows of a target: its text, where it came from, any reporters' notes. */
export interface TargetDescription {
	title: string | null;
	body: string;
	className: string;
	place: string;
	reportNotes: string[];
	/** Who wrote it, when that is not a user of the school (mail from an approved contact). */
	authorName?: string;
	/** Where staff see it in place, when that is not the class page (a chat room). */
	link?: string;
}

export interface TargetHandler {
	/** Describes many items' targets at once (one query per kind, not per item). */
	describe(db: Executor, items: ReviewItemRow[]): Promise<Map<string, TargetDescription>>;
	/** `note` is the staff's words with the decision (a take-down's reason, a dismissed report's words). */
	apply(tx: Transaction, item: ReviewItemRow, actor: Actor, now: Date, note: string | null): Promise<AfterCommit>;
	/** What the words are (a chat message, an email, a piece of work), so alerts name them rightly. */
	channel(db: Executor, item: ReviewItemRow): Promise<AlertChannel>;
	/** The target a take-down of `targetId` acts on, when it is not that one (a class's copy of an email names its source). */
	takeDownTarget?(db: Executor, targetId: string): Promise<string>;
	/** After a decision written in one statement (moderation/decide-chat.ts): the target's row, as JSON, is announced to whoever sees it. */
	announceDecided?(db: Executor, target: Record<string, unknown>): Promise<void>;
	/** Why this item cannot be approved by this actor yet (a photo not opened), or null. */
	approvalBlocker?(db: Executor, item: ReviewItemRow, actor: Actor): Promise<string | null>;
}
