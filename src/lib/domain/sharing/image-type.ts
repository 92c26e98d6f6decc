/**
 * Which image an upload really is, from its first bytes.
 *
 * Owns: an upload's type is decided by its content (magic bytes), never by its file
 * name or the type the browser declared; only JPEG, PNG and WebP are accepted, and
 * the stored copy keeps the same family of format.
 */
export type ImageType = 'image/jpeg' | 'image/png' | 'image/webp';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
	if (bytes.length < at + prefix.length) return false;
	return prefix.every((b, i) => bytes[at + i] === b);
}

/** The image type the bytes carry, or null for anything else (including SVG and GIF). */
export function detectImageType(bytes: Uint8Array): ImageType | null {
	if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
	if (startsWith(bytes, PNG)) return 'image/png';
	// RIFF....WEBP
	if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
	return null;
}

/** sharp's name for each format, to check the decoder agrees with the magic bytes. */
export const SHARP_FORMAT: Record<ImageType, string> = {
	'image/jpeg': 'jpeg',
	'image/png': 'png',
	'image/webp': 'webp'
};

const EXTENSION: Record<ImageType, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

/** A filename that names nobody: what a family's browser saves the photo as. */
export function neutralFileName(type: ImageType, position: number): string {
	return `shared-work-photo-${position + 1}.${EXTENSION[type]}`;
}
