/**
 * Reading a delivery status notification (a "bounce": RFC 3464, a multipart/report with a
 * message/delivery-status part) that came back for one of the school's notification emails.
 * Pure: it takes the texts of the report's parts.
 *
 * Rules owned here:
 * - only a permanent failure (Action: failed, Status 5.x.x) marks an address as bouncing;
 *   a delay (4.x.x, Action: delayed) or a success report changes nothing;
 * - a report counts only when it names the Message-ID of an email the school sent (our
 *   Message-IDs are `<notification id@domain>`), so a forged report cannot mark just any address;
 * - the reason kept is the status code and the remote server's words, cut to 300 characters.
 */

export interface DeliveryFailure {
	/** Lower case. */
	address: string;
	status: string;
	reason: string;
}

/** Header-style fields ("Name: value", folded lines joined) of one block. */
function fieldsOf(block: string): Map<string, string> {
	const fields = new Map<string, string>();
	let last: string | null = null;
	for (const line of block.split(/\r?\n/)) {
		if (/^[ \t]/.test(line) && last) {
			fields.set(last, `${fields.get(last)} ${line.trim()}`);
			continue;
		}
		const m = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
		if (!m) continue;
		last = m[1]!.toLowerCase();
		if (!fields.has(last)) fields.set(last, m[2]!.trim());
	}
	return fields;
}

/** "rfc822; Name@Example.org" → "name@example.org". */
function addressField(value: string | undefined): string | null {
	if (!value) return null;
	const address = (value.includes(';') ? value.slice(value.indexOf(';') + 1) : value).trim().replace(/^<|>$/g, '');
	return /^[^\s@<>]+@[^\s@<>]+$/.test(address) ? address.toLowerCase() : null;
}

/** The permanent failures a message/delivery-status part reports (one block per recipient after the first). */
export function readDeliveryStatus(text: string): DeliveryFailure[] {
	const blocks = text.split(/\r?\n[ \t]*\r?\n/).slice(1);
	const failures: DeliveryFailure[] = [];
	for (const block of blocks) {
		const f = fieldsOf(block);
		const address = addressField(f.get('final-recipient')) ?? addressField(f.get('original-recipient'));
		const status = /^([245])\.\d{1,3}\.\d{1,3}/.exec(f.get('status') ?? '')?.[0] ?? '';
		const action = (f.get('action') ?? '').toLowerCase();
		if (!address || action !== 'failed' || !status.startsWith('5')) continue;
		const diagnostic = (f.get('diagnostic-code') ?? '').replace(/^[a-z-]+;\s*/i, '');
		failures.push({ address, status, reason: `${status} ${diagnostic}`.trim().slice(0, 300) });
	}
	return failures;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The notification id in the returned message's headers (its Message-ID), or null. */
export function bouncedNotificationId(returnedHeaders: string): string | null {
	const headerBlock = returnedHeaders.split(/\r?\n\r?\n/)[0] ?? '';
	const messageId = fieldsOf(headerBlock).get('message-id');
	const local = /^<?([^@<>\s]+)@[^>]+>?$/.exec(messageId ?? '')?.[1];
	return local && UUID.test(local) ? local.toLowerCase() : null;
}
