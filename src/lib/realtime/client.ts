// The browser's one socket to the server, shared by every component on the page. It
// authenticates with the session cookie (same origin) and reconnects by itself; components
// catch up from the database on each reconnect, so nothing approved meanwhile is missed.
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from './events';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let socket: ClientSocket | null = null;

export function getSocket(): ClientSocket {
	if (socket) return socket;
	const s: ClientSocket = io({ path: '/socket.io', transports: ['websocket', 'polling'], withCredentials: true });
	socket = s;
	s.on('session:ended', (reason) => {
		// A closed gate keeps the session: reloading shows what must be signed first.
		if (reason === 'gate-closed') window.location.reload();
		else window.location.href = `/login?reason=${encodeURIComponent(reason)}`;
	});
	// The server could not check the session (its database is down). That is not a sign-out:
	// socket.io does not retry a refused handshake by itself, so try again, waiting longer
	// each time (up to 15 seconds, with jitter so a class does not return all at once).
	let attempts = 0;
	s.on('connect', () => (attempts = 0));
	s.on('connect_error', (err) => {
		if (err.message !== 'unavailable') return;
		const wait = Math.min(1000 * 2 ** attempts++, 15_000) + Math.random() * 1000;
		setTimeout(() => s.connect(), wait);
	});
	return s;
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
