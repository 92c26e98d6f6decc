// The rows the pupil gate's rule reads for some pupils of one school: their signatures, the
// consents in force and their messaging pauses, mapped to the domain's types. One loader for
// the single gate (gate.ts), the batched one (pupils-access.ts) and the class signing list
// (summary.ts), so the three can never read different rows.
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db';
import { agreementSignatures, messagingPauses } from '../db/schema';
import type { ConsentRecord, MessagingPause, Signature } from '../../domain/agreements/types';
import { loadConsentsInForce } from './consents-in-force';
import { toPause, toSignature } from './rows';

export interface GateRows {
	signatures: Signature[];
	consents: ConsentRecord[];
	pauses: MessagingPause[];
}

export async function loadGateRows(db: Executor, schoolId: string, pupilIds: readonly string[], now: Date): Promise<GateRows> {
	if (!pupilIds.length) return { signatures: [], consents: [], pauses: [] };
	const ids = [...pupilIds];
	const [signatureRows, consents, pauseRows] = await Promise.all([
		db
			.select()
			.from(agreementSignatures)
			.where(and(eq(agreementSignatures.schoolId, schoolId), inArray(agreementSignatures.subjectId, ids))),
		loadConsentsInForce(db, schoolId, ids, now),
		db
			.select()
			.from(messagingPauses)
			.where(and(eq(messagingPauses.schoolId, schoolId), inArray(messagingPauses.pupilId, ids)))
	]);
	return { signatures: signatureRows.map(toSignature), consents, pauses: pauseRows.map(toPause) };
}
