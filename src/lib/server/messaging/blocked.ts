// A message the screen blocked: never delivered, kept for the safeguarding lead, and
// answered with the reasons in words a seven-year-old understands. Repeated attempts
// alert the DSL (3 in 7 days by default).
import type { Database } from '../db';
import { blockedAttempts } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import type { ScreeningResult } from '../../domain/screening';
import type { OwnMessageView } from '../../realtime/events';
import { recordAudit } from '../audit/record';
import { publishAlerts, raiseRepeatedBlockAlert, raiseScreeningAlerts } from '../safeguarding/alerts';
import { takeSendSlot } from './store-pending';

export interface BlockedInput {
	classId: string | null;
	roomId: string;
	channel: 'chat' | 'email' | 'work';
	body: string;
	clientKey: string;
	screen: ScreeningResult;
	now: Date;
}

/** One kind sentence per kind of finding, in the order they appear in the text. */
export function explainBlock(screen: ScreeningResult): string {
	const seen = new Set<string>();
	const sentences: string[] = [];
	for (const f of [...screen.findings].sort((a, b) => a.start - b.start)) {
		if (seen.has(f.kind)) continue;
		seen.add(f.kind);
		sentences.push(f.explanation);
	}
	return sentences.join(' ');
}

export async function recordBlockedAttempt(db: Database, actor: Actor, input: BlockedInput): Promise<OwnMessageView> {
	const alerts = await db.transaction(async (tx) => {
		const kinds = [...new Set(input.screen.findings.map((f) => f.kind))];
		const [row] = await tx
			.insert(blockedAttempts)
			.values({
				schoolId: actor.schoolId,
				authorId: actor.userId,
				classId: input.classId,
				channel: input.channel,
				body: input.body,
				findings: input.screen.findings,
				kinds,
				createdAt: input.now
			})
			.returning({ id: blockedAttempts.id });
		if (actor.role === 'pupil') await takeSendSlot(tx, actor.userId, actor.schoolId, input.now);
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'screen.blocked',
			targetType: 'blocked-attempt',
			targetId: row!.id,
			details: { channel: input.channel, kinds, rules: input.screen.findings.map((f) => f.rule) }
		});
		const source = { sourceType: 'blocked-attempt', sourceId: row!.id };
		return [
			...(await raiseRepeatedBlockAlert(tx, actor, { ...source, classId: input.classId, now: input.now })),
			...(await raiseScreeningAlerts(tx, actor, { ...source, screen: input.screen, classId: input.classId, channel: input.channel, now: input.now }))
		];
	});
	publishAlerts(actor.schoolId, alerts);
	return {
		id: null,
		clientKey: input.clientKey,
		roomId: input.roomId,
		body: input.body,
		status: 'blocked',
		reason: explainBlock(input.screen),
		findings: input.screen.findings,
		sentAt: input.now.toISOString()
	};
}
