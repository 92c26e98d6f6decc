// The shapes class email pages receive: rows mapped on the server, shared with components.
import type { Finding } from '../screening/types';

export type EmailStatus = 'pending' | 'approved' | 'rejected' | 'escalated' | 'quarantined' | 'discarded';

export interface EmailSummary {
	id: string;
	folder: 'inbox' | 'sent';
	status: EmailStatus;
	subject: string;
	/** "Year 3 Ash", "Museum of Flight <learning@museum.example>" */
	counterpart: string;
	createdAt: string;
	mine: boolean;
	/** Staff only: the pupil or teacher who wrote it. */
	writer: string | null;
	outbox: { status: string; attempts: number; lastError: string | null; sentAt: string | null } | null;
	rejection: string | null;
}

export interface EmailDetail extends EmailSummary {
	body: string;
	/** Staff only: what the screen found, as spans of `Subject: …\n\n…` (the screened text). */
	findings: Finding[];
	notes: string[];
	attachments: { id: string; filename: string; contentType: string; size: number }[];
}

export interface RecipientOption {
	value: string;
	label: string;
	kind: 'class' | 'contact';
	/** Why the class may write to this contact (shown beside it). */
	reason: string | null;
}
