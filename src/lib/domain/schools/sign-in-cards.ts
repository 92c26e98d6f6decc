/**
 * Sign-in cards for a class: each pupil's username, a password a young child can type, and
 * a QR code holding a secret that signs them in on a class device.
 *
 * Rules owned here:
 * - a card password is a colour, an animal and two digits ("bluefox42"): about 2^18
 *   choices, readable aloud, typed by a six-year-old; it is hashed with argon2id like any
 *   password and sign-in is throttled, which is what makes a short one safe enough;
 * - the QR secret is 32 random bytes (256 bits), written base64url: it is the whole key, so
 *   it must be beyond guessing; only its SHA-256 is stored;
 * - printing cards for a class (or renewing one pupil's) replaces both, so a lost card
 *   stops working the moment a new one is printed.
 */
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase64urlNoPadding, encodeHexLowerCase } from '@oslojs/encoding';

const COLOURS = ['red', 'blue', 'green', 'pink', 'gold', 'silver', 'orange', 'purple', 'yellow', 'brown', 'white', 'black', 'grey', 'lime', 'mint', 'ruby'];
const ANIMALS = [
	'fox',
	'owl',
	'cat',
	'dog',
	'bee',
	'hen',
	'cow',
	'pig',
	'bat',
	'elk',
	'yak',
	'emu',
	'ant',
	'eel',
	'ram',
	'frog',
	'duck',
	'bear',
	'lion',
	'wolf',
	'seal',
	'crab',
	'goat',
	'deer',
	'mole',
	'swan',
	'toad',
	'moth',
	'lamb',
	'hare',
	'newt',
	'puma'
];

export const CARD_SECRET_BYTES = 32;
const SECRET_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** `randomInt(n)` returns a uniformly random integer in [0, n): crypto.randomInt on the server. */
export function makeCardPassword(randomInt: (n: number) => number): string {
	return `${COLOURS[randomInt(COLOURS.length)]}${ANIMALS[randomInt(ANIMALS.length)]}${String(randomInt(100)).padStart(2, '0')}`;
}

export function makeCardSecret(randomBytes: Uint8Array): string {
	if (randomBytes.length !== CARD_SECRET_BYTES) throw new RangeError('A card secret needs 32 random bytes');
	return encodeBase64urlNoPadding(randomBytes);
}

export const isCardSecretShape = (value: string): boolean => SECRET_SHAPE.test(value);

export function hashCardSecret(secret: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(secret)));
}
