import { describe, expect, it } from 'vitest';
import { classAddress, normaliseAddress } from './addresses';
import { mentionsWriter, parseRecipient, screenedText } from './compose';
import { afterFailure, MAX_ATTEMPTS, RETRY_DELAYS_MS } from './delivery';
import { checkSender, cleanSubject, cleanText } from './inbound';
import { decideAttachment, MAX_ATTACHMENT_BYTES, safeFilename } from './attachments';
import { composeEmailSchema, contactSchema } from './inputs';

describe('addresses', () => {
	it('builds a class address on the school domain', () => {
		expect(classAddress('5oak', 'mail.demo-school.example')).toBe('5oak@mail.demo-school.example');
		expect(classAddress('5oak', null)).toBeNull();
	});
	it.each([
		['Learning@Museum.Example ', 'learning@museum.example'],
		['a.b+c@x.co.uk', 'a.b+c@x.co.uk'],
		['no-at-sign', null],
		['two@@x.example', null],
		['"quoted"@x.example', null],
		['dots..twice@x.example', null],
		['header@x.example\r\nBcc: evil@x.example', null],
		['user@localhost', null]
	])('normalises %j', (raw, expected) => expect(normaliseAddress(raw)).toBe(expected));
});

describe('composing', () => {
	it('screens the subject and body as one text', () => expect(screenedText('Hi', 'Body')).toBe('Subject: Hi\n\nBody'));
	it('accepts only chosen recipients', () => {
		expect(parseRecipient('contact:0b7f4a34-1f5e-4c1e-9a63-3c8f1f0e9b11')).toEqual({ kind: 'contact', id: '0b7f4a34-1f5e-4c1e-9a63-3c8f1f0e9b11' });
		expect(parseRecipient('someone@example.com')).toBeNull();
		expect(parseRecipient('class:not-a-uuid')).toBeNull();
	});
	it("notices a pupil's own name but not an ordinary word", () => {
		const will = { firstName: 'Will', surname: 'Archer' };
		expect(mentionsWriter('From Will', will)).toBe(true);
		expect(mentionsWriter('love from ARCHER', will)).toBe(true);
		expect(mentionsWriter('I will bring it', will)).toBe(false);
		expect(mentionsWriter('Willow class', will)).toBe(false);
	});
	it('refuses typed addresses, empty and over-long parts', () => {
		const base = { to: 'contact:0b7f4a34-1f5e-4c1e-9a63-3c8f1f0e9b11', subject: 'Hi', body: 'Hello', clientKey: 'abcdefgh12' };
		expect(composeEmailSchema.safeParse(base).success).toBe(true);
		expect(composeEmailSchema.safeParse({ ...base, to: 'me@x.example' }).success).toBe(false);
		expect(composeEmailSchema.safeParse({ ...base, subject: ' ' }).success).toBe(false);
		expect(composeEmailSchema.safeParse({ ...base, subject: 'a\r\nBcc: x' }).success).toBe(false);
		expect(composeEmailSchema.safeParse({ ...base, body: 'x'.repeat(5001) }).success).toBe(false);
		expect(contactSchema.safeParse({ name: 'M', address: 'bad address', reason: 'Topic' }).success).toBe(false);
		expect(contactSchema.parse({ name: 'M', address: 'A@B.example', reason: 'Topic' }).address).toBe('a@b.example');
	});
});

describe('retrying', () => {
	const now = new Date('2026-01-01T10:00:00Z');
	it('waits longer after each temporary failure', () => {
		const first = afterFailure(1, 451, 'busy', now);
		const second = afterFailure(2, undefined, 'timeout', now);
		expect(first).toEqual({ status: 'waiting', nextAttemptAt: new Date(now.getTime() + RETRY_DELAYS_MS[0]), error: 'busy' });
		expect(second.status === 'waiting' && second.nextAttemptAt.getTime() - now.getTime()).toBe(RETRY_DELAYS_MS[1]);
	});
	it('stops on a permanent refusal or after the last attempt', () => {
		expect(afterFailure(1, 550, 'no such user', now).status).toBe('failed');
		expect(afterFailure(MAX_ATTEMPTS, 451, 'busy', now).status).toBe('failed');
	});
});

describe('incoming mail', () => {
	const contacts = [{ id: 'c1', address: 'learning@museum.example' }];
	const facts = { schoolDomains: ['mail.school.example'], contacts };
	it('trusts an approved contact only when envelope and header agree', () => {
		expect(checkSender({ ...facts, envelopeFrom: 'Learning@museum.example', headerFrom: 'learning@museum.example' })).toEqual({
			kind: 'contact',
			contactId: 'c1',
			address: 'learning@museum.example'
		});
		expect(checkSender({ ...facts, envelopeFrom: 'bounce@bulk.example', headerFrom: 'learning@museum.example' }).kind).toBe('unknown');
		expect(checkSender({ ...facts, envelopeFrom: 'x@y.example', headerFrom: 'x@y.example' }).kind).toBe('unknown');
	});
	it("refuses mail that claims to come from the school's own domain", () => {
		expect(checkSender({ ...facts, envelopeFrom: 'x@y.example', headerFrom: '5oak@mail.school.example' }).kind).toBe('forged');
	});
	it('keeps text safe to show', () => {
		expect(cleanText('Hi\u0000 there\u202e\r\n')).toBe('Hi there');
		expect(cleanText('x'.repeat(30), 10)).toMatch(/^x{10}\n\[The rest/);
		expect(cleanSubject('  ')).toBe('(no subject)');
		expect(cleanSubject('Line one\nline two')).toBe('Line one line two');
	});
});

describe('attachments', () => {
	const file = (contentType: string, size = 10, index = 0) => decideAttachment({ filename: 'f', contentType, size, index });
	it('keeps pictures (to re-encode), PDFs and text', () => {
		expect(file('image/jpeg')).toEqual({ keep: 'image' });
		expect(file('application/pdf')).toEqual({ keep: 'as-is' });
		expect(file('text/plain; charset=utf-8')).toEqual({ keep: 'as-is' });
	});
	it('takes out other types, large files and too many files, with a note', () => {
		expect(file('application/x-msdownload')).toMatchObject({ keep: false });
		expect(file('text/html')).toMatchObject({ keep: false });
		expect(file('image/png', MAX_ATTACHMENT_BYTES + 1)).toMatchObject({ keep: false });
		expect(file('image/png', 1, 10)).toMatchObject({ keep: false });
	});
	it('makes file names safe', () => expect(safeFilename('../../etc/pa"ss<wd>.txt')).toBe('_.._etc_pa_ss_wd_.txt'));
});

describe('HTML email', () => {
	it('keeps only the visible words', async () => {
		const { htmlToSafeText } = await import('./html-text');
		expect(
			htmlToSafeText(
				'<html><head><title>T</title><style>p{}</style></head><body><p>Hello <b>Year&nbsp;5</b> &amp; friends</p><script>alert(1)</script><img src="https://t.example/p.gif"><a href="https://evil.example">our site</a><ul><li>One</li></ul></body></html>'
			)
		).toBe('Hello Year 5 & friends\nour site• One');
		expect(htmlToSafeText('1 &lt; 2 and 3 &gt; 2 &#65;&#x42;')).toBe('1 < 2 and 3 > 2 AB');
	});
});
