// Attachments on incoming mail: the allow-list and size limit (domain/email/attachments.ts)
// decide what is kept; pictures are decoded and re-encoded with sharp, which writes no
// EXIF, GPS or camera data, so nothing about where a photo was taken reaches a child.
import sharp from 'sharp';
import { decideAttachment, MAX_ATTACHMENT_BYTES, safeFilename } from '../../domain/email/attachments';

export interface IncomingAttachment {
	filename?: string | null;
	contentType: string;
	content: Buffer;
}

export interface KeptAttachment {
	filename: string;
	contentType: string;
	size: number;
	content: Buffer;
}

// A picture bigger than this many pixels is refused rather than decoded (decompression bombs).
const MAX_PIXELS = 40_000_000;

export async function screenAttachments(list: readonly IncomingAttachment[]): Promise<{ kept: KeptAttachment[]; notes: string[] }> {
	const kept: KeptAttachment[] = [];
	const notes: string[] = [];
	for (const [index, a] of list.entries()) {
		const decision = decideAttachment({ filename: a.filename ?? '', contentType: a.contentType, size: a.content.length, index });
		if (decision.keep === false) {
			notes.push(decision.note);
			continue;
		}
		const filename = safeFilename(a.filename);
		if (decision.keep === 'as-is') {
			kept.push({ filename, contentType: a.contentType.toLowerCase().split(';')[0]!.trim(), size: a.content.length, content: a.content });
			continue;
		}
		const image = await reencodeImage(a.content, a.contentType);
		if (!image || image.content.length > MAX_ATTACHMENT_BYTES) notes.push(`${filename} was taken out: the picture could not be read safely.`);
		else
			kept.push({
				filename: filename.replace(/\.[^.]*$/, '') + image.extension,
				contentType: image.contentType,
				size: image.content.length,
				content: image.content
			});
	}
	return { kept, notes };
}

async function reencodeImage(input: Buffer, contentType: string): Promise<{ content: Buffer; contentType: string; extension: string } | null> {
	try {
		// rotate() applies the camera's orientation before the metadata is dropped.
		const pipeline = sharp(input, { limitInputPixels: MAX_PIXELS, failOn: 'error' })
			.rotate()
			.resize({ width: 2000, height: 2000, fit: 'inside', withoutEnlargement: true });
		const lossless = /png|gif/i.test(contentType);
		const content = lossless ? await pipeline.png().toBuffer() : await pipeline.jpeg({ quality: 85 }).toBuffer();
		return lossless ? { content, contentType: 'image/png', extension: '.png' } : { content, contentType: 'image/jpeg', extension: '.jpg' };
	} catch {
		return null;
	}
}
