// The annual e-safety review: questions leaders answer each academic year, yes / partly / no,
// with evidence and an action. They cover the audit sections of the schools' e-safety policies
// (policy, people, agreements, teaching, data) and the DfE filtering and monitoring standards
// for schools (named responsible people, a yearly review, what is filtered and monitored, and
// telling users about it). Written in our own words.

export type ReviewAnswer = 'yes' | 'partly' | 'no';
export const REVIEW_ANSWERS: readonly ReviewAnswer[] = ['yes', 'partly', 'no'];
export const REVIEW_ANSWER_LABELS: Record<ReviewAnswer, string> = { yes: 'Yes', partly: 'Partly', no: 'No' };

export interface ReviewItem {
	key: string;
	section: string;
	question: string;
	/** What good evidence looks like, for the leader filling it in. */
	evidenceHint: string;
}

const item = (section: string, key: string, question: string, evidenceHint: string): ReviewItem => ({ key, section, question, evidenceHint });

export const REVIEW_ITEMS: readonly ReviewItem[] = [
	item(
		'Policy and leadership',
		'policy-current',
		'Our e-safety policy has been reviewed in the last twelve months, or since the last serious incident.',
		'Date of the last review and who agreed it.'
	),
	item(
		'Policy and leadership',
		'policy-governors',
		'Governors have agreed the current policy and a named governor oversees e-safety.',
		'Minutes of the meeting; the governor’s name.'
	),
	item(
		'Policy and leadership',
		'policy-published',
		'Staff and families can find the policy easily (staff handbook, school website).',
		'Where it is published.'
	),
	item(
		'Policy and leadership',
		'risk-log-reviewed',
		'The risk log has been reviewed this year and every open risk has an owner and a review date.',
		'The risk log’s overdue count.'
	),
	item('People and roles', 'dsl-named', 'A designated safeguarding lead and a deputy are named and known to all staff.', 'Names; where staff are told.'),
	item('People and roles', 'esafety-lead-named', 'Someone leads e-safety day to day and reports to the senior team.', 'Name and how often they report.'),
	item(
		'People and roles',
		'staff-training',
		'All staff, including new staff, have had e-safety and safeguarding training this year.',
		'Training dates and attendance.'
	),
	item('Agreements', 'staff-signed', 'Every member of staff has signed this year’s acceptable use agreement.', 'The staff signing list.'),
	item(
		'Agreements',
		'families-signed',
		'Pupils and their parents or carers have signed their agreements, and the consents are up to date.',
		'The signing lists; consents renewed this year.'
	),
	item(
		'Teaching',
		'lessons-every-term',
		'Every pupil has at least an hour of e-safety teaching each term, and those who fall short are caught up.',
		'The termly report’s lesson coverage.'
	),
	item('Teaching', 'rules-displayed', 'Simple rules for safe use are shown wherever pupils use devices.', 'Rooms and devices checked.'),
	item(
		'Teaching',
		'pupils-know-how-to-report',
		'Pupils know how to tell an adult when something online worries them.',
		'Pupil voice; use of the report buttons.'
	),
	item(
		'Filtering and monitoring',
		'fm-responsible-named',
		'A member of the senior team and a governor are named as responsible for filtering and monitoring.',
		'Names and their roles.'
	),
	item(
		'Filtering and monitoring',
		'fm-reviewed-yearly',
		'Filtering and monitoring provision has been reviewed this year (and after any change or incident).',
		'Date and outcome of the review.'
	),
	item(
		'Filtering and monitoring',
		'fm-blocks-harm',
		'Filtering blocks harmful and illegal content without stopping teaching and learning.',
		'Checks made; requests to unblock sites.'
	),
	item(
		'Filtering and monitoring',
		'fm-monitoring-effective',
		'Monitoring shows leaders what pupils and staff do online and concerns are acted on.',
		'How alerts reach the DSL; examples acted on.'
	),
	item('Filtering and monitoring', 'fm-users-told', 'Pupils, staff and families are told what is monitored and why.', 'Agreements and letters that say so.'),
	item(
		'Data and security',
		'data-protection',
		'Personal data is collected, kept and shared only as data protection law allows, and breaches are logged.',
		'The breach log; retention settings.'
	),
	item(
		'Data and security',
		'security-checked',
		'The security of the school’s systems has been checked this year, by us or an outside expert.',
		'Date and who checked.'
	),
	item(
		'Data and security',
		'photos-consent',
		'Photos of pupils are published only with current consent and without full names.',
		'Consent records; a sample of the website.'
	),
	item(
		'Incidents',
		'incidents-logged',
		'Every e-safety incident is logged, followed up and signed off, and patterns are looked at each term.',
		'The incident log; the termly report.'
	),
	item('Incidents', 'new-tech-assessed', 'New apps, sites and devices are checked for risks before pupils use them.', 'Recent examples.')
];

export const REVIEW_SECTIONS: readonly string[] = [...new Set(REVIEW_ITEMS.map((i) => i.section))];

export interface AnsweredItem {
	key: string;
	answer: ReviewAnswer;
	evidence: string;
	action: string;
}

export interface ReviewSummary {
	answered: number;
	total: number;
	counts: Record<ReviewAnswer, number>;
	/** Items answered partly or no, with their planned action, in checklist order. */
	actions: { key: string; question: string; answer: ReviewAnswer; action: string }[];
	/** Items whose answer got better or worse since last year. */
	changes: { key: string; question: string; from: ReviewAnswer; to: ReviewAnswer; better: boolean }[];
}

const RANK: Record<ReviewAnswer, number> = { no: 0, partly: 1, yes: 2 };

export function summariseReview(thisYear: readonly AnsweredItem[], lastYear: readonly AnsweredItem[]): ReviewSummary {
	const now = new Map(thisYear.map((a) => [a.key, a]));
	const before = new Map(lastYear.map((a) => [a.key, a]));
	const counts: Record<ReviewAnswer, number> = { yes: 0, partly: 0, no: 0 };
	const actions: ReviewSummary['actions'] = [];
	const changes: ReviewSummary['changes'] = [];
	for (const item of REVIEW_ITEMS) {
		const a = now.get(item.key);
		if (!a) continue;
		counts[a.answer] += 1;
		if (a.answer !== 'yes') actions.push({ key: item.key, question: item.question, answer: a.answer, action: a.action });
		const b = before.get(item.key);
		if (b && b.answer !== a.answer)
			changes.push({ key: item.key, question: item.question, from: b.answer, to: a.answer, better: RANK[a.answer] > RANK[b.answer] });
	}
	return { answered: counts.yes + counts.partly + counts.no, total: REVIEW_ITEMS.length, counts, actions, changes };
}

/** A partly or no answer needs an action; evidence is asked for every answer. */
export function checkReviewAnswer(answer: AnsweredItem): { field: string; message: string } | null {
	if (!REVIEW_ITEMS.some((i) => i.key === answer.key)) return { field: 'key', message: 'That question is not on the checklist.' };
	if (answer.answer !== 'yes' && answer.action.trim().length < 3) return { field: 'action', message: 'Say what will be done about it.' };
	return null;
}
