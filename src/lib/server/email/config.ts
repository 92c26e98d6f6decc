// Class email settings from the environment (see the README's "Class email" section).
// Both servers are off unless configured: without SMTP_URL external mail waits in the
// outbox; without SMTP_INBOUND_PORT no mail is received.
export interface EmailConfig {
	/** nodemailer transport URL of the outgoing relay, e.g. smtp://user:pass@relay.example:587. */
	smtpUrl: string | undefined;
	inboundPort: number | undefined;
	inboundHost: string;
	/** Largest whole message accepted over SMTP (announced with the SIZE extension). */
	maxMessageBytes: number;
	/** How often the outbox worker looks for mail to send. */
	outboxIntervalMs: number;
	/** Optional TLS key and certificate files for STARTTLS on the inbound server. */
	tlsKeyPath: string | undefined;
	tlsCertPath: string | undefined;
}

export function readEmailConfig(env: NodeJS.ProcessEnv = process.env): EmailConfig {
	const port = Number(env.SMTP_INBOUND_PORT);
	return {
		smtpUrl: env.SMTP_URL?.trim() || undefined,
		inboundPort: env.SMTP_INBOUND_PORT && Number.isInteger(port) && port >= 0 ? port : undefined,
		inboundHost: env.SMTP_INBOUND_HOST?.trim() || '0.0.0.0',
		maxMessageBytes: Number(env.SMTP_MAX_MESSAGE_BYTES) > 0 ? Number(env.SMTP_MAX_MESSAGE_BYTES) : 15 * 1024 * 1024,
		outboxIntervalMs: Number(env.SMTP_OUTBOX_INTERVAL_MS) > 0 ? Number(env.SMTP_OUTBOX_INTERVAL_MS) : 5_000,
		tlsKeyPath: env.SMTP_TLS_KEY?.trim() || undefined,
		tlsCertPath: env.SMTP_TLS_CERT?.trim() || undefined
	};
}
