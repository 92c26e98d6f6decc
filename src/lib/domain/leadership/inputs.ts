// Input schemas for leaders' tools: the risk log, the data-breach log and the policy register. Zod at the edge;
// cross-field rules live in risks.ts and breaches.ts.
import { z } from 'zod';
import { RISK_CATEGORIES } from './risks';
import { POLICY_KINDS } from './policies';

const text = (what: string, min: number, max: number) =>
	z
		.string({ message: `Enter ${what}.` })
		.trim()
		.min(min, min > 1 ? `Write at least ${min} characters for ${what}.` : `Enter ${what}.`)
		.max(max, `Keep ${what} to ${max} characters or fewer.`);

const score = (what: string) =>
	z.coerce
		.number({ message: `Choose the ${what} from 1 to 5.` })
		.int(`Choose the ${what} from 1 to 5.`)
		.min(1, `Choose the ${what} from 1 to 5.`)
		.max(5, `Choose the ${what} from 1 to 5.`);

const isoDate = (what: string) => z.string({ message: `Enter ${what}.` }).regex(/^\d{4}-\d{2}-\d{2}$/, `Enter ${what} as a date.`);

export const riskSchema = z.object({
	title: text('a short title', 3, 120),
	description: text('a description', 10, 2000),
	category: z.enum(RISK_CATEGORIES, { message: 'Choose a category from the list.' }),
	likelihood: score('likelihood'),
	impact: score('impact'),
	ownerId: z.string().uuid('Choose an owner from the list.'),
	mitigations: text('the mitigations', 3, 4000),
	reviewOn: isoDate('a review date')
});
export type RiskInput = z.infer<typeof riskSchema>;

export const updateRiskSchema = riskSchema.extend({
	riskId: z.string().uuid('That risk does not exist.'),
	note: z.string().trim().max(500, 'Keep the note to 500 characters or fewer.').default(''),
	// The version the leader was looking at, so a stale edit is refused (see updateRisk).
	version: z.coerce.number().int().min(1).optional()
});

export const closeRiskSchema = z.object({
	riskId: z.string().uuid('That risk does not exist.'),
	note: text('why it is closed', 3, 500)
});

// A date and time typed in a browser's datetime-local field (London time, no zone).
const localDateTime = (what: string) => z.string({ message: `Enter ${what}.` }).regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, `Enter ${what} as a date and time.`);
const optionalLocalDateTime = (what: string) =>
	z
		.union([z.literal(''), localDateTime(what)])
		.optional()
		.transform((v) => (v ? v : null));

export const breachSchema = z.object({
	discoveredAt: localDateTime('when it was found'),
	occurredAt: optionalLocalDateTime('when it happened'),
	summary: text('what happened', 10, 4000),
	dataAffected: text('what data was affected', 3, 2000),
	peopleAffected: text('who was affected (how many, which groups: no names)', 3, 1000),
	containment: text('what was done to contain it', 3, 4000),
	icoDecision: z.enum(['told', 'not-needed', 'undecided'], { message: 'Choose whether the ICO was told.' }),
	icoToldAt: optionalLocalDateTime('when the ICO was told'),
	icoReason: z.string().trim().max(2000, 'Keep the reason to 2000 characters or fewer.').default(''),
	lessons: z.string().trim().max(4000, 'Keep the lessons to 4000 characters or fewer.').default('')
});
export type BreachInput = z.infer<typeof breachSchema>;

export const updateBreachSchema = breachSchema.extend({ breachId: z.string().uuid('That breach does not exist.') });

export const reviewAnswerSchema = z.object({
	yearStart: z.coerce.number().int().min(2000, 'Choose a school year.').max(2100, 'Choose a school year.'),
	key: z.string().trim().min(1, 'Choose a question.').max(60, 'Choose a question.'),
	answer: z.enum(['yes', 'partly', 'no'], { message: 'Answer yes, partly or no.' }),
	evidence: z.string().trim().max(2000, 'Keep the evidence to 2000 characters or fewer.').default(''),
	action: z.string().trim().max(1000, 'Keep the action to 1000 characters or fewer.').default('')
});

// The policy register (see policies.ts). A checkbox sends "on" when ticked and nothing when not.
const ticked = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());

/** A whole policy as text: long enough for the longest school policy we have seen, twice. */
export const POLICY_BODY_MAX = 100_000;

const policyFields = {
	title: text('the policy name', 3, 120),
	kind: z.enum(POLICY_KINDS, { message: 'Choose what kind of policy it is.' }),
	ownerId: z.string().uuid('Choose an owner from the list.'),
	reviewOn: isoDate('a review date'),
	requiresAcknowledgement: ticked
};

export const newPolicySchema = z.object({ ...policyFields, body: text('the policy text', 20, POLICY_BODY_MAX) });
export type NewPolicyInput = z.infer<typeof newPolicySchema>;

export const policyDetailsSchema = z.object({
	...policyFields,
	policyId: z.string().uuid('That policy does not exist.'),
	withdrawn: ticked
});
export type PolicyDetailsInput = z.infer<typeof policyDetailsSchema>;

export const policyVersionSchema = z.object({
	policyId: z.string().uuid('That policy does not exist.'),
	body: text('the policy text', 20, POLICY_BODY_MAX),
	changeNote: text('what has changed', 3, 500)
});
export type PolicyVersionInput = z.infer<typeof policyVersionSchema>;

export const acknowledgePolicySchema = z.object({ versionId: z.string().uuid('That policy does not exist.') });

/** The head marks a governor the chair of governors; an empty choice means none. */
export const chairOfGovernorsSchema = z.object({
	governorId: z.string().trim().max(64, 'Choose a governor from the list.')
});

/** A new version uploaded as a file: the file itself is checked by its bytes (policy-files.ts). */
export const policyFileVersionSchema = z.object({
	policyId: z.string().uuid('That policy does not exist.'),
	changeNote: text('what has changed', 3, 500)
});
export type PolicyFileVersionInput = z.infer<typeof policyFileVersionSchema>;
