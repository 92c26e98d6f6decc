// The kinds of thing the review queue holds, and what a decision does to each: the one place
// where moderation meets the domains whose content it reviews. Moderation owns the contract
// (`TargetHandler` in moderation/targets.ts) and never imports a domain's handler itself; each
// domain writes its handler beside its own service, and this map puts them together.
import type { ReviewTargetType } from '../domain/moderation/types';
import type { TargetHandler } from './moderation/targets';
import { chatMessageTarget, reportedMessageTarget } from './messaging/review-targets';
import { emailTarget } from './email/review-target';
import { sharedWorkTarget } from './sharing/review-target';
import { reportedEmailIds, reportedEmailTarget } from './email/report-target';

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

export const TARGETS: Readonly<Record<ReviewTargetType, TargetHandler>> = {
	'chat-message': chatMessageTarget,
	report: reportTarget,
	email: emailTarget,
	'shared-work': sharedWorkTarget
};
