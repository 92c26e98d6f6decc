// The browser's one socket to the server, shared by every component on the page. It
// authenticates with the session cookie (same origin) and reconnects by itself; components
// catch up from the database on each reconnect, so nothing approved meanwhile is missed.
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from './events';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let socket: ClientSocket | null = null;

export function getSocket(): ClientSocket {
	socket ??= io({ path: '/socket.io', transports: ['websocket', 'polling'], withCredentials: true });
	socket.on('session:ended', (reason) => {
		// A closed gate keeps the session: reloading shows what must be signed first.
		if (reason === 'gate-closed') window.location.reload();
		else window.location.href = `/login?reason=${encodeURIComponent(reason)}`;
	});
	return socket;
}

/** Runs `onConnect` now if connected and after every (re)connection; returns a cleanup. */
export function onEveryConnect(onConnect: () => void): () => void {
	const s = getSocket();
	if (s.connected) onConnect();
	s.on('connect', onConnect);
	return () => {
		s.off('connect', onConnect);
	};
}

/** A random key for one send, so a retried send is stored only once. */
export function newClientKey(): string {
	const bytes = new Uint8Array(12);
	crypto.getRandomValues(bytes);
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
