import { describe, expect, it } from 'vitest';
import { bouncedNotificationId, readDeliveryStatus } from './dsn';

const status = (blocks: string[]): string =>
	['Reporting-MTA: dns; mx.homes.example', 'Arrival-Date: Mon, 30 Nov 2026 09:00:00 +0000', '', ...blocks].join('\r\n');

describe('readDeliveryStatus', () => {
	it('reads a permanent failure, with its folded diagnostic', () => {
		const text = status([
			'Final-Recipient: rfc822; Gran@Homes.example',
			'Action: failed',
			'Status: 5.1.1',
			'Diagnostic-Code: smtp; 550 5.1.1 user unknown',
			'  here'
		]);
		expect(readDeliveryStatus(text)).toEqual([{ address: 'gran@homes.example', status: '5.1.1', reason: '5.1.1 550 5.1.1 user unknown here' }]);
	});
	it('ignores delays and successes, and reports each failed recipient', () => {
		const text = status([
			'Final-Recipient: rfc822; a@homes.example',
			'Action: delayed',
			'Status: 4.4.1',
			'',
			'Final-Recipient: rfc822; b@homes.example',
			'Action: delivered',
			'Status: 2.0.0',
			'',
			'Original-Recipient: rfc822; c@homes.example',
			'Action: failed',
			'Status: 5.2.2'
		]);
		expect(readDeliveryStatus(text).map((f) => f.address)).toEqual(['c@homes.example']);
	});
	it('finds nothing in text that is not a report', () => expect(readDeliveryStatus('Thanks, I am away until Monday.')).toEqual([]));
});

describe('bouncedNotificationId', () => {
	it("takes our notification id from the returned message's Message-ID", () => {
		const headers = 'From: School <no-reply@school.example>\r\nMessage-ID: <3F2504E0-4F89-41D3-9A0C-0305E82C3301@school.example>\r\nSubject: Hi\r\n\r\nbody';
		expect(bouncedNotificationId(headers)).toBe('3f2504e0-4f89-41d3-9a0c-0305e82c3301');
	});
	it('refuses a Message-ID the school did not make, and a Message-ID only in the body', () => {
		expect(bouncedNotificationId('Message-ID: <abc.123@elsewhere.example>\r\n')).toBeNull();
		expect(bouncedNotificationId('Subject: Hi\r\n\r\nMessage-ID: <3f2504e0-4f89-41d3-9a0c-0305e82c3301@x>')).toBeNull();
	});
});
