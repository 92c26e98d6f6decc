import { describe, expect, it } from 'vitest';
import { noteForReporter, noteForTakenDown } from './pupil-notes';

describe('notes to pupils', () => {
	it('thank a reporter either way, and carry the teacher’s words only when the report was not needed', () => {
		expect(noteForReporter('upheld', 'ignored')).toBe('Thank you for telling us about a message. Your teacher agreed with you and has taken it away.');
		const kept = noteForReporter('dismissed', 'Sam was joking about the football.');
		expect(kept).toMatch(/^Thank you for telling us/);
		expect(kept).toContain('“Sam was joking about the football.”');
		expect(noteForReporter('dismissed', null)).not.toContain('says');
	});

	it('tell an author what was taken down without the staff’s reason', () => {
		expect(noteForTakenDown('shared-work')).toContain('some work you shared with your family');
		expect(noteForTakenDown('chat-message')).toContain('class chat');
	});
});
