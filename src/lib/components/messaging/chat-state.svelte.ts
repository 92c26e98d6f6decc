// The state of one open chat room in the browser: delivered messages in delivery order and
// the reader's own messages that are waiting or came back. Socket events and form results
// both feed it; duplicates are ignored, so an event and a reply for the same message agree.
import type { ChatMessageView, OwnMessageView } from '$lib/realtime/events';

export class ChatRoomState {
	messages = $state<ChatMessageView[]>([]);
	own = $state<OwnMessageView[]>([]);

	constructor(
		readonly roomId: string,
		messages: ChatMessageView[],
		own: OwnMessageView[]
	) {
		this.messages = messages;
		this.own = own;
	}

	get lastSeq(): number {
		return this.messages.reduce((max, m) => Math.max(max, m.seq), 0);
	}

	addMessage(m: ChatMessageView): void {
		if (m.roomId !== this.roomId) return;
		this.own = this.own.filter((o) => o.id !== m.id);
		if (this.messages.some((x) => x.id === m.id)) return;
		const mine = m.mine || this.ownIds.has(m.id);
		this.messages = [...this.messages, { ...m, mine }].sort((a, b) => a.seq - b.seq);
	}

	private ownIds = new Set<string>();

	hide(messageId: string): void {
		this.messages = this.messages.filter((m) => m.id !== messageId);
	}

	updateOwn(o: OwnMessageView): void {
		if (o.roomId !== this.roomId) return;
		if (o.id) this.ownIds.add(o.id);
		if (o.status === 'approved') {
			this.own = this.own.filter((x) => x.clientKey !== o.clientKey);
			this.messages = this.messages.map((m) => (m.id === o.id ? { ...m, mine: true } : m));
			return;
		}
		const rest = this.own.filter((x) => x.clientKey !== o.clientKey);
		this.own = [...rest, o];
	}

	dismissOwn(clientKey: string): void {
		this.own = this.own.filter((x) => x.clientKey !== clientKey);
	}
}
