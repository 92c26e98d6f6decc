// Photos on a real database and disk: content decides the type, limits hold, and what is
// kept has been turned upright with every scrap of metadata (GPS, camera) removed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { gpsJpeg, hasGpsTag, photos, plainPng, useTemporaryUploads, removeTemporaryUploads, writing } from './support';
import { createWork } from '../../../src/lib/server/sharing/create-work';
import { openWorkFile } from '../../../src/lib/server/sharing/files';
import { blockedAttempts, workFiles, workItems } from '../../../src/lib/server/db/schema';
import { InputError, NotFoundError } from '../../../src/lib/server/errors';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { MAX_IMAGE_BYTES } from '../../../src/lib/domain/sharing';

let t: TestDatabase;
let s: TestSchool;
let uploads: string;
beforeAll(async () => {
	uploads = useTemporaryUploads();
	t = await openTestDatabase();
	s = await createTestSchool(t.db, 2);
});
afterAll(async () => {
	await t.close();
	removeTemporaryUploads(uploads);
});

const pupil = () => s.classes[0].pupils[0]!;
const storedFiles = (): string[] => (existsSync(path.join(uploads, s.id)) ? readdirSync(path.join(uploads, s.id)) : []);
const workCount = async () => (await t.db.select({ n: count() }).from(workItems).where(eq(workItems.schoolId, s.id)))[0]!.n;

describe('an uploaded photo', () => {
	it('is checked, turned upright and stored with no GPS or camera data, under a random name', async () => {
		const input = await gpsJpeg();
		const before = await sharp(input).metadata();
		expect(hasGpsTag(before.exif)).toBe(true);

		const result = await createWork(t.db, pupil().actor, photos('Our volcano', 'It erupted!'), [input]);
		expect(result.outcome).toBe('created');
		if (result.outcome !== 'created') return;
		const [file] = await t.db.select().from(workFiles).where(eq(workFiles.workId, result.work.id));
		expect(file!.storageKey).toMatch(/^[0-9a-f]{32}$/);
		expect(file!.storageKey).not.toContain(pupil().username);
		expect(storedFiles()).toContain(file!.storageKey);

		const opened = await openWorkFile(t.db, pupil().actor, file!.id);
		const after = await sharp(opened.data).metadata();
		expect(after.exif).toBeUndefined();
		expect(after.xmp).toBeUndefined();
		expect(after.iptc).toBeUndefined();
		expect(hasGpsTag(after.exif)).toBe(false);
		expect(opened.data.includes(Buffer.from('PhoneCo'))).toBe(false);
		// Orientation 6 applied before stripping: the 40×20 picture is now 20×40.
		expect([after.width, after.height]).toEqual([20, 40]);
		expect(opened.contentType).toBe('image/jpeg');
		expect(opened.fileName).toBe('shared-work-photo-1.jpg');
	});

	it('keeps PNG as PNG', async () => {
		const result = await createWork(t.db, pupil().actor, photos('Blue square', '', false), [await plainPng()]);
		if (result.outcome !== 'created') throw new Error('expected created');
		const [file] = await t.db.select().from(workFiles).where(eq(workFiles.workId, result.work.id));
		expect(file!.contentType).toBe('image/png');
		expect((await sharp((await openWorkFile(t.db, pupil().actor, file!.id)).data).metadata()).format).toBe('png');
	});
});

describe('bad uploads change nothing', () => {
	const refuse = async (files: Uint8Array[], field: string, input = photos('Bad one')) => {
		const [works, stored] = [await workCount(), storedFiles().length];
		const error = await createWork(t.db, pupil().actor, input, files).catch((e) => e);
		expect(error).toBeInstanceOf(InputError);
		expect((error as InputError).field).toBe(field);
		expect(await workCount()).toBe(works);
		expect(storedFiles().length).toBe(stored);
	};
	it('refuses a text file dressed as a photo', () => refuse([new TextEncoder().encode('<svg onload="alert(1)"></svg>')], 'photos'));
	it('refuses a file with JPEG magic bytes but no picture', () => refuse([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6])], 'photos'));
	it('refuses a PNG header on a JPEG body', async () => {
		const jpeg = await gpsJpeg();
		const forged = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...jpeg]);
		await refuse([forged], 'photos');
	});
	it('refuses a file over the size limit', () => refuse([new Uint8Array(MAX_IMAGE_BYTES + 1).fill(0xff)], 'photos'));
	it('refuses photos work with no photo, and too many photos', async () => {
		await refuse([], 'photos');
		const one = await plainPng();
		await refuse([one, one, one, one, one], 'photos');
	});
	it('refuses photos attached to writing', async () => refuse([await plainPng()], 'photos', writing('Story', 'Once upon a time')));
	it('refuses a lesson that does not exist', () => refuse([], 'lessonId', writing('Story', 'Once upon a time', { lessonId: 'no-such-lesson' })));
	it('keeps one good photo out when another in the same piece is bad', async () =>
		refuse([await plainPng(), new TextEncoder().encode('not a photo')], 'photos'));
});

describe('the screen', () => {
	it('blocks a personal detail in the words: nothing stored, the attempt logged for the DSL', async () => {
		const works = await workCount();
		const result = await createWork(t.db, pupil().actor, writing('About me', 'Ring me on 07700 900123 after school'), []);
		expect(result.outcome).toBe('blocked');
		if (result.outcome === 'blocked') expect(result.reason.length).toBeGreaterThan(10);
		expect(await workCount()).toBe(works);
		const attempts = await t.db.select().from(blockedAttempts).where(eq(blockedAttempts.authorId, pupil().id));
		expect(attempts.some((a) => a.channel === 'work')).toBe(true);
	});
	it('blocks a personal detail in a photo caption before the photo is kept', async () => {
		const stored = storedFiles().length;
		const result = await createWork(t.db, pupil().actor, photos('Me', 'my number is 07700 900123'), [await plainPng()]);
		expect(result.outcome).toBe('blocked');
		expect(storedFiles().length).toBe(stored);
	});
});

describe('who may make work', () => {
	it('refuses a pupil with no class, a teacher and a parent', async () => {
		const noClass = { ...pupil().actor, classId: null };
		await expect(createWork(t.db, noClass, writing('Story', 'Hello'), [])).rejects.toBeInstanceOf(NotFoundError);
		const teacher = { ...s.classes[0].teacher.actor, classId: s.classes[0].id };
		await expect(createWork(t.db, teacher, writing('Story', 'Hello'), [])).rejects.toBeInstanceOf(AuthorizationError);
		const parent = { ...s.classes[0].parent.actor, classId: s.classes[0].id };
		await expect(createWork(t.db, parent, writing('Story', 'Hello'), [])).rejects.toBeInstanceOf(AuthorizationError);
	});
});
