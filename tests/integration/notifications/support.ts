// Helpers for notification tests: a real SMTP sink (smtp-server, port 0) that also keeps the
// messages it refused (to compare Message-IDs across retries), and addresses for people.
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../src/lib/server/db';
import { notificationSettings } from '../../../src/lib/server/db/schema';
import { settingsFor } from '../../../src/lib/server/notifications/settings';
import type { TestSchool, TestUser } from '../support/factories';

export interface Received {
	to: string[];
	raw: string;
	parsed: ParsedMail;
}

export interface Sink {
	url: string;
	accepted: Received[];
	refused: Received[];
	/** Refuse the next n messages after reading them, with this code (4xx: try later; 5xx: bounce). */
	refuseNext(n: number, code: number): void;
	close(): Promise<void>;
}

export async function startSink(): Promise<Sink> {
	const accepted: Received[] = [];
	const refused: Received[] = [];
	let refusing = { n: 0, code: 451 };
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS', 'AUTH'],
		logger: false,
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (c: Buffer) => chunks.push(c));
			stream.on('end', async () => {
				const raw = Buffer.concat(chunks).toString('utf8');
				const got = { to: session.envelope.rcptTo.map((r) => r.address), raw, parsed: await simpleParser(raw) };
				if (refusing.n > 0) {
					refusing.n--;
					refused.push(got);
					return callback(Object.assign(new Error(refusing.code >= 500 ? '5.1.1 No such mailbox' : '4.3.2 Try later'), { responseCode: refusing.code }));
				}
				accepted.push(got);
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
	const address = server.server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `smtp://127.0.0.1:${port}`,
		accepted,
		refused,
		refuseNext: (n, code) => (refusing = { n, code }),
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}

export const addressOf = (user: TestUser): string => `${user.username}@homes.example`;

/** Gives these people an email address, as they would on their account page. */
export async function giveAddresses(db: Database, school: TestSchool, people: TestUser[]): Promise<void> {
	for (const person of people) {
		await settingsFor(db, { id: person.id, schoolId: school.id });
		await db
			.update(notificationSettings)
			.set({ email: addressOf(person) })
			.where(eq(notificationSettings.userId, person.id));
	}
}

export const to = (sink: Sink, user: TestUser): Received[] => sink.accepted.filter((m) => m.to.includes(addressOf(user)));
