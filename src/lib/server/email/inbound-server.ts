// The app's own SMTP server, which receives mail for class mailboxes (point the school's
// MX record at it). It accepts mail only for known class addresses (550 at RCPT TO for
// anything else), refuses oversized, malformed and forged mail with a proper reply, logs
// every refusal, and never lets one bad message take the server down. It also takes mail for
// the notification emails' return address (no-reply@ the school's domain, or NOTIFY_FROM):
// bounce reports there mark the address as bouncing (notifications/bounces.ts).
import { readFileSync } from 'node:fs';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { simpleParser } from 'mailparser';
import type { Database } from '../db';
import { recordAudit } from '../audit/record';
import { findMailboxByAddress } from './mailboxes';
import { receiveMail, SmtpRefusal } from './receive';
import { isReturnAddress, receiveBounceReport } from '../notifications/bounces';

export interface InboundOptions {
	port: number;
	host: string;
	maxMessageBytes: number;
	tlsKeyPath?: string;
	tlsCertPath?: string;
}

export interface InboundServer {
	port: number;
	close(): Promise<void>;
}

const reply = (code: number, message: string): Error & { responseCode: number } => Object.assign(new Error(message), { responseCode: code });

async function logRefusal(db: Database, session: SMTPServerSession, code: number, reason: string): Promise<void> {
	console.warn(
		`[email] refused mail from ${session.remoteAddress} (${session.envelope.mailFrom ? session.envelope.mailFrom.address : '-'}): ${code} ${reason}`
	);
	try {
		await recordAudit(db, {
			schoolId: null,
			actorId: null,
			action: 'email.inbound_refused',
			details: { code, reason, from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null, to: session.envelope.rcptTo.map((r) => r.address) },
			ipAddress: session.remoteAddress
		});
	} catch (e) {
		console.error('[email] could not log a refusal', e);
	}
}

export function startInboundServer(db: Database, options: InboundOptions): Promise<InboundServer> {
	const server = new SMTPServer({
		banner: 'Safe Classroom class mail',
		size: options.maxMessageBytes,
		authOptional: true,
		disabledCommands: ['AUTH'],
		logger: false,
		maxClients: 100,
		...(options.tlsKeyPath && options.tlsCertPath ? { key: readFileSync(options.tlsKeyPath), cert: readFileSync(options.tlsCertPath) } : {}),
		onRcptTo(address, session, callback) {
			findMailboxByAddress(db, address.address)
				.then(async (mailbox) => {
					if (mailbox || (await isReturnAddress(db, address.address))) return callback();
					await logRefusal(db, session, 550, `unknown recipient ${address.address}`);
					callback(reply(550, '5.1.1 No such class mailbox here'));
				})
				.catch(() => callback(reply(451, '4.3.0 Please try again later')));
		},
		onData(stream, session, callback) {
			void handleData(db, stream, session).then(
				(message) => callback(null, message),
				(e: Error & { responseCode?: number }) => callback(e)
			);
		}
	});
	// A broken client connection must never bring the server down.
	server.on('error', (e) => console.warn('[email] inbound connection error:', e.message));
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port, options.host, () => {
			const address = server.server.address();
			resolve({ port: typeof address === 'object' && address ? address.port : options.port, close: () => new Promise((done) => server.close(() => done())) });
		});
	});
}

async function handleData(db: Database, stream: SMTPServerDataStream, session: SMTPServerSession): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(chunk as Buffer);
	if (stream.sizeExceeded) {
		await logRefusal(db, session, 552, 'message too large');
		throw reply(552, '5.3.4 The message is too large');
	}
	try {
		const raw = Buffer.concat(chunks);
		const recipients: string[] = [];
		let forReturnAddress = false;
		for (const r of session.envelope.rcptTo) {
			if (await isReturnAddress(db, r.address)) forReturnAddress = true;
			else recipients.push(r.address);
		}
		if (forReturnAddress) await receiveBounceReport(db, raw, session.remoteAddress);
		if (!recipients.length) return '2.0.0 Received';
		const parsed = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true });
		const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : null;
		const ids = await receiveMail(db, {
			envelopeFrom: from || null,
			recipients,
			parsed,
			remoteAddress: session.remoteAddress
		});
		return `2.0.0 Received for ${ids.length} class mailbox${ids.length === 1 ? '' : 'es'}; a teacher reads it first`;
	} catch (e) {
		const code = e instanceof SmtpRefusal ? e.responseCode : 451;
		const message = e instanceof SmtpRefusal ? e.message : '4.3.0 The message could not be stored; please try again later';
		if (!(e instanceof SmtpRefusal)) console.error('[email] could not store incoming mail', e);
		await logRefusal(db, session, code, message);
		throw reply(code, message);
	}
}
