/**
 * Input schemas for agreements, consents and invitations (zod), shared by forms and
 * services. Owns the limits: names and witness names are short, a rule is at most 600
 * characters, an agreement has at most 30 items, and the invitation code's own format
 * is checked by normaliseInvitationCode, not here, so the parent gets its precise message.
 */
import { z } from 'zod';
import { AGREEMENT_KINDS, CONSENT_KINDS, type AgreementItem, type AgreementText } from './types';

const id = z.string().uuid('Choose from the list.');
const personName = z
	.string()
	.trim()
	.min(1, 'Enter a name.')
	.max(60, 'Use at most 60 characters.')
	.regex(/^[\p{L}][\p{L}' .-]*$/u, 'Use letters, spaces, hyphens and apostrophes only.');

export const signOwnSchema = z.object({
	documentId: id,
	witness: z.string().trim().max(80, 'Use at most 80 characters.').optional()
});

export const signForChildSchema = z.object({ pupilId: id, documentId: id });

export const consentSchema = z.object({
	pupilId: id,
	kind: z.enum(CONSENT_KINDS as [string, ...string[]], { message: 'Choose a consent.' }),
	decision: z.enum(['given', 'refused'], { message: 'Choose yes or no.' })
});

export const codeField = z.string().max(64, 'That code is too long.');

export const joinSchema = z
	.object({
		code: codeField,
		firstName: personName,
		surname: personName,
		username: z
			.string()
			.trim()
			.toLowerCase()
			.min(2, 'Use at least 2 characters.')
			.max(64, 'Use at most 64 characters.')
			.regex(/^[a-z0-9][a-z0-9._-]+$/, 'Use lower-case letters, numbers, dots, hyphens or underscores.'),
		password: z.string().min(1, 'Choose a password.').max(200, 'Use at most 200 characters.'),
		confirmPassword: z.string().max(200, 'Use at most 200 characters.')
	})
	.refine((v) => v.password === v.confirmPassword, { message: 'The two passwords do not match.', path: ['confirmPassword'] });

export const linkChildSchema = z.object({ code: codeField });

export const pupilIdSchema = z.object({ pupilId: id });
export const invitationIdSchema = z.object({ invitationId: id });

// No pupil: remind every family in the class that has something missing.
export const remindSchema = z.object({ pupilId: id.optional() });

export const paperFormSchema = z.object({
	pupilId: id,
	signer: z.enum(['pupil', 'parent'], { message: 'Choose who signed the form.' }),
	parentId: id.optional(),
	'messaging-internet': z.enum(['given', 'refused', '']).optional(),
	'publish-work-to-family': z.enum(['given', 'refused', '']).optional(),
	photographs: z.enum(['given', 'refused', '']).optional(),
	'school-website': z.enum(['given', 'refused', '']).optional(),
	press: z.enum(['given', 'refused', '']).optional(),
	'high-profile-use': z.enum(['given', 'refused', '']).optional()
});

export const agreementKindSchema = z.enum(AGREEMENT_KINDS as [string, ...string[]], { message: 'Choose an agreement.' });

const MAX_ITEMS = 30;
const short = (label: string, max: number) => z.string().trim().max(max, `${label}: use at most ${max} characters.`);

/** The publish form: title, intro, closing, and numbered item fields item-<n>-text etc. */
export const publishSchema = z.record(z.string(), z.string()).transform((raw, ctx) => {
	const items: AgreementItem[] = [];
	for (let n = 0; n < MAX_ITEMS; n++) {
		const text = (raw[`item-${n}-text`] ?? '').trim();
		if (!text) continue; // An emptied rule is a removed rule.
		const itemId = (raw[`item-${n}-id`] ?? '').trim() || `rule-${n + 1}`;
		const heading = (raw[`item-${n}-heading`] ?? '').trim();
		const symbol = (raw[`item-${n}-symbol`] ?? '').trim();
		const alt = (raw[`item-${n}-alt`] ?? '').trim();
		if (text.length > 600 || heading.length > 100 || symbol.length > 16 || alt.length > 120 || itemId.length > 40) {
			ctx.addIssue({ code: 'custom', path: ['text'], message: `Rule ${n + 1} is too long.` });
			return z.NEVER;
		}
		items.push({ id: itemId, text, ...(heading ? { heading } : {}), ...(symbol || alt ? { pictogram: { symbol, alt } } : {}) });
	}
	const fields = z
		.object({
			kind: agreementKindSchema,
			title: short('Title', 200),
			intro: short('Introduction', 2000),
			closing: short('Closing', 2000),
			requiresResign: z.enum(['yes', 'no'], { message: 'Say whether everyone must sign again.' })
		})
		.safeParse(raw);
	if (!fields.success) {
		for (const issue of fields.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
		return z.NEVER;
	}
	const text: AgreementText = { title: fields.data.title, intro: fields.data.intro, items, closing: fields.data.closing };
	return { kind: fields.data.kind, text, requiresResign: fields.data.requiresResign === 'yes' };
});

/** One checkbox per consent that may lapse each September ("yearly-<kind>" = "on"). */
export const yearlyConsentsSchema = z
	.object({
		'yearly-publish-work-to-family': z.literal('on').optional(),
		'yearly-photographs': z.literal('on').optional(),
		'yearly-school-website': z.literal('on').optional(),
		'yearly-press': z.literal('on').optional(),
		'yearly-high-profile-use': z.literal('on').optional()
	})
	.transform((form) =>
		Object.keys(form)
			.filter((k) => form[k as keyof typeof form] === 'on')
			.map((k) => k.slice('yearly-'.length))
	);
