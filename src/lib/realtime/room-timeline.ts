// What a client knows of one chat room, fed by live events and catch-up pages in any order
// and arriving any number of times, agreeing with the database in the end. Every change in
// a room has a number from the room's counter, given out without gaps and committed in
// order; so the cursor (everything up to here is known) only moves through numbers seen,
// and a jump means something was missed and the client should catch up.
import type { ChatMessageView, RoomChanges } from './events';

export class RoomTimeline {
	/** Visible messages by id. */
	private readonly shown = new Map<string, ChatMessageView>();
	/** The number of the last change applied to each message, so an older change never undoes a newer one. */
	private readonly changeOf = new Map<string, number>();
	/** Change numbers seen beyond the cursor, waiting for the ones before them. */
	private readonly ahead = new Set<number>();

	constructor(
		readonly roomId: string,
		messages: ChatMessageView[],
		public cursor: number
	) {
		for (const m of messages) this.show(m);
	}

	/** Visible messages in delivery order. */
	get messages(): ChatMessageView[] {
		return [...this.shown.values()].sort((a, b) => a.seq - b.seq);
	}

	/** Whether changes are missing between the cursor and ones already seen. */
	get hasGap(): boolean {
		return this.ahead.size > 0;
	}

	/** A message delivered or restored (live, in a send's answer, or in a page). */
	show(m: ChatMessageView): void {
		if (m.roomId !== this.roomId || !this.isNewer(m.id, m.cursor)) return;
		this.shown.set(m.id, m);
		this.saw(m.cursor);
	}

	/** A message hidden or removed. Without a change number (the reader's own report) it just goes. */
	hide(messageId: string, cursor?: number): void {
		if (cursor === undefined) return void this.shown.delete(messageId);
		if (!this.isNewer(messageId, cursor)) return;
		this.shown.delete(messageId);
		this.saw(cursor);
	}

	/** One catch-up page; everything up to its cursor is now known. */
	applyPage(page: Pick<RoomChanges, 'messages' | 'hidden' | 'cursor'>): void {
		for (const m of page.messages) this.show(m);
		for (const h of page.hidden) this.hide(h.id, h.cursor);
		if (page.cursor > this.cursor) this.cursor = page.cursor;
		for (const n of this.ahead) if (n <= this.cursor) this.ahead.delete(n);
		this.advance();
	}

	/** Older history (before the first message shown); these are not changes, so the cursor stays. */
	prepend(older: ChatMessageView[]): void {
		for (const m of older) if (m.roomId === this.roomId && this.isNewer(m.id, m.cursor)) this.shown.set(m.id, m);
	}

	/** Updates a message's fields (e.g. marking it as the reader's own) without a change. */
	mark(messageId: string, update: Partial<ChatMessageView>): void {
		const m = this.shown.get(messageId);
		if (m) this.shown.set(messageId, { ...m, ...update });
	}

	private isNewer(messageId: string, cursor: number): boolean {
		if ((this.changeOf.get(messageId) ?? -1) >= cursor) return false;
		this.changeOf.set(messageId, cursor);
		return true;
	}

	private saw(n: number): void {
		if (n > this.cursor) this.ahead.add(n);
		this.advance();
	}

	private advance(): void {
		while (this.ahead.delete(this.cursor + 1)) this.cursor++;
	}
}

/**
 * Asks for pages of changes after the timeline's cursor until the room is caught up.
 * `apply` takes each page (by default straight into the timeline; a view may wrap it).
 */
export async function catchUpTimeline(
	timeline: RoomTimeline,
	fetchPage: (cursor: number) => Promise<RoomChanges>,
	apply: (page: RoomChanges) => void = (page) => timeline.applyPage(page)
): Promise<void> {
	for (;;) {
		const page = await fetchPage(timeline.cursor);
		apply(page);
		if (page.complete) return;
	}
}
