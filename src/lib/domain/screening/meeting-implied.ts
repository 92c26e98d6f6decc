// A meet-up implied rather than asked for: a place only the two children know or one of their
// homes, with a time, and something that makes it a plan ("same place as last saturday yeah?
// after lunch, bring the football", "sleepover at mine friday!! ur mum can drop u after 6",
// "lets do the thing at the place we said, half term tuesday", "come to mine on saturday").
// Owns rule meeting.implied; read by meeting.ts only where its own rules found nothing, so its
// filters still apply (a grown-up's plan, in school, a story, a lesson). No "meet" and no named
// place: the place is shared between the two, which is why a stranger who has groomed a child
// uses just these words. A school event, a party that has happened or a story passes.

import type { WordView } from './normalise.js';
import { wordTest } from './phrases.js';
import type { RawFinding } from './types.js';
import { wholeMessage } from './whole-message.js';

// A place shared by the two, or one of their homes.
const SHARED_PLACE =
	/\b(?:same (?:place|spot)|the (?:place|spot) (?:we said|we agreed|we talked about|from before|from last time)|(?:our|the) usual (?:place|spot)|(?:at|to|round|come to|come round|over at) (?:mine|ours|yours|urs)|(?:at|to|round) my (?:house|flat)|sleepover at)\b/;
// When: a day, a part of the day, or the same time as before.
const WHEN =
	/\b(?:today|tonight|tonite|tomorrow|tmrw|2moro|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|half term|holidays|after (?:school|lunch|tea|dinner|football|swimming)|same time|at (?:\d{1,2}|half \d{1,2})|after \d{1,2})\b/;
// What makes it a plan between them: bring something, be there, a lift, a question back.
const PLAN =
	/\b(?:bring|dont be late|be there|see (?:u|you|ya) there|drop (?:u|you)|pick (?:u|you) up|come|can (?:u|you) come|ask (?:ur|your) mum|lets|yeah|ok|k)\b/;
// A party that happened, a school event, a story or a lesson.
const NOT_A_PLAN = /\b(?:was|were|had|went|yesterday|last night|story|character|film|book|lesson|never|dont (?:go|meet)|class|assembly|teacher|mrs|mr|miss)\b/;

// Every plan here names a shared place, and most messages name none: asked through the phrase index
// (phrases.ts wordTest), the same answer as the plain test without a scan of the text.
const SHARED_PLACE_TEST = wordTest(SHARED_PLACE);

/** meeting.implied where a plan to meet at a shared place and a time is told, else nothing. */
export function findImpliedMeetings(view: WordView): RawFinding[] {
	const text = view.text;
	if (!SHARED_PLACE_TEST.test(view) || !WHEN.test(text) || !PLAN.test(text) || NOT_A_PLAN.test(text)) return [];
	return [wholeMessage(view, 'meeting', 'meeting.implied')];
}
