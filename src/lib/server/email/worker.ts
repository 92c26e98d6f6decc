// Class email's background services, started once per process at server start: the outbox
// worker (a loop that sends waiting mail, woken early by approvals) and, when
// SMTP_INBOUND_PORT is set, the inbound SMTP server. Approved mail lives in the database,
// so a restart loses nothing: the loop simply picks it up again.
import type { Database } from '../db';
import { readEmailConfig, type EmailConfig } from './config';
import { startInboundServer } from './inbound-server';
import { processOutbox } from './outbox';
import { onOutboxKick } from './worker-signal';

const KEY = Symbol.for('safe-classroom.email-services');
type Holder = { started?: boolean };
const holder: Holder = ((globalThis as Record<symbol, unknown>)[KEY] as Holder | undefined) ?? ((globalThis as Record<symbol, unknown>)[KEY] = {});

export function startEmailServices(db: Database, config: EmailConfig = readEmailConfig()): void {
	if (holder.started) return;
	holder.started = true;
	startOutboxLoop(db, config);
	if (config.inboundPort !== undefined) {
		startInboundServer(db, {
			port: config.inboundPort,
			host: config.inboundHost,
			maxMessageBytes: config.maxMessageBytes,
			tlsKeyPath: config.tlsKeyPath,
			tlsCertPath: config.tlsCertPath
		}).then(
			(s) => console.log(`Class email: receiving mail on port ${s.port}`),
			(e) => console.error('[email] the inbound SMTP server could not start:', e)
		);
	}
}

function startOutboxLoop(db: Database, config: EmailConfig): void {
	let running = false;
	let again = false;
	const tick = async (): Promise<void> => {
		if (running) {
			again = true;
			return;
		}
		running = true;
		try {
			do {
				again = false;
				await processOutbox(db, config.smtpUrl);
			} while (again);
		} catch (e) {
			console.error('[email] outbox run failed; it will be tried again', e);
		} finally {
			running = false;
		}
	};
	setInterval(() => void tick(), config.outboxIntervalMs).unref();
	onOutboxKick(() => void tick());
	void tick();
}
