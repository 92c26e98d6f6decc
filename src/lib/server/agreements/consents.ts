// Parent consents: a parent gives or refuses each consent for each of their children;
// changing an answer (withdrawing) is a new record and the latest wins, so the history
// of who said what and when stays. A member of staff records a paper form's answers with
// their own name on them (see paper-forms.ts).
import { and, eq } from 'drizzle-orm';
import type { Database, Executor } from '../db';
import { parentConsents } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { latestConsent, type ConsentDecision, type ConsentKind, type SignatureMethod } from '../../domain/agreements';
import { assertCan } from '../auth/authorize';
import { recordAudit } from '../audit/record';
import { InputError } from '../errors';
import { parentIdsOf } from './gate';
import { toConsent } from './rows';
import { pupilOr404 } from './signing';
import { announceAccessChanged } from '../realtime/publish';
import { disconnectUsers } from '../realtime/session-sockets';

export interface ConsentAnswer {
	pupilId: string;
	parentId: string;
	kind: ConsentKind;
	decision: ConsentDecision;
	method: SignatureMethod;
	recordedBy?: string;
}

/** Stores one answer and audits it: given, refused, or withdrawn (refused after given). */
export async function storeConsent(tx: Executor, schoolId: string, answer: ConsentAnswer, auditActorId: string, now: Date): Promise<void> {
	const parentIds = await parentIdsOf(tx, schoolId, answer.pupilId);
	if (!parentIds.includes(answer.parentId)) throw new InputError('pupilId', 'Only a parent or carer linked to this child can answer for them.');
	const rows = await tx
		.select()
		.from(parentConsents)
		.where(and(eq(parentConsents.schoolId, schoolId), eq(parentConsents.pupilId, answer.pupilId)));
	const previous = latestConsent(rows.map(toConsent), answer.kind, { schoolId, pupilId: answer.pupilId, parentIds, now });
	const [row] = await tx
		.insert(parentConsents)
		.values({ schoolId, ...answer, recordedBy: answer.recordedBy ?? null, recordedAt: now })
		.returning({ id: parentConsents.id });
	const withdrawn = previous?.decision === 'given' && answer.decision === 'refused';
	await recordAudit(tx, {
		schoolId,
		actorId: auditActorId,
		action: withdrawn ? 'consent.withdrawn' : `consent.${answer.decision}`,
		targetType: 'parent_consent',
		targetId: row!.id,
		details: { pupilId: answer.pupilId, parentId: answer.parentId, kind: answer.kind, method: answer.method }
	});
}

/** A parent answers one consent question for one of their own children. */
export async function recordConsent(
	db: Database,
	actor: Actor,
	input: { pupilId: string; kind: ConsentKind; decision: ConsentDecision },
	now = new Date()
): Promise<void> {
	assertCan(actor, 'consent.record', await pupilOr404(db, input.pupilId));
	await db.transaction((tx) => storeConsent(tx, actor.schoolId, { ...input, parentId: actor.userId, method: 'online' }, actor.userId, now));
	announceAccessChanged([input.pupilId]);
	// A refusal can close the child's gate; their open sockets reconnect to the new state.
	if (input.decision === 'refused') disconnectUsers([input.pupilId], 'gate-closed');
}
