// The typed socket contract shared by browser and server. docs/realtime.md describes it
// for other clients. Every event a client sends is answered through its ack callback with
// `{ ok: true, data }` or `{ ok: false, error }`; nothing is emitted before its row commits.
import type { Role } from '../domain/auth/roles';
import type { ReviewAction, ReviewStatus, ReviewTargetType } from '../domain/moderation/types';
import type { Finding, Verdict } from '../domain/screening/types';

export interface SessionInfo {
	userId: string;
	role: Role;
	schoolId: string;
}

/**
 * Why the server ended a socket's session; the socket is disconnected right after.
 * 'gate-closed' ends only the connection (an agreement to sign, a pause): the page reloads.
 */
export type SessionEndReason = 'signed-out' | 'idle-locked' | 'expired' | 'password-changed' | 'disabled' | 'gate-closed' | 'unknown';

/** `retry` marks a failure that will pass by itself (the database could not be reached): try again shortly. */
export type AckReply<T> = { ok: true; data: T } | { ok: false; error: string; fields?: Record<string, string>; retry?: boolean };
export type Ack<T> = (reply: AckReply<T>) => void;

/** An approved message as the room sees it: first names only. */
export interface ChatMessageView {
	id: string;
	roomId: string;
	/** Delivery order (for display, and for asking for older messages). */
	seq: number;
	/** The room's change number of this delivery (or restoring): see RoomChanges. */
	cursor: number;
	authorName: string;
	authorIsStaff: boolean;
	mine: boolean;
	body: string;
	sentAt: string;
}

/** The writer's own view of a message they sent, including ones still waiting. */
export interface OwnMessageView {
	id: string | null;
	clientKey: string;
	roomId: string;
	body: string;
	status: 'pending' | 'approved' | 'rejected' | 'escalated' | 'blocked';
	/** Why it was blocked or rejected, in words for a child. */
	reason: string | null;
	findings: Finding[];
	sentAt: string;
}

/**
 * Catch-up after a (re)connection: every change in a room after the client's cursor, in
 * order: messages delivered or restored, and the ids of messages hidden or removed. Ask
 * again with `cursor` until `complete`.
 */
export interface RoomChanges {
	messages: ChatMessageView[];
	hidden: { id: string; cursor: number }[];
	own: OwnMessageView[];
	cursor: number;
	complete: boolean;
}

export type SendResult =
	{ outcome: 'waiting'; own: OwnMessageView } | { outcome: 'delivered'; message: ChatMessageView } | { outcome: 'blocked'; own: OwnMessageView };

export interface QueueItemView {
	id: string;
	version: number;
	targetType: ReviewTargetType;
	targetId: string;
	classId: string;
	className: string;
	place: string;
	/** An email's subject or a piece of work's title; null for chat. */
	title: string | null;
	authorName: string;
	body: string;
	verdict: Verdict;
	findings: Finding[];
	status: ReviewStatus;
	submittedAt: string;
	actions: ReviewAction[];
	reportNotes: string[];
	/** Nothing about it can need a look (see domain/moderation/bulk.ts): it may go in bulk. */
	bulkEligible: boolean;
	/** Photo ids, for thumbnails; each must be opened before the item can be approved. */
	images: string[];
	/** Why the teacher escalated it, for the DSL to read first. */
	escalationNote: string | null;
}

export interface DecisionOutcome {
	itemId: string;
	status: ReviewStatus;
	version: number;
}

export interface AlertView {
	id: string;
	kind: string;
	severity: string;
	summary: string;
	createdAt: string;
	link: string;
}

export interface ServerToClientEvents {
	'session:ready': (info: SessionInfo) => void;
	'session:ended': (reason: SessionEndReason) => void;
	/** The server cannot reach its database just now: the session is NOT ended; wait and carry on. */
	'server:reconnecting': () => void;
	/** A message approved (or sent by staff) in a room the socket is in. */
	'chat:message': (message: ChatMessageView) => void;
	/** A message removed from the room (reported and hidden, or removed by staff). */
	'chat:hidden': (info: { roomId: string; messageId: string; cursor: number }) => void;
	/** The writer's own message changed state (approved, rejected, escalated). */
	'chat:own': (own: OwnMessageView) => void;
	/** A new or reopened item in a queue this staff member works. */
	'queue:added': (item: QueueItemView) => void;
	/** An item left the queue (decided by anyone, or escalated away). */
	'queue:removed': (info: { itemId: string; by: string; status: ReviewStatus }) => void;
	/** The pupil's access changed (agreement signed, consent given, messaging paused): read the gate again. */
	'access:changed': () => void;
	/** The user was added to a chat room (a new group): list the rooms again. */
	'chat:rooms-changed': () => void;
	/** A new alert for the safeguarding lead. */
	'alert:new': (alert: AlertView) => void;
	/** Shared work taken down by staff: sent to the pupil and their parents, whose pages drop it. */
	'work:removed': (info: { workId: string }) => void;
	/** A class email taken down by staff, or hidden while a pupil's report of it is looked at: class pages drop it. */
	'email:removed': (info: { emailId: string }) => void;
}

export interface ClientToServerEvents {
	'session:whoami': (ack: Ack<SessionInfo & { rooms: string[] }>) => void;
	'chat:send': (input: unknown, ack: Ack<SendResult>) => void;
	'chat:catch-up': (input: unknown, ack: Ack<RoomChanges>) => void;
	'chat:older': (input: unknown, ack: Ack<{ messages: ChatMessageView[]; more: boolean }>) => void;
	'chat:report': (input: unknown, ack: Ack<{ reported: true }>) => void;
	'moderation:decide': (input: unknown, ack: Ack<DecisionOutcome>) => void;
}

/** Room names, one place so server and tests agree. */
export const rooms = {
	user: (userId: string): string => `user:${userId}`,
	/** Every socket of one signed-in session, so ending the session can drop them all. */
	session: (sessionId: string): string => `session:${sessionId}`,
	class: (classId: string): string => `class:${classId}`,
	chatRoom: (roomId: string): string => `room:${roomId}`,
	classModerators: (classId: string): string => `moderators:${classId}`,
	staffOfSchool: (schoolId: string): string => `staff:${schoolId}`,
	safeguarding: (schoolId: string): string => `dsl:${schoolId}`
};
