// The state of one open chat room in the browser: delivered messages in delivery order and
// the reader's own messages that are waiting or came back. Socket events, catch-up pages and
// form results all feed the room's timeline (src/lib/realtime/room-timeline.ts), which
// ignores repeats and stale changes, so every source agrees.
import type { ChatMessageView, OwnMessageView, RoomChanges } from '$lib/realtime/events';
import { RoomTimeline } from '$lib/realtime/room-timeline';

export class ChatRoomState {
	messages = $state<ChatMessageView[]>([]);
	own = $state<OwnMessageView[]>([]);
	/** Whether older messages can be asked for. */
	more = $state(false);
	readonly timeline: RoomTimeline;
	// Bookkeeping only, never rendered: a plain Set on purpose.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	private ownIds = new Set<string>();

	constructor(
		readonly roomId: string,
		messages: ChatMessageView[],
		own: OwnMessageView[],
		cursor: number,
		more: boolean
	) {
		this.timeline = new RoomTimeline(roomId, messages, cursor);
		this.messages = this.timeline.messages;
		this.own = own;
		this.more = more;
		for (const o of own) if (o.id) this.ownIds.add(o.id);
	}

	/** The first (oldest) delivery number shown, to ask for older ones. */
	get firstSeq(): number {
		return this.messages[0]?.seq ?? 0;
	}

	addMessage(m: ChatMessageView): void {
		if (m.roomId !== this.roomId) return;
		this.own = this.own.filter((o) => o.id !== m.id);
		this.timeline.show(this.ownIds.has(m.id) ? { ...m, mine: true } : m);
		this.refresh();
	}

	hide(messageId: string, cursor?: number): void {
		this.timeline.hide(messageId, cursor);
		this.refresh();
	}

	applyPage(page: RoomChanges): void {
		for (const o of page.own) this.updateOwn(o);
		const mine = page.messages.map((m) => (this.ownIds.has(m.id) ? { ...m, mine: true } : m));
		this.timeline.applyPage({ ...page, messages: mine });
		this.own = this.own.filter((o) => !page.messages.some((m) => m.id === o.id));
		this.refresh();
	}

	prependOlder(older: ChatMessageView[], more: boolean): void {
		this.timeline.prepend(older);
		this.more = more;
		this.refresh();
	}

	updateOwn(o: OwnMessageView): void {
		if (o.roomId !== this.roomId) return;
		if (o.id) this.ownIds.add(o.id);
		if (o.status === 'approved') {
			this.own = this.own.filter((x) => x.clientKey !== o.clientKey);
			if (o.id) this.timeline.mark(o.id, { mine: true });
			this.refresh();
			return;
		}
		const rest = this.own.filter((x) => x.clientKey !== o.clientKey);
		this.own = [...rest, o];
	}

	dismissOwn(clientKey: string): void {
		this.own = this.own.filter((x) => x.clientKey !== clientKey);
	}

	private refresh(): void {
		this.messages = this.timeline.messages;
	}
}
