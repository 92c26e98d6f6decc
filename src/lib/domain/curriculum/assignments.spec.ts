import { describe, expect, it } from 'vitest';
import { outstandingAssignmentsForPupil, suggestLessonAfterBlock, validateAssignmentInput, type LessonAssignment } from './assignments';
import { buildLessonIndex } from './catalogue';
import { BLOCK_KINDS } from '../screening/types';
import type { BlockedDetailKind } from './types';

describe('suggestLessonAfterBlock', () => {
	const kinds: BlockedDetailKind[] = [...BLOCK_KINDS];

	it.each(kinds)('suggests the privacy lesson for the age band after a blocked %s', (kind) => {
		expect(suggestLessonAfterBlock(kind, '5-7').slug).toBe('privacy-5-7-keep-it-private');
		for (const band of ['7-9', '9-11'] as const) {
			expect(suggestLessonAfterBlock(kind, band)).toMatchObject({ strand: 'privacy-and-security', slug: 'privacy-7-11-guard-your-details' });
		}
	});
});

describe('validateAssignmentInput', () => {
	const context = {
		actor: { id: 'dsl-1', role: 'dsl' as const },
		today: '2025-10-01',
		lessons: buildLessonIndex(),
		schoolPupilIds: new Set(['p1']),
		schoolClassIds: new Set(['c1'])
	};
	const input = {
		lessonId: 'privacy-7-11-guard-your-details',
		target: { kind: 'pupil', pupilId: 'p1' } as const,
		reason: 'after-blocked-detail' as const,
		dueBy: '2025-10-08'
	};

	it('lets a safeguarding lead assign a lesson to a pupil', () => {
		expect(validateAssignmentInput(input, context)).toEqual({
			ok: true,
			value: { ...input, assignedBy: 'dsl-1', assignedOn: '2025-10-01' }
		});
	});

	it('refuses other roles, pupils and classes outside the school, and past due dates', () => {
		expect(validateAssignmentInput(input, { ...context, actor: { id: 'x', role: 'parent' as const } })).toEqual({
			ok: false,
			errors: { actor: 'Only teachers and safeguarding leads can assign lessons.' }
		});
		expect(validateAssignmentInput({ ...input, target: { kind: 'class', classId: 'other-school-class' }, dueBy: '2025-09-01' }, context)).toEqual({
			ok: false,
			errors: { target: 'Choose a class from your school.', dueBy: 'The due date cannot be in the past.' }
		});
		expect(validateAssignmentInput({ ...input, target: { kind: 'pupil', pupilId: 'p9' } }, context)).toMatchObject({
			errors: { target: 'Choose a pupil from your school.' }
		});
	});
});

describe('outstandingAssignmentsForPupil', () => {
	const assignment = (id: string, target: LessonAssignment['target'], lessonId: string, assignedOn: string): LessonAssignment => ({
		id,
		lessonId,
		target,
		reason: 'teacher-choice',
		assignedBy: 't1',
		assignedOn,
		dueBy: null
	});
	const assignments = [
		assignment('a-pupil', { kind: 'pupil', pupilId: 'p1' }, 'privacy-7-11-guard-your-details', '2025-10-05'),
		assignment('a-class', { kind: 'class', classId: 'c1' }, 'bullying-7-11-be-an-upstander', '2025-10-01'),
		assignment('a-other', { kind: 'pupil', pupilId: 'p2' }, 'privacy-7-11-guard-your-details', '2025-10-01')
	];
	const pupil = { id: 'p1', classId: 'c1' };

	it('lists the pupil’s and their class’s assignments not yet done, oldest first', () => {
		const earlier = [
			{ pupilId: 'p1', lessonId: 'privacy-7-11-guard-your-details', startedOn: '2025-09-20', minutesByDay: { '2025-09-20': 25 }, passedOn: '2025-09-20' }
		];
		expect(outstandingAssignmentsForPupil({ pupil, assignments, completions: earlier, deliveries: [] }).map((a) => a.id)).toEqual(['a-class', 'a-pupil']);
	});

	it('clears an assignment by a later completion or attendance', () => {
		const done = outstandingAssignmentsForPupil({
			pupil,
			assignments,
			completions: [
				{ pupilId: 'p1', lessonId: 'privacy-7-11-guard-your-details', startedOn: '2025-10-06', minutesByDay: { '2025-10-06': 25 }, passedOn: '2025-10-06' }
			],
			deliveries: [{ id: 'd1', classId: 'c1', lessonId: 'bullying-7-11-be-an-upstander', deliveredOn: '2025-10-02', minutes: 30, presentPupilIds: ['p1'] }]
		});
		expect(done).toEqual([]);
	});
});
