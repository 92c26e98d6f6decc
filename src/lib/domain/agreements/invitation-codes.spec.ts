import { describe, expect, it } from 'vitest';
import {
	checkInvitation,
	createInvitation,
	formatInvitationCode,
	generateInvitationCode,
	hashInvitationCode,
	INVITATION_ALPHABET,
	INVITATION_ERROR_MESSAGES,
	normaliseInvitationCode,
	type Invitation
} from './invitation-codes';

const now = new Date('2026-09-10T10:00:00Z');

function invitation(overrides: Partial<Invitation> = {}): Invitation {
	return {
		id: 'inv-1',
		schoolId: 'school-1',
		pupilId: 'pupil-1',
		codeHash: hashInvitationCode('ABCD-EFGH-JKMN'),
		createdBy: 'staff-1',
		createdAt: new Date('2026-09-01T10:00:00Z'),
		expiresAt: new Date('2026-09-29T10:00:00Z'),
		usedAt: null,
		usedBy: null,
		revokedAt: null,
		...overrides
	};
}

describe('generateInvitationCode', () => {
	it('makes 12 characters from the unambiguous alphabet', () => {
		for (let i = 0; i < 200; i++) {
			const code = generateInvitationCode();
			expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{12}$/);
		}
		expect(INVITATION_ALPHABET).not.toMatch(/[0O1IL]/);
		expect(INVITATION_ALPHABET).toHaveLength(31);
	});

	it('does not repeat itself', () => {
		const codes = new Set(Array.from({ length: 1000 }, () => generateInvitationCode()));
		expect(codes.size).toBe(1000);
	});

	it('redraws bytes that would bias the alphabet', () => {
		// 248 and above would favour the first characters if taken modulo 31.
		const bytes = [255, 248, 0, 1, 30, 31, 250, 2, 3, 4, 5, 6, 7, 8, 9, 10];
		const code = generateInvitationCode((n) => Uint8Array.from({ length: n }, (_, i) => bytes[i] ?? 0));
		expect(code).toBe('AB9ACDEFGHJK');
	});
});

describe('formatInvitationCode', () => {
	it('groups in fours', () => {
		expect(formatInvitationCode('ABCDEFGHJKMN')).toBe('ABCD-EFGH-JKMN');
	});
});

describe('normaliseInvitationCode', () => {
	it.each([
		['abcd efgh jkmn'],
		['ABCD-EFGH-JKMN'],
		['  abcd-efgh-jkmn  '],
		['ABCD–EFGH—JKMN'],
		['ＡＢＣＤ ＥＦＧＨ ＪＫＭＮ'],
		['\u0410\u0412\u0421D EFGH JKMN'],
		['abcd.efgh_jkmn']
	])('accepts %j', (typed) => {
		expect(normaliseInvitationCode(typed)).toEqual({ ok: true, code: 'ABCDEFGHJKMN' });
	});

	it('names each kind of mistake', () => {
		expect(normaliseInvitationCode(' - ')).toEqual({ ok: false, error: 'empty' });
		expect(normaliseInvitationCode('ABCD-EFGH-JKM0')).toEqual({ ok: false, error: 'excluded-character' });
		expect(normaliseInvitationCode('abcd-efgh-jkml')).toEqual({ ok: false, error: 'excluded-character' });
		expect(normaliseInvitationCode('ABCD-EFGH-JKM?')).toEqual({ ok: false, error: 'invalid-character' });
		expect(normaliseInvitationCode('ABCD-EFGH')).toEqual({ ok: false, error: 'wrong-length' });
		expect(normaliseInvitationCode('ABCD-EFGH-JKMN-P')).toEqual({ ok: false, error: 'wrong-length' });
	});

	it('has a plain message for every error', () => {
		for (const message of Object.values(INVITATION_ERROR_MESSAGES)) expect(message.length).toBeGreaterThan(10);
	});
});

describe('hashInvitationCode', () => {
	it('gives the same hex SHA-256 however the code was typed', () => {
		const hash = hashInvitationCode('ABCD-EFGH-JKMN');
		expect(hash).toMatch(/^[0-9a-f]{64}$/);
		expect(hashInvitationCode('abcd efgh jkmn')).toBe(hash);
		expect(hashInvitationCode('ABCDEFGHJKMN')).toBe(hash);
		expect(hashInvitationCode('ABCD-EFGH-JKMP')).not.toBe(hash);
	});

	it('refuses a malformed code', () => {
		expect(() => hashInvitationCode('nope')).toThrow(RangeError);
	});
});

describe('createInvitation', () => {
	it('stores only the hash and shows the code once, valid for 28 days', () => {
		const { code, invitation: created } = createInvitation({
			id: 'inv-9',
			schoolId: 'school-1',
			pupilId: 'pupil-1',
			createdBy: 'staff-1',
			now
		});
		expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
		expect(created.codeHash).toBe(hashInvitationCode(code));
		expect(JSON.stringify(created)).not.toContain(code.replaceAll('-', ''));
		expect(created.expiresAt.toISOString()).toBe('2026-10-08T10:00:00.000Z');
		expect(checkInvitation(created, now).ok).toBe(true);
	});
});

describe('checkInvitation', () => {
	it('accepts an unused, unexpired, unrevoked invitation', () => {
		expect(checkInvitation(invitation(), now)).toEqual({ ok: true, invitation: invitation() });
	});

	it('gives each closed state its own error', () => {
		expect(checkInvitation(null, now)).toEqual({ ok: false, error: 'not-found' });
		expect(checkInvitation(invitation({ expiresAt: now }), now)).toEqual({ ok: false, error: 'expired' });
		expect(checkInvitation(invitation({ revokedAt: new Date('2026-09-05T10:00:00Z') }), now)).toEqual({ ok: false, error: 'revoked' });
		expect(checkInvitation(invitation({ usedAt: new Date('2026-09-05T10:00:00Z'), usedBy: 'parent-1' }), now)).toEqual({
			ok: false,
			error: 'used'
		});
	});

	it('reports revoked before used, and used before expired', () => {
		const late = new Date('2026-12-01T10:00:00Z');
		const used = { usedAt: new Date('2026-09-05T10:00:00Z'), usedBy: 'parent-1' };
		expect(checkInvitation(invitation({ ...used, revokedAt: new Date('2026-09-06T10:00:00Z') }), late)).toMatchObject({ error: 'revoked' });
		expect(checkInvitation(invitation(used), late)).toMatchObject({ error: 'used' });
	});
});
