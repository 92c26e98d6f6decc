/**
 * Evidence snapshots: what a message said and how it was moderated, sealed at the
 * moment a member of staff preserves it.
 *
 * Rules owned here:
 * - the snapshot copies everything needed to understand the message later (text,
 *   author, class, screen verdict and findings, every moderation decision), so the
 *   evidence survives even if the original is removed;
 * - it is a frozen plain object with dates as ISO strings, serialised canonically
 *   (see canonical-json.ts) and sealed with a SHA-256 digest: recomputing the digest
 *   and comparing shows whether anything was altered since;
 * - history is put in version order so the same facts always give the same digest;
 * - a reported message or email is kept once: with the reports (who reported it, when, in their own
 *   words) and the message's own moderation before it was reported, not as a second copy.
 */
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import type { ReviewHistoryEntry, ReviewTargetType, ScreenFinding, ScreenVerdict } from '../moderation/types';
import { canonicalJson } from './canonical-json';

export interface EvidenceMessage {
	readonly id: string;
	readonly schoolId: string;
	readonly classId: string;
	/** Null for mail from an outside contact. */
	readonly authorId: string | null;
	/** What the words were; 'concern' for a concern a person raised (its author is the raiser). */
	readonly targetType: ReviewTargetType | 'concern';
	/** Email subject; null for chat and shared work. */
	readonly subject: string | null;
	readonly body: string;
	readonly sentAt: Date;
	readonly verdict: ScreenVerdict;
	readonly findings: readonly ScreenFinding[];
}

export interface EvidenceSnapshot {
	/** Bumped if the snapshot shape changes, so old digests are checked against the old shape. */
	readonly schemaVersion: 1;
	readonly capturedAt: string;
	readonly capturedById: string;
	readonly message: Readonly<Omit<EvidenceMessage, 'sentAt'> & { sentAt: string }>;
	readonly history: readonly Readonly<Omit<ReviewHistoryEntry, 'at'> & { at: string }>[];
	/** For a reported message or email: each report, in the reporter's words (and the reason they picked, for an email). */
	readonly reports?: readonly Readonly<{ reporterId: string; reporterName: string; reason?: string; note: string | null; at: string }>[];
	/** For a reported message: how it was moderated before it was reported. */
	readonly priorHistory?: readonly Readonly<Omit<ReviewHistoryEntry, 'at'> & { at: string }>[];
}

export interface EvidenceReport {
	readonly reporterId: string;
	readonly reporterName: string;
	/** The reason a pupil picked from the list (emails), as they read it. */
	readonly reason?: string;
	readonly note: string | null;
	readonly at: Date;
}

export interface ReportContext {
	readonly reports: readonly EvidenceReport[];
	readonly priorHistory: readonly ReviewHistoryEntry[];
}

export interface SealedEvidence {
	readonly snapshot: EvidenceSnapshot;
	readonly canonicalJson: string;
	/** Lower-case hex SHA-256 of the UTF-8 canonical JSON. */
	readonly digest: string;
}

function deepFreeze<T>(value: T): T {
	if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const child of Object.values(value)) deepFreeze(child);
	}
	return value;
}

/** Copies via canonical JSON so the snapshot shares no references with live objects. */
function toSnapshot(message: EvidenceMessage, history: readonly ReviewHistoryEntry[], by: string, at: Date, report?: ReportContext): EvidenceSnapshot {
	const inOrder = (h: readonly ReviewHistoryEntry[]) => [...h].sort((a, b) => a.version - b.version);
	const ordered = inOrder(history);
	const extra = report ? { reports: [...report.reports].sort((a, b) => a.at.getTime() - b.at.getTime()), priorHistory: inOrder(report.priorHistory) } : {};
	const draft = { schemaVersion: 1, capturedAt: at, capturedById: by, message, history: ordered, ...extra };
	return JSON.parse(canonicalJson(draft)) as EvidenceSnapshot;
}

export function digestEvidence(snapshot: EvidenceSnapshot): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(canonicalJson(snapshot))));
}

export function buildEvidenceSnapshot(
	message: EvidenceMessage,
	history: readonly ReviewHistoryEntry[],
	capturedById: string,
	capturedAt: Date,
	report?: ReportContext
): SealedEvidence {
	const snapshot = deepFreeze(toSnapshot(message, history, capturedById, capturedAt, report));
	const json = canonicalJson(snapshot);
	const digest = encodeHexLowerCase(sha256(new TextEncoder().encode(json)));
	return deepFreeze({ snapshot, canonicalJson: json, digest });
}

/** True when the stored snapshot still matches the digest recorded when it was sealed. */
export function verifyEvidence(snapshot: EvidenceSnapshot, digest: string): boolean {
	return digestEvidence(snapshot) === digest.toLowerCase();
}
