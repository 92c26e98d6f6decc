// Helpers for class email tests: a real SMTP sink (smtp-server on a random port) that keeps
// every message it receives, a school with a mail domain and an approved contact, and a
// real SMTP client (nodemailer) for sending to the app's inbound server.
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../src/lib/server/db';
import { schools } from '../../../src/lib/server/db/schema';
import { approveContact } from '../../../src/lib/server/email/contacts';
import type { TestSchool } from '../support/factories';

export interface SinkMessage {
	from: string;
	to: string[];
	raw: string;
	parsed: ParsedMail;
}

export interface Sink {
	port: number;
	url: string;
	messages: SinkMessage[];
	/** Refuse the next n messages with this reply code (a relay that is down or refuses). */
	failNext(n: number, code: number): void;
	close(): Promise<void>;
}

export async function startSink(port = 0): Promise<Sink> {
	const messages: SinkMessage[] = [];
	let failing = { n: 0, code: 451 };
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS', 'AUTH'],
		logger: false,
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (c: Buffer) => chunks.push(c));
			stream.on('end', async () => {
				if (failing.n > 0) {
					failing.n--;
					return callback(Object.assign(new Error(failing.code >= 500 ? '5.7.1 Refused by policy' : '4.3.2 Try later'), { responseCode: failing.code }));
				}
				const raw = Buffer.concat(chunks).toString('utf8');
				messages.push({
					from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
					to: session.envelope.rcptTo.map((r) => r.address),
					raw,
					parsed: await simpleParser(raw)
				});
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
	const address = server.server.address();
	const actual = typeof address === 'object' && address ? address.port : port;
	return {
		port: actual,
		url: `smtp://127.0.0.1:${actual}`,
		messages,
		failNext: (n, code) => (failing = { n, code }),
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}

export const DOMAIN_OF = (school: TestSchool): string => `mail.${school.id.slice(0, 8)}.example`;

/** Gives the test school a mail domain (the factory leaves it unset) and returns class A's address. */
export async function withMailDomain(db: Database, school: TestSchool): Promise<{ domain: string; addressA: string; addressB: string }> {
	const domain = DOMAIN_OF(school);
	await db.update(schools).set({ mailDomain: domain }).where(eq(schools.id, school.id));
	return { domain, addressA: `5a@${domain}`, addressB: `5b@${domain}` };
}

export async function addContact(db: Database, school: TestSchool, address = 'learning@museum.example', name = 'Museum Learning Team'): Promise<string> {
	return approveContact(db, school.classes[0].teacher.actor, school.classes[0].id, { name, address, reason: 'Our Roman history topic' });
}

let n = 0;
export const key = (): string => `e${Date.now().toString(36)}${(n++).toString(36)}abc`;

/** Sends real SMTP to the app's inbound server. */
export async function sendInbound(port: number, message: Mail.Options): Promise<{ accepted: boolean; error?: Error & { responseCode?: number } }> {
	const client = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, connectionTimeout: 5000 });
	try {
		await client.sendMail(message);
		return { accepted: true };
	} catch (e) {
		return { accepted: false, error: e as Error & { responseCode?: number } };
	} finally {
		client.close();
	}
}
