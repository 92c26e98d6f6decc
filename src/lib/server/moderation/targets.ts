// What a decision does to the thing under review. Each kind of target says how approve,
// reject and escalate change it (inside the decision's transaction) and what to announce
// once that transaction has committed. Email and shared work add their own entries.
import type { Executor, Transaction } from '../db';
import type { ReviewItemRow } from '../db/schema';
import type { ReviewTargetType } from '../../domain/moderation/types';
import type { Actor } from '../../domain/auth/permissions';
import type { AlertChannel } from '../../domain/safeguarding/alerts';
import { chatMessageTarget, reportedMessageTarget } from '../messaging/review-targets';
import { emailTarget } from '../email/review-target';
import { sharedWorkTarget } from '../sharing/review-target';
import { reportedEmailIds, reportedEmailTarget } from '../email/report-target';

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
	/** Why this item cannot be approved by this actor yet (a photo not opened), or null. */
	approvalBlocker?(db: Executor, item: ReviewItemRow, actor: Actor): Promise<string | null>;
}

/** A report is of a chat message or of an email a class received; each has its own handler. */
const reportTarget: TargetHandler = {
	async describe(db, items) {
		const isEmail = await reportedEmailIds(
			db,
			items.map((i) => i.targetId)
		);
		const [mail, chat] = await Promise.all([
			reportedEmailTarget.describe(
				db,
				items.filter((i) => isEmail.has(i.targetId))
			),
			reportedMessageTarget.describe(
				db,
				items.filter((i) => !isEmail.has(i.targetId))
			)
		]);
		return new Map([...mail, ...chat]);
	},
	async channel(db, item) {
		return (await reportedEmailIds(db, [item.targetId])).has(item.targetId) ? 'email' : 'chat';
	},
	async apply(tx, item, actor, now, note) {
		const isEmail = (await reportedEmailIds(tx, [item.targetId])).has(item.targetId);
		return (isEmail ? reportedEmailTarget : reportedMessageTarget).apply(tx, item, actor, now, note);
	}
};

export const TARGETS: Partial<Record<ReviewTargetType, TargetHandler>> = {
	'chat-message': chatMessageTarget,
	report: reportTarget,
	email: emailTarget,
	'shared-work': sharedWorkTarget
};
