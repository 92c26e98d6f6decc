// The outgoing message, built so nothing about the pupil who wrote it leaves the school:
// From is the class address with the school's name, the Message-ID is made from the
// email's id on the school's mail domain, and the body is exactly what was approved.
import nodemailer, { type Transporter } from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import type { Email } from '../db/schema';
import type { Mailbox } from './mailboxes';

const transports = new Map<string, Transporter>();

/** One transport per relay and greeting name; EHLO names the school's mail domain, not this host. */
export function transportFor(smtpUrl: string, heloName: string | null): Transporter {
	const key = `${smtpUrl}\n${heloName ?? ''}`;
	let transport = transports.get(key);
	if (!transport) {
		transport = nodemailer.createTransport({
			url: smtpUrl,
			...(heloName ? { name: heloName } : {}),
			connectionTimeout: 30_000,
			greetingTimeout: 30_000,
			socketTimeout: 60_000
		});
		transports.set(key, transport);
	}
	return transport;
}

export function messageIdFor(email: Pick<Email, 'id'>, mailDomain: string): string {
	return `<${email.id}@${mailDomain}>`;
}

export function outgoingMessage(email: Email, mailbox: Mailbox & { address: string; mailDomain: string }): Mail.Options {
	return {
		from: { name: mailbox.schoolName, address: mailbox.address },
		to: { name: email.toName ?? '', address: email.toAddress! },
		envelope: { from: mailbox.address, to: [email.toAddress!] },
		subject: email.subject,
		text: email.body,
		messageId: messageIdFor(email, mailbox.mailDomain),
		date: email.decidedAt ?? email.createdAt,
		// Only the approved text goes out: no files or URLs are read on the server's behalf.
		disableFileAccess: true,
		disableUrlAccess: true
	};
}
