// Arranging to meet, and asking for the things that make meeting possible.
// Owns rules: meeting.meet-up, meeting.come-round, meeting.ask-where,
// meeting.ask-photo, meeting.home-alone. "Nice to meet you", "meet the
// author" and "we met a dinosaur" are not arrangements and pass.

import { matchPhrases, phrase, YOU, type PhraseRule } from './phrases.js';
import type { WordView } from './normalise.js';
import type { RawFinding } from './types.js';

const PLACE =
	'(?:the |my |your |ur |our )?(?:park|shop|shops|house|home|mine|yours|station|bus stop|corner|field|woods|rec|garden|gate|car park|cinema|mcdonalds|maccies|maccys|library|back|alley|bridge|playground|beach|lake|river|swings)';
const WHEN =
	'(?:after school|tonight|tomorrow|later|at the weekend|this weekend|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on the weekend|at \\d{1,2}(?: ?(?:am|pm|oclock))?|at (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: oclock)?|at night|in the holidays)';
const POLITE = /\b(?:nice|pleased|good|lovely|great|glad|happy|wait|excited|forward|honour|want|like|love|hope) to meet (?:you|u)(?! (?:at|in|by|outside|near|behind|after|tonight|tomorrow|later|on|there) (?:the |my |your )?(?:park|shop|house|home|mine|yours|station|corner|field|woods|gate|back|night|weekend|saturday|sunday|\d))/;

const RULES: readonly PhraseRule[] = [
	{ rule: 'meeting.meet-up', pattern: phrase(`(?:lets|let us|shall we|should we|can we|could we|wanna|want to|do you want to|dya want to|we should|we could) (?:meet|meat|meetup)(?: up)?(?: ${YOU})?`), needs: /meet|meat/ },
	{ rule: 'meeting.meet-up', pattern: phrase(`(?:meet|meat) (?:me|up|meh)(?: (?:at|in|by|outside|near|behind|after|tonight|tomorrow|later|on)(?: [a-z0-9]+){0,3})?`), unless: /\b(?:meet me halfway)\b/, needs: /meet|meat/ },
	{ rule: 'meeting.meet-up', pattern: phrase(`(?:meet|meat|see) ${YOU} (?:at|in|by|outside|near|behind|round) ${PLACE}`), unless: POLITE, needs: /meet|meat|see/ },
	{ rule: 'meeting.meet-up', pattern: phrase(`(?:meet|meat) ${YOU} ${WHEN}`), unless: POLITE, needs: /meet|meat/ },
	{ rule: 'meeting.meet-up', pattern: phrase(`(?:meet|meat|see) ${YOU} (?:at|outside|by) ${PLACE} ${WHEN}|${YOU} (?:free|about|around|out) ${WHEN}(?: to (?:meet|hang out|play out))?`) },
	{ rule: 'meeting.come-round', pattern: phrase(`(?:come|cum|coming|pop) (?:round|over|around|roun)(?: to| 2)? (?:mine|my house|my flat|my place|my nans|my home|my garden|later|after school|tonight|tomorrow|at the weekend)`), needs: /come|cum|coming|pop/ },
	{ rule: 'meeting.come-round', pattern: phrase(`(?:come|cum|coming) (?:to|2) (?:mine|my house|my flat|my place|my home)(?! for (?:tea|dinner|my party) with (?:your|ur) (?:mum|dad))`), needs: /come|cum|coming/ },
	{ rule: 'meeting.come-round', pattern: phrase(`can i come (?:to|round|over|round to|over to|2) (?:your|ur) (?:house|home|flat|place)|can i come (?:round|over) (?:later|tonight|tomorrow|after school)|(?:hang|play) out (?:with me )?(?:at|in) ${PLACE}`) },
	{ rule: 'meeting.ask-where', pattern: phrase(`(?:where|wer|were|wear|wher|whr) do ${YOU} live|where (?:do|does) (?:your|ur) (?:mum|dad|family) live|wheres (?:your|ur) house|what(?:s| is) (?:your|ur) (?:address|addres|postcode|post code|phone number|number|mobile|mobile number|snap|snapchat|insta|tiktok)|(?:give|send|tell) me (?:your|ur) (?:address|number|phone number|postcode|mobile)|what street do ${YOU} live|what school do ${YOU} go to`) },
	{ rule: 'meeting.ask-photo', pattern: phrase(`(?:send|show) me (?:a )?(?:photo|pic|picture|pik|selfie|video|vid)s? (?:of ${YOU}(?:rself|r face)?|in ${YOU}r)|send (?:me )?(?:a )?selfie`), needs: /send|show|selfie/ },
	{ rule: 'meeting.home-alone', pattern: phrase(`are ${YOU} (?:home alone|on ${YOU}r own at home|by ${YOU}rself)|(?:is|are) (?:your|ur) (?:mum|dad|parents|mom) (?:home|in|out|there)|^(?:your|ur) (?:mum|dad|parents|mom) (?:home|in|out)$|when (?:is|are) (?:your|ur) (?:mum|dad|parents|mom) (?:out|away|at work)`) }
];

/** Arrangements to meet and requests for whereabouts or pictures. */
export function findMeetings(view: WordView): RawFinding[] {
	return matchPhrases(view, RULES, 'meeting');
}
