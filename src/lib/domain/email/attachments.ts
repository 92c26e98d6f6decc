// What a class may receive as an attachment. Rules owned here:
// - only pictures, PDFs and plain text are kept; anything else is taken out with a note;
// - each attachment has a size limit; a larger one is taken out with a note;
// - pictures are re-encoded (by the server, with sharp) so no location or camera data
//   reaches a child; a picture that cannot be decoded is taken out.
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const MAX_ATTACHMENTS = 10;

const IMAGES = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp']);
const DOCUMENTS = new Set(['application/pdf', 'text/plain']);

export type AttachmentDecision = { keep: 'image' | 'as-is' } | { keep: false; note: string };

export function decideAttachment(input: { filename: string; contentType: string; size: number; index: number }): AttachmentDecision {
	const name = safeFilename(input.filename);
	const type = input.contentType.toLowerCase().split(';')[0]!.trim();
	if (input.index >= MAX_ATTACHMENTS) return { keep: false, note: `${name} was taken out: at most ${MAX_ATTACHMENTS} attachments are kept.` };
	if (!IMAGES.has(type) && !DOCUMENTS.has(type)) return { keep: false, note: `${name} was taken out: files of this type are not allowed.` };
	if (input.size > MAX_ATTACHMENT_BYTES) return { keep: false, note: `${name} was taken out: it is larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB.` };
	return { keep: IMAGES.has(type) ? 'image' : 'as-is' };
}

/** A file name safe to show and to send back in a download header. */
export function safeFilename(name: string | null | undefined): string {
	const cleaned = (name ?? '')
		.replace(/[^\p{L}\p{N} ._()-]/gu, '_')
		.replace(/^[.\s]+/, '')
		.slice(0, 100)
		.trim();
	return cleaned || 'attachment';
}
