// Limits for pupils' work. Each number is a judgement about a primary-school class on
// shared tablets, not a technical ceiling.

/** A title fits on one line of a family's phone. */
export const MAX_TITLE_LENGTH = 80;
/** A long story from a Year 6 pupil fits comfortably; the column allows no more. */
export const MAX_BODY_LENGTH = 4000;
export const MAX_CAPTION_LENGTH = 300;
/** A modern tablet photo is 2–6 MB; 8 MB leaves room without inviting video-sized files. */
export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;
/** A handful of photos per piece keeps the teacher's review quick. */
export const MAX_IMAGES = 4;
/** Larger sides are refused before decoding (a guard against decompression bombs). */
export const MAX_IMAGE_SIDE = 12_000;
/** Pixels sharp may decode for one image (about a 48-megapixel photo). */
export const MAX_IMAGE_PIXELS = 50_000_000;
/** Stored copies are scaled to fit this box: plenty for a phone or a laptop screen. */
export const STORED_IMAGE_SIDE = 2000;
