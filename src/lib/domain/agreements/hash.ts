/**
 * Hashing for agreements and invitation codes.
 *
 * Owns: the canonical form of an agreement's text (so the same words always
 * give the same hash, whatever line endings or Unicode form the editor used)
 * and hex SHA-256. Pure JS SHA-256 so it runs in the browser, a test and the
 * server alike, synchronously.
 */
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import type { AgreementText } from './types';
import { renderAgreementText } from './canonical-text';

const encoder = new TextEncoder();

/** Lower-case hex SHA-256 of the UTF-8 bytes of `text`. */
export function sha256Hex(text: string): string {
	return encodeHexLowerCase(sha256(encoder.encode(text)));
}

/**
 * The canonical plain text: NFC, "\n" line endings, no trailing spaces on a
 * line, no blank lines at either end. Editors and databases change these
 * without anyone meaning to change the agreement.
 */
export function canonicaliseText(text: string): string {
	return text
		.normalize('NFC')
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((line) => line.replace(/[ \t\u00a0]+$/u, ''))
		.join('\n')
		.replace(/^\n+|\n+$/g, '');
}

/** Hex SHA-256 of an agreement's canonical text; structured text is rendered first. */
export function hashAgreementText(text: string | AgreementText): string {
	const plain = typeof text === 'string' ? text : renderAgreementText(text);
	return sha256Hex(canonicaliseText(plain));
}
