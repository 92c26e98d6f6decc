import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { checkPolicyFile, policyFileName, POLICY_FILE_MAX_BYTES, POLICY_FILE_MESSAGES, type ZipEntry } from './policy-files';

const pdf = (body = 'BT /F1 12 Tf (Online safety policy) Tj ET') =>
	strToU8(`%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\nstream\n${body}\nendstream\n%%EOF\n`);
const docx = (extra: Record<string, Uint8Array> = {}) =>
	zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>'), ...extra });
const listZip = (bytes: Uint8Array): ZipEntry[] | null => {
	const entries: ZipEntry[] = [];
	try {
		unzipSync(bytes, { filter: (f) => (entries.push({ name: f.name, originalSize: f.originalSize }), false) });
		return entries;
	} catch {
		return null;
	}
};

describe('checkPolicyFile', () => {
	const table: [string, Uint8Array, string][] = [
		['a PDF', pdf(), 'pdf'],
		['a Word document', docx(), 'docx'],
		['an empty file', new Uint8Array(), POLICY_FILE_MESSAGES.empty],
		['a program renamed .pdf', strToU8('MZ\x90\x00 this program cannot be run in DOS mode'), POLICY_FILE_MESSAGES.notAllowed],
		['a web page renamed .pdf', strToU8('<html><script>alert(1)</script></html>'), POLICY_FILE_MESSAGES.notAllowed],
		['a PDF cut short', strToU8('%PDF-1.7\n1 0 obj << /Type /Catalog >>'), POLICY_FILE_MESSAGES.brokenPdf],
		['a PDF with a script', pdf('<< /S /JavaScript /JS (app.alert(1)) >>'), POLICY_FILE_MESSAGES.activePdf],
		['a PDF that launches a program', pdf('<< /S /Launch /F (cmd.exe) >>'), POLICY_FILE_MESSAGES.activePdf],
		['a PDF carrying a file', pdf('<< /Type /EmbeddedFile >>'), POLICY_FILE_MESSAGES.activePdf],
		['a ZIP that is not a Word document', zipSync({ 'notes.txt': strToU8('hello') }), POLICY_FILE_MESSAGES.notAllowed],
		['a Word document with macros', docx({ 'word/vbaProject.bin': strToU8('macro') }), POLICY_FILE_MESSAGES.macroDocx],
		['a Word document with ActiveX', docx({ 'word/activeX/activeX1.xml': strToU8('<ax/>') }), POLICY_FILE_MESSAGES.macroDocx],
		['a ZIP that climbs out of its folder', docx({ '../../etc/cron.d/evil': strToU8('x') }), POLICY_FILE_MESSAGES.brokenDocx],
		['a damaged ZIP', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), POLICY_FILE_MESSAGES.brokenDocx]
	];
	it.each(table)('%s', (_label, bytes, expected) => {
		const result = checkPolicyFile(bytes, listZip);
		expect(result.ok ? result.type : result.message).toBe(expected);
	});

	it('refuses a file over the limit before looking inside, and a ZIP that unpacks to far too much', () => {
		const big = new Uint8Array(POLICY_FILE_MAX_BYTES + 1);
		big.set(strToU8('%PDF-'));
		expect(checkPolicyFile(big, listZip)).toEqual({ ok: false, message: POLICY_FILE_MESSAGES.tooBig });
		const bomb = () => [
			{ name: '[Content_Types].xml', originalSize: 100 },
			{ name: 'word/document.xml', originalSize: 200 * 1024 * 1024 }
		];
		expect(checkPolicyFile(docx(), bomb)).toEqual({ ok: false, message: POLICY_FILE_MESSAGES.brokenDocx });
	});
});

describe('policyFileName', () => {
	it('is made from the title and version, never the uploaded name', () => {
		expect(policyFileName('Online Safety Policy (2026)', 3, 'pdf')).toBe('online-safety-policy-2026-v3.pdf');
		expect(policyFileName('«»', 1, 'docx')).toBe('policy-v1.docx');
		expect(policyFileName('Café / "Data" protection\\..', 2, 'docx')).toBe('cafe-data-protection-v2.docx');
	});
});
