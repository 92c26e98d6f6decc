// "Your child shared a piece of work with you": once a teacher approved the piece (or the
// class lets clean writing through), each of the pupil's linked parents is told, if the
// family's consents let them see it. The email names neither the child nor the work.
import { eq } from 'drizzle-orm';
import type { Executor } from '../db';
import { parentLinks, type WorkItemRow } from '../db/schema';
import { visibleToFamily } from '../../domain/sharing';
import { familyConsents } from '../sharing/consents';
import { notify } from './notify';
import type { Channel } from './senders';

/** Called in the transaction that made the work visible to the family. */
export async function notifyWorkShared(tx: Executor, work: WorkItemRow, now: Date): Promise<Channel[]> {
	const consents = (await familyConsents(tx, work.schoolId, [work.pupilId], now)).get(work.pupilId) ?? { publishWork: false, photographs: false };
	if (!visibleToFamily(work, consents)) return [];
	const used: Channel[] = [];
	for (const link of await tx.select({ parentId: parentLinks.parentId }).from(parentLinks).where(eq(parentLinks.pupilId, work.pupilId))) {
		used.push(
			...(await notify(tx, {
				schoolId: work.schoolId,
				userId: link.parentId,
				facts: { reason: 'work.shared' },
				channels: ['email'],
				link: '/parent',
				target: { type: 'work', id: work.id },
				dedupeKey: `work.shared:${work.id}:${work.sharedAt?.getTime() ?? now.getTime()}:${link.parentId}`,
				now
			}))
		);
	}
	return used;
}
