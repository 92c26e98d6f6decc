// Maps message rows to what each audience may see.
import type { ChatMessage } from '../db/schema';
import type { ChatMessageView, OwnMessageView } from '../../realtime/events';
import type { ClassNames } from './names';
import { childFacingMessage } from '../../domain/moderation/reasons';
import type { RejectionCode } from '../../domain/moderation/types';

export function toMessageView(m: ChatMessage, names: ClassNames, viewerId: string): ChatMessageView {
	return {
		id: m.id,
		roomId: m.roomId,
		seq: m.deliveredSeq ?? 0,
		cursor: m.changeSeq ?? 0,
		authorName: names.nameOf(m.authorId),
		authorIsStaff: names.isStaff(m.authorId),
		mine: m.authorId === viewerId,
		body: m.body,
		sentAt: (m.deliveredAt ?? m.createdAt).toISOString()
	};
}

export function toOwnView(m: ChatMessage): OwnMessageView {
	const reason = m.status === 'rejected' && m.rejectionCode ? childFacingMessage({ code: m.rejectionCode as RejectionCode, text: m.rejectionText }) : null;
	return {
		id: m.id,
		clientKey: m.clientKey,
		roomId: m.roomId,
		body: m.body,
		status: m.status,
		reason,
		findings: m.findings,
		sentAt: m.createdAt.toISOString()
	};
}
