import { describe, expect, it } from 'vitest';
import { detectImageType, neutralFileName } from './image-type';

const bytes = (...b: number[]): Uint8Array => new Uint8Array([...b, ...new Array(16).fill(0)]);

describe('detectImageType', () => {
	it('knows JPEG, PNG and WebP by their first bytes', () => {
		expect(detectImageType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
		expect(detectImageType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('image/png');
		expect(detectImageType(bytes(0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50))).toBe('image/webp');
	});
	it('refuses text, SVG, GIF, RIFF that is not WebP, and empty files', () => {
		expect(detectImageType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBeNull();
		expect(detectImageType(new TextEncoder().encode('GIF89a......'))).toBeNull();
		expect(detectImageType(bytes(0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x41, 0x56, 0x49, 0x20))).toBeNull();
		expect(detectImageType(new Uint8Array())).toBeNull();
		expect(detectImageType(new Uint8Array([0xff, 0xd8]))).toBeNull();
	});
});

describe('neutralFileName', () => {
	it('names the work, never the child', () => {
		expect(neutralFileName('image/jpeg', 0)).toBe('shared-work-photo-1.jpg');
		expect(neutralFileName('image/webp', 2)).toBe('shared-work-photo-3.webp');
	});
});
