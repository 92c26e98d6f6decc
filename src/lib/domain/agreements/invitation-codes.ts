/**
 * One-time invitation codes that link a parent or carer to their child.
 *
 * Owns: how a code is made (12 characters from an alphabet with no 0/O,
 * 1/I/L, about 59.5 bits, shown as ABCD-EFGH-JKMN), how typed input is
 * tidied (case, spaces, dashes, look-alike letters from other scripts or
 * full-width keyboards), that only a code's SHA-256 is ever stored, and the
 * order of refusals: revoked, then used, then expired, each with its own
 * error, so a parent is told the real reason.
 */
import { sha256Hex } from './hash';

/** 23 letters and 8 digits: none can be mistaken for another when copied from a paper letter. */
export const INVITATION_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/**
 * 12 × log2(31) ≈ 59.5 bits: far beyond guessing with rate-limited
 * attempts, short enough to type from a letter sent home in a book bag.
 */
export const INVITATION_CODE_LENGTH = 12;

const GROUP_SIZE = 4;

/** Long enough to span a half-term holiday after the letter goes home. */
export const INVITATION_VALID_DAYS = 28;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Largest multiple of the alphabet size below 256: bytes above it are redrawn so every character is equally likely. */
const UNBIASED_LIMIT = 256 - (256 % INVITATION_ALPHABET.length);

export type RandomBytes = (length: number) => Uint8Array;

const cryptoRandomBytes: RandomBytes = (length) => crypto.getRandomValues(new Uint8Array(length));

/** A fresh code in canonical form (12 characters, no dashes). */
export function generateInvitationCode(randomBytes: RandomBytes = cryptoRandomBytes): string {
	let code = '';
	while (code.length < INVITATION_CODE_LENGTH) {
		for (const byte of randomBytes(INVITATION_CODE_LENGTH * 2)) {
			if (byte >= UNBIASED_LIMIT) continue;
			code += INVITATION_ALPHABET[byte % INVITATION_ALPHABET.length];
			if (code.length === INVITATION_CODE_LENGTH) break;
		}
	}
	return code;
}

/** "ABCDEFGHJKMN" → "ABCD-EFGH-JKMN", for letters and screens. */
export function formatInvitationCode(code: string): string {
	const groups: string[] = [];
	for (let i = 0; i < code.length; i += GROUP_SIZE) groups.push(code.slice(i, i + GROUP_SIZE));
	return groups.join('-');
}

/** Greek and Cyrillic capitals that look like Latin ones, as phone keyboards and copied PDFs produce. */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
	А: 'A',
	В: 'B',
	Е: 'E',
	К: 'K',
	М: 'M',
	Н: 'H',
	Р: 'P',
	С: 'C',
	Т: 'T',
	Х: 'X',
	У: 'Y',
	Ѕ: 'S',
	Ј: 'J',
	Α: 'A',
	Β: 'B',
	Ε: 'E',
	Ζ: 'Z',
	Η: 'H',
	Κ: 'K',
	Μ: 'M',
	Ν: 'N',
	Ρ: 'P',
	Τ: 'T',
	Υ: 'Y',
	Χ: 'X'
};

/** Spaces, hyphens and dashes of every kind, dots and underscores: people type codes in groups. */
const SEPARATORS = /[\s\u00ad\u2010-\u2015\u2212\-_.·•]/gu;

/** Characters never used in codes, because they look like each other. */
const EXCLUDED = /[0O1IL]/;

export type CodeFormatError = 'empty' | 'excluded-character' | 'invalid-character' | 'wrong-length';

export type NormalisedCode = { ok: true; code: string } | { ok: false; error: CodeFormatError };

/** Tidies what a parent typed into the canonical 12-character code, or says what is wrong with it. */
export function normaliseInvitationCode(input: string): NormalisedCode {
	const tidied = [...input.normalize('NFKC').toUpperCase().replace(SEPARATORS, '')].map((ch) => LOOK_ALIKES[ch] ?? ch).join('');
	if (tidied.length === 0) return { ok: false, error: 'empty' };
	if (EXCLUDED.test(tidied)) return { ok: false, error: 'excluded-character' };
	if ([...tidied].some((ch) => !INVITATION_ALPHABET.includes(ch))) return { ok: false, error: 'invalid-character' };
	if (tidied.length !== INVITATION_CODE_LENGTH) return { ok: false, error: 'wrong-length' };
	return { ok: true, code: tidied };
}

/**
 * Hex SHA-256 of the canonical code: the only form stored. Accepts the
 * code as shown or as typed; throws on a malformed code, because callers
 * normalise first and report that error to the parent.
 */
export function hashInvitationCode(code: string): string {
	const normalised = normaliseInvitationCode(code);
	if (!normalised.ok) throw new RangeError(`hashInvitationCode: malformed code (${normalised.error})`);
	return sha256Hex(normalised.code);
}

export interface Invitation {
	id: string;
	schoolId: string;
	pupilId: string;
	codeHash: string;
	createdBy: string;
	createdAt: Date;
	expiresAt: Date;
	usedAt: Date | null;
	usedBy: string | null;
	revokedAt: Date | null;
}

export interface NewInvitationInput {
	id: string;
	schoolId: string;
	pupilId: string;
	createdBy: string;
	now: Date;
	validForDays?: number;
	randomBytes?: RandomBytes;
}

/** A new invitation to store, and its code to print once (never stored). */
export function createInvitation(input: NewInvitationInput): { code: string; invitation: Invitation } {
	const code = generateInvitationCode(input.randomBytes);
	const days = input.validForDays ?? INVITATION_VALID_DAYS;
	return {
		code: formatInvitationCode(code),
		invitation: {
			id: input.id,
			schoolId: input.schoolId,
			pupilId: input.pupilId,
			codeHash: sha256Hex(code),
			createdBy: input.createdBy,
			createdAt: input.now,
			expiresAt: new Date(input.now.getTime() + days * DAY_MS),
			usedAt: null,
			usedBy: null,
			revokedAt: null
		}
	};
}

export type InvitationState = 'not-found' | 'revoked' | 'used' | 'expired';
export type InvitationError = CodeFormatError | InvitationState;

export type InvitationCheck = { ok: true; invitation: Invitation } | { ok: false; error: InvitationState };

/** Whether a looked-up invitation can still be used at `now`. */
export function checkInvitation(invitation: Invitation | null, now: Date): InvitationCheck {
	if (!invitation) return { ok: false, error: 'not-found' };
	const t = now.getTime();
	if (invitation.revokedAt && invitation.revokedAt.getTime() <= t) return { ok: false, error: 'revoked' };
	if (invitation.usedAt) return { ok: false, error: 'used' };
	if (invitation.expiresAt.getTime() <= t) return { ok: false, error: 'expired' };
	return { ok: true, invitation };
}

/** Plain words for the parent, one per error. */
export const INVITATION_ERROR_MESSAGES: Readonly<Record<InvitationError, string>> = {
	empty: 'Please type the code from your letter.',
	'excluded-character': 'Codes never use the letters O, I or L or the numbers 0 or 1. Please check that character on your letter.',
	'invalid-character': 'That code has a character we don’t use. Please check it against your letter.',
	'wrong-length': 'Codes have 12 letters and numbers, like ABCD-EFGH-JKMN. Please check you have typed them all.',
	'not-found': 'We could not find that code. Please check it, or ask the school office for a new one.',
	revoked: 'This code has been cancelled by the school. Please ask the school office for a new one.',
	used: 'This code has already been used. If that was not you, please tell the school office.',
	expired: 'This code has run out. Please ask the school office for a new one.'
};
