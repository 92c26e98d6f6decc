// Who is reading safeguarding records, for the rule in domain/safeguarding/head-allegations.ts:
// the viewer (with whether a governor is the chair, read now), and the filter every list and
// search of concerns, alerts and incidents adds so the head never sees one about themselves.
import { eq, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../db';
import type { Actor } from '../../domain/auth/permissions';
import { hidesRecordsAboutHead, type RecordViewer } from '../../domain/safeguarding/head-allegations';
import { isChairOfGovernors } from '../leadership/governors';

export async function recordViewerOf(db: Executor, actor: Actor): Promise<RecordViewer> {
	return { role: actor.role, isChairOfGovernors: await isChairOfGovernors(db, actor) };
}

/** A where-clause part: for the head, "not about the head"; for everyone else, nothing. */
export function hiddenFromHead(actor: Actor, aboutHead: PgColumn): SQL | undefined {
	return hidesRecordsAboutHead(actor.role) ? eq(aboutHead, false) : undefined;
}
