/**
 * When a signature counts.
 *
 * Owns: a signature counts only in the UK academic year it was made in; a
 * signature of an older version stops counting as soon as any later version
 * up to the current one was published as "needs re-signing", and otherwise
 * keeps counting for the rest of that year; a signature whose text hash does
 * not match its version's hash does not count (the row or the document was
 * altered); a signature for a version that is not (yet) published does not
 * count. Also the summary of where one person stands for one agreement.
 */
import { academicYearOf } from '../calendar';
import { currentDocument, versionsOf } from './versions';
import type { AgreementDocument, AgreementKind, Signature } from './types';

export type SignatureProblem = 'earlier-academic-year' | 'resign-required' | 'unknown-version' | 'text-mismatch' | 'signed-in-future' | 'no-current-document';

export type SignatureAssessment = { counts: true } | { counts: false; problem: SignatureProblem; resignVersion?: number };

/** Whether one signature counts at `now`, and if not, why. */
export function assessSignature(signature: Signature, documents: readonly AgreementDocument[], now: Date): SignatureAssessment {
	const versions = versionsOf(documents, signature.schoolId, signature.kind, now);
	const current = versions.at(-1);
	if (!current) return { counts: false, problem: 'no-current-document' };
	if (signature.signedAt.getTime() > now.getTime()) return { counts: false, problem: 'signed-in-future' };
	const signed = versions.find((d) => d.version === signature.version && d.id === signature.documentId);
	if (!signed) return { counts: false, problem: 'unknown-version' };
	if (signed.textHash !== signature.textHash) return { counts: false, problem: 'text-mismatch' };
	if (academicYearOf(signature.signedAt).startYear !== academicYearOf(now).startYear) {
		return { counts: false, problem: 'earlier-academic-year' };
	}
	const resign = versions.find((d) => d.version > signature.version && d.requiresResign);
	if (resign) return { counts: false, problem: 'resign-required', resignVersion: resign.version };
	return { counts: true };
}

/** Where one person stands for one agreement, for gates and teachers' lists. */
export type SignatureStanding =
	| { state: 'signed'; signature: Signature; currentVersion: number }
	| { state: 'needs-resign'; signature: Signature; currentVersion: number }
	| { state: 'signed-last-year'; signature: Signature; currentVersion: number }
	| { state: 'unsigned'; currentVersion: number }
	| { state: 'no-agreement-published' };

const newestFirst = (a: Signature, b: Signature): number => b.signedAt.getTime() - a.signedAt.getTime();

/**
 * The standing given a person's candidate signatures (already narrowed to the
 * right signer and subject). A counting signature wins; otherwise the newest
 * one explains what is missing.
 */
export function standingFor(
	candidates: readonly Signature[],
	documents: readonly AgreementDocument[],
	schoolId: string,
	kind: AgreementKind,
	now: Date
): SignatureStanding {
	const current = currentDocument(documents, schoolId, kind, now);
	if (!current) return { state: 'no-agreement-published' };
	const mine = candidates.filter((s) => s.schoolId === schoolId && s.kind === kind).sort(newestFirst);
	const assessed = mine.map((signature) => ({ signature, result: assessSignature(signature, documents, now) }));
	const counting = assessed.find((a) => a.result.counts);
	const currentVersion = current.version;
	if (counting) return { state: 'signed', signature: counting.signature, currentVersion };
	const resign = assessed.find((a) => !a.result.counts && a.result.problem === 'resign-required');
	if (resign) return { state: 'needs-resign', signature: resign.signature, currentVersion };
	const lastYear = assessed.find((a) => !a.result.counts && a.result.problem === 'earlier-academic-year');
	if (lastYear) return { state: 'signed-last-year', signature: lastYear.signature, currentVersion };
	return { state: 'unsigned', currentVersion };
}
