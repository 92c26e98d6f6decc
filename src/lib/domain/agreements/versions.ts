/**
 * Agreement versions: which one is current, and publishing a new one.
 *
 * Owns: versions are numbered 1, 2, 3… per school and kind and never
 * changed; an admin "edits" an agreement by publishing the next version,
 * choosing whether it needs everyone to sign again; the current version is
 * the highest one already published. Also the checks a text must pass before
 * it is published (younger pupils' rules need a picture and must be short).
 */
import { hashAgreementText } from './hash';
import type { AgreementDocument, AgreementKind, AgreementText } from './types';

/** Longest rule, in words, for children aged 5–7: an adult reads it aloud in one breath. */
export const MAX_YOUNGER_RULE_WORDS = 16;

export type TextIssueCode =
	'empty-title' | 'empty-intro' | 'empty-closing' | 'no-items' | 'empty-item' | 'duplicate-item-id' | 'missing-pictogram' | 'rule-too-long';

export interface TextIssue {
	code: TextIssueCode;
	itemId?: string;
	message: string;
}

const blank = (value: string | undefined): boolean => !value || value.trim().length === 0;

function checkItems(kind: AgreementKind, text: AgreementText): TextIssue[] {
	const issues: TextIssue[] = [];
	const seen = new Set<string>();
	for (const item of text.items) {
		if (blank(item.id) || blank(item.text)) {
			issues.push({ code: 'empty-item', itemId: item.id, message: 'Every rule needs an id and some words.' });
		}
		if (seen.has(item.id)) {
			issues.push({ code: 'duplicate-item-id', itemId: item.id, message: `Two rules share the id "${item.id}".` });
		}
		seen.add(item.id);
		if (kind !== 'pupil-younger') continue;
		if (!item.pictogram || blank(item.pictogram.symbol) || blank(item.pictogram.alt)) {
			issues.push({ code: 'missing-pictogram', itemId: item.id, message: 'Each rule for younger pupils needs a picture and a description of it.' });
		}
		if (item.text.trim().split(/\s+/).length > MAX_YOUNGER_RULE_WORDS) {
			issues.push({ code: 'rule-too-long', itemId: item.id, message: `Rules for younger pupils should be ${MAX_YOUNGER_RULE_WORDS} words or fewer.` });
		}
	}
	return issues;
}

/** Everything wrong with a text before it may be published; empty when it is fine. */
export function validateAgreementText(kind: AgreementKind, text: AgreementText): TextIssue[] {
	const issues: TextIssue[] = [];
	if (blank(text.title)) issues.push({ code: 'empty-title', message: 'The agreement needs a title.' });
	if (blank(text.intro)) issues.push({ code: 'empty-intro', message: 'The agreement needs an introduction.' });
	if (blank(text.closing)) issues.push({ code: 'empty-closing', message: 'The agreement needs a closing statement.' });
	if (text.items.length === 0) issues.push({ code: 'no-items', message: 'The agreement needs at least one rule.' });
	return [...issues, ...checkItems(kind, text)];
}

/** A school's published versions of one kind, oldest first, ignoring any published after `now`. */
export function versionsOf(documents: readonly AgreementDocument[], schoolId: string, kind: AgreementKind, now: Date): AgreementDocument[] {
	return documents.filter((d) => d.schoolId === schoolId && d.kind === kind && d.publishedAt.getTime() <= now.getTime()).sort((a, b) => a.version - b.version);
}

/** The version people must sign now, or null when the school has not published one. */
export function currentDocument(documents: readonly AgreementDocument[], schoolId: string, kind: AgreementKind, now: Date): AgreementDocument | null {
	return versionsOf(documents, schoolId, kind, now).at(-1) ?? null;
}

export interface NewVersionInput {
	id: string;
	schoolId: string;
	kind: AgreementKind;
	text: AgreementText;
	requiresResign: boolean;
	publishedBy: string;
	publishedAt: Date;
	/** Every version the school already has, of any kind. */
	existing: readonly AgreementDocument[];
}

export type NewVersionResult = { ok: true; document: AgreementDocument } | { ok: false; issues: TextIssue[] | [{ code: 'unchanged'; message: string }] };

/** The next version to store, or why it cannot be published. Nothing is published when text is unchanged. */
export function prepareNewVersion(input: NewVersionInput): NewVersionResult {
	const issues = validateAgreementText(input.kind, input.text);
	if (issues.length > 0) return { ok: false, issues };
	const latest = input.existing
		.filter((d) => d.schoolId === input.schoolId && d.kind === input.kind)
		.reduce<AgreementDocument | null>((max, d) => (!max || d.version > max.version ? d : max), null);
	const textHash = hashAgreementText(input.text);
	if (latest && latest.textHash === textHash) {
		// Publishing identical words would only make families sign again for nothing.
		return { ok: false, issues: [{ code: 'unchanged', message: 'This text is the same as the current version.' }] };
	}
	const document: AgreementDocument = {
		id: input.id,
		schoolId: input.schoolId,
		kind: input.kind,
		version: (latest?.version ?? 0) + 1,
		text: input.text,
		textHash,
		requiresResign: input.requiresResign,
		publishedAt: input.publishedAt,
		publishedBy: input.publishedBy
	};
	return { ok: true, document };
}
