// Helpers for sharing tests: photos made with sharp (one carrying GPS and camera EXIF,
// turned sideways by its orientation tag), inputs, and the teacher's approval in the queue.
import sharp from 'sharp';
import { and, eq } from 'drizzle-orm';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../../../src/lib/server/db';
import { reviewItems, workFiles } from '../../../src/lib/server/db/schema';
import { openWorkFile } from '../../../src/lib/server/sharing/files';
import type { Actor } from '../../../src/lib/domain/auth/permissions';
import type { CreateWorkInput } from '../../../src/lib/domain/sharing/inputs';
import { decideItem } from '../../../src/lib/server/moderation/decide';

/** Each test file keeps its uploads in its own temporary folder. */
export function useTemporaryUploads(): string {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'sharing-uploads-'));
	process.env.UPLOADS_DIR = dir;
	return dir;
}

export function removeTemporaryUploads(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
}

/** A 40×20 JPEG with GPS, a camera make and orientation 6 (shown rotated: 20×40). */
export async function gpsJpeg(): Promise<Uint8Array> {
	const buf = await sharp({ create: { width: 40, height: 20, channels: 3, background: { r: 200, g: 40, b: 40 } } })
		.jpeg()
		.withMetadata({ orientation: 6 })
		.withExifMerge({
			IFD0: { Make: 'PhoneCo', Model: 'Pocket 9' },
			IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 0/1' }
		})
		.toBuffer();
	return new Uint8Array(buf);
}

export async function plainPng(): Promise<Uint8Array> {
	return new Uint8Array(
		await sharp({ create: { width: 16, height: 16, channels: 4, background: '#3366cc' } })
			.png()
			.toBuffer()
	);
}

/** True when EXIF data holds a GPS block (tag 0x8825, little- or big-endian). */
export function hasGpsTag(exif: Buffer | undefined): boolean {
	if (!exif) return false;
	return exif.includes(Buffer.from([0x25, 0x88])) || exif.includes(Buffer.from([0x88, 0x25]));
}

export function writing(title: string, body: string, extra: Partial<CreateWorkInput> = {}): CreateWorkInput {
	return { kind: 'writing', title, body, lessonId: null, showsPeople: false, ...extra };
}

export function photos(title: string, caption = '', showsPeople = true): CreateWorkInput {
	return { kind: 'images', title, body: caption, lessonId: null, showsPeople };
}

export async function queueItemFor(db: Database, workId: string) {
	const [item] = await db
		.select()
		.from(reviewItems)
		.where(and(eq(reviewItems.targetType, 'shared-work'), eq(reviewItems.targetId, workId)));
	return item!;
}

/** Opens each photo of a piece of work as the teacher would, before approving it. */
export async function openEveryPhoto(db: Database, teacher: Actor, workId: string): Promise<void> {
	for (const f of await db.select({ id: workFiles.id }).from(workFiles).where(eq(workFiles.workId, workId))) await openWorkFile(db, teacher, f.id);
}

export async function decide(db: Database, teacher: Actor, workId: string, action: 'approve' | 'reject' | 'escalate' = 'approve') {
	const item = await queueItemFor(db, workId);
	if (action === 'approve') await openEveryPhoto(db, teacher, workId);
	return decideItem(db, teacher, {
		itemId: item.id,
		action,
		expectedVersion: item.version,
		...(action === 'reject' ? { reasonCode: 'off-topic' as const } : {})
	});
}
