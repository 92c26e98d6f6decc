// Notices a parent reads at home (agreement reminders from a teacher, notes the safeguarding
// lead chose to send) are emailed too: one sentence saying a note is waiting and a link to
// the notices page. The note itself, which may name the child, stays behind the sign-in.
import type { Executor } from '../db';
import type { NoticeRow } from '../db/schema';
import type { MessageFacts } from '../../domain/notifications/reasons';
import { notify } from './notify';
import type { Channel } from './senders';

// Moderation notes go to pupils, who have no email: they are read in the app only.
const FACTS: Readonly<Record<Exclude<NoticeRow['kind'], 'moderation'>, MessageFacts>> = {
	'agreement-reminder': { reason: 'notice.reminder' },
	safeguarding: { reason: 'notice.school' }
};

/** Called in the transaction that stored the notices; wake the senders after it commits. */
export async function emailNotices(tx: Executor, rows: readonly NoticeRow[]): Promise<Channel[]> {
	const used: Channel[] = [];
	for (const notice of rows) {
		if (notice.kind === 'moderation') continue;
		used.push(
			...(await notify(tx, {
				schoolId: notice.schoolId,
				userId: notice.recipientId,
				facts: FACTS[notice.kind],
				channels: ['email'],
				link: notice.kind === 'agreement-reminder' ? '/parent/agreements' : '/parent/notices',
				target: { type: 'notice', id: notice.id },
				dedupeKey: `notice:${notice.id}`,
				now: notice.createdAt
			}))
		);
	}
	return used;
}
