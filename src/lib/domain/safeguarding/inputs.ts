/**
 * Input schemas for the safeguarding pages (zod, shared by forms and services).
 *
 * Rules owned here: the shapes and limits of what staff type; the rules about what makes
 * a sound incident (dates in order, the right people for the category…) stay in
 * incident-validation.ts, sanctions.ts and retention.ts, which the services call.
 * Lists (people involved, evidence) arrive as repeated form fields and are read with
 * `readList`, since one form field name carries many values.
 */
import { z } from 'zod';
import { PARENT_CONTACT_METHODS } from './incident';
import { RESPONSE_ACTION_LABELS } from './categories';
import { parseLondonLocal } from '../calendar';
import { CONCERN_CATEGORY_KEYS, type ConcernCategory } from './concerns';

const id = (what: string) => z.string().uuid(`Choose ${what} from the list.`);

const localTime = (label: string) =>
	z
		.string()
		.trim()
		.min(1, `Enter ${label}.`)
		.transform((value, ctx) => {
			const at = parseLondonLocal(value);
			if (!at) ctx.addIssue({ code: 'custom', message: `Enter ${label} as a date and time.` });
			return at ?? new Date(NaN);
		});

const optionalLocalTime = (label: string) =>
	z
		.string()
		.trim()
		.optional()
		.transform((value, ctx) => {
			if (!value) return null;
			const at = parseLondonLocal(value);
			if (!at) ctx.addIssue({ code: 'custom', message: `Enter ${label} as a date.` });
			return at;
		});

const optionalText = (max: number) =>
	z
		.string()
		.trim()
		.max(max, `Keep it to ${max} characters or fewer.`)
		.optional()
		.transform((v) => (v ? v : null));

export const incidentFormSchema = z.object({
	reportedById: id('who reported it'),
	reportedToId: id('who it was reported to'),
	occurredAt: localTime('when it happened'),
	reportedAt: localTime('when it was reported'),
	description: z.string().trim().min(10, 'Write at least 10 characters about what happened.').max(5000, 'Keep it to 5000 characters or fewer.'),
	categoryKey: z.string().min(1, 'Choose a category from the list.'),
	parentsInformedAt: optionalLocalTime('when parents were told'),
	parentsInformedMethod: z
		.enum(['', ...PARENT_CONTACT_METHODS] as [string, ...string[]])
		.optional()
		.transform((v) => (v ? v : null)),
	reviewDate: optionalLocalTime('the review date'),
	reviewResult: optionalText(5000),
	// Ticked by the DSL: an allegation about the headteacher (head-allegations.ts).
	aboutHead: z.preprocess((v) => v === 'on', z.boolean()),
	alertId: z
		.union([z.literal(''), z.string().uuid('That alert does not exist.')])
		.optional()
		.transform((v) => (v ? v : null))
});
export type IncidentForm = z.infer<typeof incidentFormSchema>;

export const incidentActionSchema = z.object({
	action: z.enum(['other', ...Object.keys(RESPONSE_ACTION_LABELS)] as [string, ...string[]], { message: 'Choose an action from the list.' }),
	detail: optionalText(500),
	at: localTime('when it was done')
});

export const reviewResultSchema = z.object({
	reviewResult: z.string().trim().min(1, 'Enter the result of the review.').max(5000, 'Keep it to 5000 characters or fewer.')
});

export const pauseSchema = z.object({
	pupilId: id('the pupil'),
	until: localTime('the date messaging starts again'),
	reason: z.string().trim().min(1, 'Say briefly why.').max(500, 'Keep the reason to 500 characters or fewer.')
});

export const assignLessonSchema = z.object({
	pupilId: id('the pupil'),
	lessonId: z.string().trim().min(1, 'Choose a lesson.').max(200, 'Choose a lesson.'),
	dueBy: z
		.string()
		.trim()
		.optional()
		.transform((v) => (v ? v : null))
		.refine((v) => v === null || /^\d{4}-\d{2}-\d{2}$/.test(v), 'Enter the due date as a date.'),
	reason: z.string().trim().min(1, 'Say briefly why.').max(500, 'Keep the reason to 500 characters or fewer.')
});

export const notifyParentsSchema = z.object({
	pupilId: id('the pupil'),
	method: z.enum(PARENT_CONTACT_METHODS as unknown as [string, ...string[]], { message: 'Choose how parents will be told.' }),
	message: z.string().trim().min(10, 'Write at least 10 characters for the parents.').max(900, 'Keep the message to 900 characters or fewer.')
});

export const monitoringSchema = z.object({
	pupilId: z
		.union([z.literal(''), id('a pupil')])
		.optional()
		.transform((v) => (v ? v : null)),
	classId: z
		.union([z.literal(''), id('a class')])
		.optional()
		.transform((v) => (v ? v : null)),
	from: optionalLocalTime('the first day'),
	to: optionalLocalTime('the last day'),
	finding: z
		.string()
		.trim()
		.max(40, 'Choose a kind of finding from the list.')
		.optional()
		.transform((v) => (v ? v : null)),
	source: z
		.enum(['all', 'chat', 'blocked', 'email'])
		.optional()
		.transform((v) => v ?? 'all')
});
export type MonitoringFilters = z.infer<typeof monitoringSchema>;

/** The values of a repeated field, trimmed, empties dropped, at most `max` (more is refused by the caller). */
export function readList(form: FormData, name: string, max = 100): string[] | null {
	const values = form
		.getAll(name)
		.filter((v): v is string => typeof v === 'string')
		.map((v) => v.trim())
		.filter((v) => v !== '');
	return values.length > max ? null : values;
}

/** "I'm worried": the words are optional (pressing the button is enough). */
export const worrySchema = z.object({
	words: z.string().trim().max(1000, 'Please keep it to 1000 letters. You can tell a grown-up the rest.').optional().default('')
});
export type WorryInput = z.infer<typeof worrySchema>;

const concernWords = z.string().trim().min(10, 'Write at least 10 characters about what happened.').max(2000, 'Keep it to 2000 characters or fewer.');

/** A member of staff logs a concern; the pupils arrive as a repeated `pupilIds` field (readList). */
export const staffConcernSchema = z.object({
	words: concernWords,
	occurredAt: localTime('when it happened'),
	category: z
		.enum(['', ...CONCERN_CATEGORY_KEYS], { message: 'Choose an area from the list, or leave it empty.' })
		.optional()
		.transform((v) => (v ? (v as ConcernCategory) : null)),
	// A ticked box sends "on": the concern is about the headteacher.
	aboutHead: z.preprocess((v) => v === 'on', z.boolean())
});
export type StaffConcernForm = z.infer<typeof staffConcernSchema>;

/** A parent raises a concern about one of their own children. */
export const parentConcernSchema = z.object({
	pupilId: id('your child'),
	words: concernWords,
	occurredAt: optionalLocalTime('when it happened')
});
export type ParentConcernInput = z.infer<typeof parentConcernSchema>;

/** The DSL closes a concern without an incident, and says why. */
export const closeConcernSchema = z.object({
	reason: z.string().trim().min(5, 'Say briefly why it needs no incident.').max(1000, 'Keep the reason to 1000 characters or fewer.')
});

const wholeNumber = z.coerce.number({ message: 'Enter a whole number.' }).refine((n) => Number.isInteger(n), 'Enter a whole number.');

/**
 * The head's safeguarding settings: how long each kind of record is kept, and how many blocked
 * attempts in how many days alert the DSL. Only the shape here; the bounds (and their reasons)
 * are retention.ts's and repeated-blocks.ts's, checked by the service.
 */
export const safeguardingSettingsSchema = z
	.object({
		chatMessageDays: wholeNumber,
		classEmailDays: wholeNumber,
		blockedAttemptDays: wholeNumber,
		auditDays: wholeNumber,
		safeguardingUntilAge: wholeNumber,
		threshold: wholeNumber,
		windowDays: wholeNumber
	})
	.transform(({ threshold, windowDays, ...retention }) => ({ retention, repeatedBlocks: { threshold, windowDays } }));
