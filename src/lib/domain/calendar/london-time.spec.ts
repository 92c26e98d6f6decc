import { describe, expect, it } from 'vitest';
import { parseLondonLocal, toLondonLocal } from './london-time';

describe('London local times', () => {
	it('reads winter times as GMT and summer times as BST', () => {
		expect(parseLondonLocal('2026-01-15T09:30')?.toISOString()).toBe('2026-01-15T09:30:00.000Z');
		expect(parseLondonLocal('2026-06-15T09:30')?.toISOString()).toBe('2026-06-15T08:30:00.000Z');
		expect(parseLondonLocal('2026-06-15')?.toISOString()).toBe('2026-06-14T23:00:00.000Z');
	});
	it('refuses malformed or impossible dates', () => {
		expect(parseLondonLocal('15/06/2026')).toBeNull();
		expect(parseLondonLocal('2026-02-30T10:00')).toBeNull();
		expect(parseLondonLocal('')).toBeNull();
	});
	it('writes an instant back as the London wall clock', () => {
		expect(toLondonLocal(new Date('2026-06-15T08:30:00Z'))).toBe('2026-06-15T09:30');
		expect(toLondonLocal(new Date('2026-01-15T09:30:00Z'))).toBe('2026-01-15T09:30');
	});
});
