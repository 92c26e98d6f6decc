/**
 * What a pupil is told after staff act on something they reported or wrote.
 *
 * Rules owned here:
 * - a pupil who reported a message always hears back, whatever the teacher decided, and is
 *   thanked for telling: reporting must never feel like a mistake;
 * - when the report was not needed, the teacher's own words (if any) go with it;
 * - a pupil whose message, email or work was taken down is told kindly, never with the
 *   staff's reason (that is kept for the record), and told who to ask.
 */

export type ReportAnswer = 'upheld' | 'dismissed';

/** `what` is what was reported, as a child would name it ("a message", "an email"). */
export function noteForReporter(answer: ReportAnswer, teacherWords: string | null, what = 'a message'): string {
	const thanks = `Thank you for telling us about ${what}.`;
	if (answer === 'upheld') return `${thanks} Your teacher agreed with you and has taken it away.`;
	const words = teacherWords ? ` Your teacher says: “${teacherWords}”` : '';
	return `${thanks} Your teacher looked at it carefully and thinks it is all right, so it stays.${words} You can always tell a grown-up if something worries you.`;
}

export type TakenDownKind = 'chat-message' | 'email' | 'shared-work';

const WHAT: Readonly<Record<TakenDownKind, string>> = {
	'chat-message': 'a message you wrote in class chat',
	email: 'an email you wrote',
	'shared-work': 'some work you shared with your family'
};

export function noteForTakenDown(kind: TakenDownKind): string {
	return `Your teacher has taken down ${WHAT[kind]}, to keep everyone safe. You are not in trouble for asking about it: your teacher can tell you more.`;
}
