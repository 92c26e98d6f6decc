/**
 * What the school may tell someone outside the app, and in which words.
 *
 * Rules owned here:
 * - every notification has a reason, and every reason a topic; safeguarding and account
 *   mail can never be turned off or unsubscribed from, the other topics can;
 * - an email says in one sentence what is waiting and gives a link that needs sign-in: no
 *   child's words, no child's name (not even the reader's own child's), no evidence; the
 *   one exception is an invitation letter, which names the child by first name as the
 *   printed letter does (the family is being invited because of that child);
 * - an urgent alert's email names what kind of alert it is in adult words (never the
 *   summary, which names a pupil, and never the words that raised it);
 * - every email names the school and has a plain-text part.
 */
export type NotificationReason =
	| 'alert.urgent'
	| 'alert.digest'
	| 'alert.unopened'
	| 'account.password-reset'
	| 'queue.waiting'
	| 'work.shared'
	| 'notice.reminder'
	| 'notice.school'
	| 'class.worried'
	| 'class.announcement'
	| 'allegation.head'
	| 'family.invitation';

export type NotificationTopic =
	'safeguarding' | 'account' | 'queue' | 'family-work' | 'family-reminders' | 'school-notice' | 'class-worries' | 'family-announcements';

export const TOPIC_OF: Readonly<Record<NotificationReason, NotificationTopic>> = {
	'alert.urgent': 'safeguarding',
	'alert.digest': 'safeguarding',
	'alert.unopened': 'safeguarding',
	'account.password-reset': 'account',
	'queue.waiting': 'queue',
	'work.shared': 'family-work',
	'notice.reminder': 'family-reminders',
	// A note the safeguarding lead chose to send about the family's own child.
	'notice.school': 'school-notice',
	// The class teacher hears that a pupil asked for help; the DSL's own alert cannot be turned off.
	'class.worried': 'class-worries',
	// A teacher's note to the families of a class (class-announcements.ts).
	'class.announcement': 'family-announcements',
	// The chair of governors hears of an allegation about the head: a safeguarding duty, never muted.
	'allegation.head': 'safeguarding',
	// An invitation letter emailed to a family with no account yet: a one-off, never unsubscribed from.
	'family.invitation': 'account'
};

/** What each notification is, in the head's words (the notifications page). */
export const REASON_LABELS: Readonly<Record<NotificationReason, string>> = {
	'alert.urgent': 'Urgent safeguarding alert',
	'alert.digest': 'Daily summary of safeguarding alerts',
	'alert.unopened': 'Urgent alert not opened (to the head)',
	'account.password-reset': 'Password reset link',
	'queue.waiting': 'Review queue waiting',
	'work.shared': 'Work shared with a family',
	'notice.reminder': 'Agreement reminder',
	'notice.school': 'Note about a child',
	'class.worried': '“I’m worried” in a teacher’s class',
	'class.announcement': 'Note to a class’s families',
	'allegation.head': 'Concern about the head (to the chair of governors)',
	'family.invitation': 'Invitation letter by email'
};

/** Topics a person may turn off, with the words shown on their account page. */
export const OPTIONAL_TOPICS: Readonly<
	Record<'queue' | 'class-worries' | 'family-work' | 'family-reminders' | 'family-announcements', { label: string; for: 'staff' | 'parent' }>
> = {
	queue: { label: 'Messages waiting too long in my review queue', for: 'staff' },
	'class-worries': {
		label: 'Email me when a pupil in my class presses “I’m worried” (the safeguarding lead is always told, and it always shows on my class page)',
		for: 'staff'
	},
	'family-work': { label: 'When my child shares a piece of work with me', for: 'parent' },
	'family-reminders': { label: 'Reminders to sign agreements and answer consent questions', for: 'parent' },
	'family-announcements': { label: 'Messages from my child’s class teacher to the families of the class', for: 'parent' }
};

export type OptionalTopic = keyof typeof OPTIONAL_TOPICS;

export function isOptionalTopic(topic: string): topic is OptionalTopic {
	return Object.hasOwn(OPTIONAL_TOPICS, topic);
}

export function mayUnsubscribe(reason: NotificationReason): boolean {
	return isOptionalTopic(TOPIC_OF[reason]);
}

/** Whether this person wants email for this reason; safeguarding and account mail always go. */
export function wantsEmail(reason: NotificationReason, mutedTopics: readonly string[]): boolean {
	return !mayUnsubscribe(reason) || !mutedTopics.includes(TOPIC_OF[reason]);
}

/**
 * A password-reset link and an invitation link carry a secret (the token, the code): the
 * app forgets it once the email has gone, keeping only where it led. Null for other links.
 */
export function linkAfterSending(reason: NotificationReason): string | null {
	if (reason === 'account.password-reset') return '/reset';
	if (reason === 'family.invitation') return '/join';
	return null;
}

export type MessageFacts =
	| { reason: 'alert.urgent'; kind: string; severity: string }
	| { reason: 'alert.digest'; count: number }
	| { reason: 'alert.unopened'; raisedAtLondon: string }
	| { reason: 'account.password-reset'; username: string; minutes: number }
	| { reason: 'queue.waiting'; count: number; oldestMinutes: number; thresholdMinutes: number }
	| { reason: 'work.shared' }
	| { reason: 'notice.reminder' }
	| { reason: 'notice.school' }
	| { reason: 'class.worried' }
	| { reason: 'class.announcement' }
	| { reason: 'allegation.head' }
	| { reason: 'family.invitation'; childFirstName: string; className: string; expiresOn: string };

export interface NotificationWords {
	subject: string;
	sentence: string;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The subject and the one sentence for a notification; nothing else about the event goes out. */
export function wordsFor(facts: MessageFacts): NotificationWords {
	switch (facts.reason) {
		case 'alert.urgent': {
			const what = urgentAlertWords(facts.kind, facts.severity);
			return {
				subject: `Urgent safeguarding alert: ${what.name}`,
				sentence: `${what.sentence} Please sign in and read the alert as soon as you can.`
			};
		}
		case 'alert.digest':
			return {
				subject: 'Safeguarding alerts today',
				sentence: `${plural(facts.count, 'safeguarding alert is', 'safeguarding alerts are')} waiting for you since your last summary.`
			};
		case 'alert.unopened':
			return {
				subject: 'An urgent safeguarding alert has not been opened',
				sentence: `An urgent safeguarding alert raised at ${facts.raisedAtLondon} has not been opened by the safeguarding lead for 30 minutes.`
			};
		case 'account.password-reset':
			return {
				subject: 'Reset your password',
				sentence: `Someone asked to reset the password of the account ${facts.username}. The link below works once, for ${facts.minutes} minutes. If it was not you, you can ignore this email.`
			};
		case 'queue.waiting':
			return {
				subject: 'Messages are waiting in your review queue',
				sentence: `${plural(facts.count, 'item has', 'items have')} waited more than ${facts.thresholdMinutes} minutes in your review queue; the oldest has waited ${plural(facts.oldestMinutes, 'minute', 'minutes')}.`
			};
		case 'work.shared':
			return { subject: 'Your child shared a piece of work with you', sentence: 'Your child shared a piece of work with you. Sign in to see it.' };
		case 'notice.reminder':
			return {
				subject: 'Please sign the family agreement',
				sentence: 'The school is waiting for your family agreement and consent answers. Sign in to give them.'
			};
		case 'notice.school':
			return { subject: 'A note from the school about your child', sentence: 'The school has sent you a note about your child. Sign in to read it.' };
		case 'class.announcement':
			return {
				subject: 'A message from your child’s class',
				sentence: 'Your child’s class teacher has written to the families of the class. Sign in to read it.'
			};
		case 'allegation.head':
			return {
				subject: 'A concern for the chair of governors',
				sentence: 'A member of staff has logged a concern that comes to you as chair of governors. Please sign in to read it.'
			};
		case 'family.invitation':
			return {
				subject: `Join ${facts.childFirstName}’s class on Safe Classroom`,
				sentence: `${facts.childFirstName}’s class (${facts.className}) uses Safe Classroom. To see the work ${facts.childFirstName} shares with you and sign the family agreement, open the link below and choose your own username and password. The link holds your invitation code, which works once, until ${facts.expiresOn}.`
			};
		case 'class.worried':
			return {
				subject: 'A pupil in your class asked for help',
				sentence: 'A pupil in your class pressed “I’m worried”. The safeguarding lead has been told. Sign in to see who, and keep a kind eye on them.'
			};
	}
}

/**
 * What an urgent alert is about, in words for the safeguarding lead: a short name for the
 * subject line and one sentence. Matches the screen's severities (screening/severity.ts):
 * self-harm and grooming are urgent on their own; a meeting or a pupil's whereabouts is
 * urgent with secrecy or an adult the pupil may not know. Says nothing of who or what was written.
 */
export function urgentAlertWords(kind: string, severity: string): { name: string; sentence: string } {
	switch (kind) {
		case 'self-harm':
			return { name: 'possible self-harm', sentence: 'A message suggests that a pupil may want to hurt themselves.' };
		case 'grooming-signs':
			return { name: 'possible grooming', sentence: 'A message contains language typical of grooming.' };
		case 'meeting-request':
			return severity === 'urgent'
				? {
						name: 'a meeting or whereabouts with secrecy',
						sentence: 'A message arranges a meeting or says where a pupil is, with a request to keep it secret or involving an adult the pupil may not know.'
					}
				: { name: 'talk of meeting up', sentence: 'A message talks about meeting up away from school.' };
		case 'secrecy-request':
			return { name: 'a request for secrecy', sentence: 'A message asks a pupil to keep something from the adults around them.' };
		case 'pupil-report':
			return { name: 'a pupil reported a message', sentence: 'A pupil reported a message that worried them.' };
		case 'teacher-escalation':
			return { name: 'a teacher escalated a message', sentence: 'A teacher escalated a message to you.' };
		case 'pupil-worried':
			return { name: 'a pupil asked for help', sentence: 'A pupil pressed “I’m worried”.' };
		case 'staff-concern':
			return { name: 'a concern from staff', sentence: 'A member of staff logged a concern about a pupil.' };
		case 'parent-concern':
			return { name: 'a concern from a parent', sentence: 'A parent raised a concern about their child.' };
		case 'repeated-blocked-details':
			return { name: 'repeated personal details', sentence: 'A pupil tried several times to share personal details.' };
		default:
			return { name: 'waiting for you', sentence: 'An urgent safeguarding alert is waiting for you.' };
	}
}

export interface EmailParts {
	subject: string;
	text: string;
	html: string;
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The whole email: the school's name, the sentence, the link, and where to change what arrives. */
export function composeEmail(input: {
	schoolName: string;
	subject: string;
	sentence: string;
	link: string | null;
	preferencesLink: string | null;
}): EmailParts {
	const lines = [input.sentence, ''];
	if (input.link) lines.push(input.link, '');
	lines.push(`${input.schoolName}`);
	if (input.preferencesLink) lines.push('', `Choose which emails you get: ${input.preferencesLink}`);
	const html = [
		`<p>${escapeHtml(input.sentence)}</p>`,
		input.link ? `<p><a href="${escapeHtml(input.link)}">${escapeHtml(input.link)}</a></p>` : '',
		`<p>${escapeHtml(input.schoolName)}</p>`,
		input.preferencesLink ? `<p><a href="${escapeHtml(input.preferencesLink)}">Choose which emails you get</a></p>` : ''
	].join('');
	return { subject: `${input.subject} · ${input.schoolName}`, text: `${lines.join('\n')}\n`, html };
}
