import { describe, expect, it } from 'vitest';
import { buildTodo, waitedFor } from './todo';

const now = new Date('2026-03-10T10:00:00Z');
const base = { now, queue: { count: 0, oldestAt: null }, alerts: null, classes: [] };

describe('the teacher’s to-do list', () => {
	it('says how many items wait and how long the oldest has waited, linking to the queue', () => {
		const [line] = buildTodo({ ...base, queue: { count: 3, oldestAt: new Date('2026-03-10T07:30:00Z') } });
		expect(line).toEqual({
			kind: 'queue',
			where: null,
			text: '3 items wait in your review queue; the oldest has waited 2 hours.',
			href: '/staff/moderation',
			details: []
		});
		expect(buildTodo({ ...base, queue: { count: 1, oldestAt: new Date('2026-03-10T09:59:00Z') } })[0]!.text).toBe(
			'1 item waits in your review queue; the oldest has waited 1 minute.'
		);
	});

	it('lists open alerts only for those who read them, naming the urgent ones', () => {
		expect(buildTodo({ ...base, alerts: { open: 2, urgent: 1 } })).toEqual([
			{ kind: 'alerts', where: null, text: '2 safeguarding alerts are open (1 urgent).', href: '/staff/alerts', details: [] }
		]);
		expect(buildTodo({ ...base, alerts: { open: 0, urgent: 0 } })).toEqual([]);
	});

	it('names each pupil whose gate is closed and why, and the pupils behind on minutes this term', () => {
		const lines = buildTodo({
			...base,
			classes: [
				{
					classId: 'c1',
					className: 'Year 5 Oak',
					closed: [{ name: 'Noah Brown', missing: ['parent-agreement', 'parent-consent'] }],
					minutes: [
						{ status: 'on-track', remainingMinutes: 20 },
						{ status: 'at-risk', remainingMinutes: 45 },
						{ status: 'short', remainingMinutes: 15 },
						{ status: 'met', remainingMinutes: 0 }
					],
					termLabel: 'spring'
				}
			]
		});
		expect(lines).toEqual([
			{
				kind: 'gate',
				where: 'Year 5 Oak',
				text: '1 pupil cannot use chat, email or sharing yet.',
				href: '/staff/agreements/classes/c1',
				details: ['Noah Brown: no parent or carer has signed the family agreement; no yes to messaging from home']
			},
			{
				kind: 'minutes',
				where: 'Year 5 Oak',
				text: '2 pupils are behind on e-safety lesson minutes this spring term (60 minutes short in all).',
				href: '/staff/progress/c1',
				details: []
			}
		]);
	});

	it('has nothing to say when nothing waits', () => {
		expect(
			buildTodo({
				...base,
				classes: [{ classId: 'c1', className: 'Year 3 Ash', closed: [], minutes: [{ status: 'met', remainingMinutes: 0 }], termLabel: 'autumn' }]
			})
		).toEqual([]);
	});

	it('rounds waiting times down to minutes, hours or days', () => {
		expect(waitedFor(new Date('2026-03-10T09:15:00Z'), now)).toBe('45 minutes');
		expect(waitedFor(new Date('2026-03-07T09:00:00Z'), now)).toBe('3 days');
		expect(waitedFor(new Date('2026-03-10T10:05:00Z'), now)).toBe('0 minutes');
	});
});
