// Turning an upload into a photo that is safe to keep and show. The content decides
// (magic bytes, then the decoder must agree); size and dimensions are checked before any
// pixels are decoded; the picture is turned the right way up from its EXIF orientation
// and then re-encoded with no metadata at all, so no location, camera, time or
// thumbnail survives. Only the pixels remain.
import sharp, { type Metadata } from 'sharp';
import { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE, SHARP_FORMAT, STORED_IMAGE_SIDE, detectImageType, type ImageType } from '../../domain/sharing';
import { InputError } from '../errors';

export interface CleanImage {
	data: Buffer;
	contentType: ImageType;
	width: number;
	height: number;
}

const NOT_A_PHOTO = 'That file is not a photo we can use. Please choose a JPEG, PNG or WebP picture.';

export async function cleanImage(bytes: Uint8Array, field = 'photos'): Promise<CleanImage> {
	if (bytes.byteLength === 0) throw new InputError(field, 'That photo is empty.');
	if (bytes.byteLength > MAX_IMAGE_BYTES) throw new InputError(field, 'That photo is too big. Each photo must be 8 MB or less.');
	const type = detectImageType(bytes);
	if (!type) throw new InputError(field, NOT_A_PHOTO);
	const options = { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' as const };
	let meta: Metadata;
	try {
		meta = await sharp(bytes, options).metadata();
	} catch {
		throw new InputError(field, NOT_A_PHOTO);
	}
	if (meta.format !== SHARP_FORMAT[type] || !meta.width || !meta.height) throw new InputError(field, NOT_A_PHOTO);
	if (meta.width > MAX_IMAGE_SIDE || meta.height > MAX_IMAGE_SIDE || meta.width * meta.height > MAX_IMAGE_PIXELS)
		throw new InputError(field, 'That photo is too large. Please use a smaller picture.');
	try {
		// autoOrient first (it reads the EXIF orientation), then encode without withMetadata:
		// sharp's default output carries no EXIF, XMP, IPTC or ICC data.
		const pipeline = sharp(bytes, options)
			.autoOrient()
			.resize({ width: STORED_IMAGE_SIDE, height: STORED_IMAGE_SIDE, fit: 'inside', withoutEnlargement: true });
		const encoded =
			type === 'image/png'
				? pipeline.png({ compressionLevel: 9 })
				: type === 'image/webp'
					? pipeline.webp({ quality: 85 })
					: pipeline.jpeg({ quality: 85, mozjpeg: true });
		const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
		return { data, contentType: type, width: info.width, height: info.height };
	} catch {
		throw new InputError(field, NOT_A_PHOTO);
	}
}
