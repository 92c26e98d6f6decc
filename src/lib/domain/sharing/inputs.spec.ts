import { describe, expect, it } from 'vitest';
import { classWorkSettingsSchema, createWorkSchema, workIdSchema } from './inputs';

const ok = (raw: Record<string, string>) => createWorkSchema.safeParse(raw);
const fieldOf = (raw: Record<string, string>) => {
	const r = ok(raw);
	return r.success ? null : String(r.error.issues[0]!.path[0]);
};

describe('createWorkSchema', () => {
	it('accepts writing and trims it', () => {
		const r = ok({ kind: 'writing', title: '  My story ', body: ' Once upon a time ' });
		expect(r.success && r.data).toEqual({ kind: 'writing', title: 'My story', body: 'Once upon a time', lessonId: null, showsPeople: false });
	});
	it('reads the "shows people" tick box and an optional lesson', () => {
		const r = ok({ kind: 'images', title: 'Volcano', body: '', showsPeople: 'yes', lessonId: 'privacy-7-11' });
		expect(r.success && [r.data.showsPeople, r.data.lessonId]).toEqual([true, 'privacy-7-11']);
	});
	it('refuses an unknown kind, an empty or long title, and empty writing', () => {
		expect(fieldOf({ kind: 'video', title: 'x', body: 'y' })).toBe('kind');
		expect(fieldOf({ kind: 'writing', title: '   ', body: 'y' })).toBe('title');
		expect(fieldOf({ kind: 'writing', title: 'x'.repeat(81), body: 'y' })).toBe('title');
		expect(fieldOf({ kind: 'writing', title: 'Story', body: '  ' })).toBe('body');
	});
	it('refuses writing over 4000 letters and a caption over 300', () => {
		expect(fieldOf({ kind: 'writing', title: 'Long', body: 'a'.repeat(4001) })).toBe('body');
		expect(fieldOf({ kind: 'images', title: 'Photo', body: 'a'.repeat(301) })).toBe('body');
		expect(ok({ kind: 'writing', title: 'Long', body: 'a'.repeat(4000) }).success).toBe(true);
	});
	it('refuses hidden control characters', () => {
		expect(fieldOf({ kind: 'writing', title: 'Hi\u0007', body: 'y' })).toBe('title');
		expect(fieldOf({ kind: 'writing', title: 'Hi', body: 'a\u0000b' })).toBe('body');
		expect(ok({ kind: 'writing', title: 'Hi', body: 'line one\nline two' }).success).toBe(true);
	});
});

describe('small schemas', () => {
	it('needs a real work id', () => {
		expect(workIdSchema.safeParse({ workId: 'abc' }).success).toBe(false);
		expect(workIdSchema.safeParse({ workId: '00000000-0000-4000-8000-000000000000' }).success).toBe(true);
	});
	it('reads the class setting tick box, absent meaning off', () => {
		expect(classWorkSettingsSchema.parse({})).toEqual({ cleanTextSkipsApproval: false });
		expect(classWorkSettingsSchema.parse({ cleanTextSkipsApproval: 'on' })).toEqual({ cleanTextSkipsApproval: true });
		expect(classWorkSettingsSchema.safeParse({ cleanTextSkipsApproval: 'maybe' }).success).toBe(false);
	});
});
