// Arranging to meet, seen as a situation: an invitation to a place away from
// school, a time, a pick-up, a sleepover, and asking for the details that make
// meeting possible. Owns rules: meeting.meet-up, meeting.come-round,
// meeting.invite (a place and a time, "come to the skatepark at 6, just you"),
// meeting.pick-up ("I'll pick you up from school in a blue car"),
// meeting.sleepover, meeting.ask-where ("where do you live"), meeting.situation
// (any arrangement that brings the reader to a place away from school or at a
// time outside it, however it is worded: "ill wait for you behind the leisure
// centre at 5", "bring ur scooter to the skatepark after school", "party at mine
// on friday, come at 5"). A plan a parent is making with the reader's parent ("mum
// said you can come to ours for tea, she will text your mum") passes; the writer's
// relative fetching the reader or bringing them home, with no word of the reader's
// parent ("my uncle can come and get you from your house"), does not.
// What passes: meet-ups inside the school day and grounds (at break, in the
// library, by the climbing frame), polite phrases ("nice to meet you"), stories
// told about other people ("the villain met them at midnight") and e-safety
// lesson talk ("never meet someone from online"). Meeting someone else is read in meeting-older.ts
// (meeting.someone-older, "meet him at the station, hes 17"), after these rules and the shapes.

import { matchPhrases, phrase, wordTest, YOU, type PhraseRule } from './phrases.js';
import { findMeetingShapes, lettersJoined } from './meeting-shapes.js';
import { findImpliedMeetings } from './meeting-implied.js';
import { findOlderMeetings } from './meeting-older.js';
import type { WordView } from './normalise.js';
import type { RawFinding } from './types.js';
import { frames, readSpeaking, type Speaking } from './speaking.js';
import { GAME_CHALLENGE, OWN_DROP_OFF, PARENTS_PLAN, withoutSchoolDay } from './meeting-school-day.js';
import { FAMILY_TAKES_US } from './just-us.js';
import { wholeMessage } from './whole-message.js';

const AWAY =
	'(?:the |my |your |ur |our |a )?(?:big |little |old |new )?(?:park|skate ?park|shop|shops|corner shop|house|home|mine|yours|station|train station|bus stop|bus station|corner|field|woods|rec|garden|car park|cinema|mcdonalds|maccies|maccys|kfc|greggs|tesco|tescos|asda|co op|spar|back|alley|bridge|beach|lake|river|canal|swings|town|high street|shopping centre|arcade|leisure centre|pool|chippy|garages|end of (?:my|your|ur|the) (?:road|street)|top of (?:my|your|ur|the) (?:road|street)|flat|nans|my nans|gran|my grans|den|forest|path|underpass)';
const PLACE = `(?:${AWAY}|the (?:school )?gates?|the library|the playground)`;
const TIME =
	'(?:after school|after tea|tonight|tomorrow(?: night)?|later|at the weekend|this weekend|on the weekend|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: night| morning)?|at \\d{1,2}(?:[:.]\\d\\d)?(?: ?(?:am|pm|oclock|ish))?|at (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half [a-z]+|half \\d{1,2}|midnight)(?: oclock| ish)?|at night|in the holidays|in the dark|when its dark|after dark|before school|at home time)';
const POLITE =
	/\b(?:nice|pleased|good|lovely|great|glad|happy|wait|excited|forward|honour|want|like|love|hope) to meet (?:you|u)(?! (?:at|in|by|outside|near|behind|after|tonight|tomorrow|later|on|there) (?:the |my |your )?(?:park|shop|house|home|mine|yours|station|corner|field|woods|gate|back|night|weekend|saturday|sunday|\d))/;
const INVITE =
	'(?:come|cum|coming|pop|go|walk|ride|cycle|bike|get the bus|meet|meat|see you|see u|c u|cu|be|hang out|hang|chill|play out|wait(?: for me)?|find me|ill be|i ll be|im)';

// A time as children type it in a hurry: "2moro", "sat", "11am".
const SHORT_TIME = '(?:2moro|2morrow|tmrw|tmr|tomorrow|tonight|2nite|sat|sun|fri|saturday|sunday|friday|wkend|weekend|after school|\\d{1,2} ?(?:am|pm))';

// The words of a place named at length ("the leisure centre car park"), not the start of another clause.
const PLACE_WORDS = '(?:(?!(?:see|you|u|ya|there|then|and|but|so|dont|be|come|meet|i|im|ill|we)\\b)[a-z0-9]+ ){1,5}?';

const RULES: readonly PhraseRule[] = [
	{
		rule: 'meeting.meet-up',
		pattern: phrase(`(?:meet|meat|meetup|meet up) ${AWAY}(?: [a-z0-9]+){0,2} ${SHORT_TIME}`),
		needs: /meet|meat/
	},
	{
		rule: 'meeting.meet-up',
		pattern: phrase(
			`(?:lets|let us|shall we|should we|can we|could we|wanna|want to|do you want to|dya want to|we should|we could) (?:meet|meat|meetup)(?: up)?(?: ${YOU})?`
		),
		needs: /meet|meat/
	},
	{
		rule: 'meeting.meet-up',
		pattern: phrase(`(?:meet|meat) (?:me|up|meh)(?: (?:at|in|by|outside|near|behind|after|tonight|tomorrow|later|on)(?: [a-z0-9]+){0,3})?`),
		unless: /\b(?:meet me halfway)\b/,
		needs: /meet|meat/
	},
	{
		rule: 'meeting.meet-up',
		pattern: phrase(`(?:meet|meat|see) ${YOU} (?:at|in|by|outside|near|behind|round) ${PLACE}`),
		unless: POLITE,
		needs: /meet|meat|see/
	},
	{ rule: 'meeting.meet-up', pattern: phrase(`(?:meet|meat) ${YOU} ${TIME}`), unless: POLITE, needs: /meet|meat/ },
	{
		rule: 'meeting.meet-up',
		pattern: phrase(`(?:meet|meat|see) ${YOU} (?:at|outside|by) ${PLACE} ${TIME}|${YOU} (?:free|about|around|out) ${TIME}(?: to (?:meet|hang out|play out))?`),
		needs: /meet|meat|see|free|about|around|out/
	},
	{
		rule: 'meeting.come-round',
		pattern: phrase(
			`(?:come|cum|coming|pop) (?:round|over|around|roun)(?: to| 2)? (?:mine|my house|my flat|my place|my nans|my home|my garden|later|after school|tonight|tomorrow|at the weekend)`
		),
		needs: /come|cum|coming|pop/
	},
	{
		rule: 'meeting.come-round',
		pattern: phrase(
			`(?:come|cum|com|cme|coming) (?:to|2) (?:mine|my house|my flat|my place|my home)(?! for (?:tea|dinner|my party) with (?:your|ur) (?:mum|dad))`
		),
		needs: /com|cum|cme/
	},
	{
		rule: 'meeting.come-round',
		pattern: phrase(
			`can i come (?:to|round|over|round to|over to|2) (?:your|ur) (?:house|home|flat|place)|can i come (?:round|over) (?:later|tonight|tomorrow|after school)|(?:hang|play) out (?:with me )?(?:at|in) ${AWAY}`
		),
		needs: /come|hang|play/
	},
	{
		rule: 'meeting.invite',
		pattern: phrase(
			`${INVITE}(?: (?:down|up|over|round))? (?:to|at|by|outside|near|behind|in|round|2) ${AWAY}(?: [a-z0-9]+){0,4} ${TIME}|${TIME},? (?:${INVITE}|i ll be|ill be|im at|i will be|be) (?:down |up |over |round )?(?:to|at|by|outside|near|behind|in|round|2) ${AWAY}|(?:come|meet|be|see you|see u|c u)(?: [a-z0-9]+){0,6} (?:just you|on your own|by yourself|alone|dont bring anyone|come alone)`
		),
		needs:
			/after|tonight|tomorrow|later|weekend|day|at \d|at (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|midnight)|night|holidays|dark|before school|home time|just you|own|yourself|alone|anyone/
	},
	{
		// Told to be at the back, the side or behind somewhere at a time: "be at the back of the
		// leisure centre car park at 7", "come round the side of the sports hall at 8 tonight". The
		// place may be a few words long, which the reading above does not wait for.
		rule: 'meeting.invite',
		pattern: phrase(
			`(?:be|b|come|cum|get|meet me|meet|wait|walk|ride|cycle) (?:down |up |over |round )?(?:at|to|2|by|round) (?:the )?(?:back|side|far side|other side|far end|back corner) of (?:the |that |them |a )?${PLACE_WORDS}${TIME}|(?:be|b|come|cum|get|meet me|meet|wait) (?:round |down |up )?(?:behind|round the (?:back|side) of) (?:the |that |them |a )?${PLACE_WORDS}${TIME}`
		),
		needs: /back|side|end|corner|behind/
	},
	{
		rule: 'meeting.pick-up',
		pattern: phrase(
			`(?:ill|i will|i can|i could|i ll|im going to|im gonna|let me|want me to|shall i|we will|well|we can) (?:come and )?(?:pick ${YOU} up|pick up ${YOU}|collect ${YOU})|(?:ill|i will|i ll|ill be|i can|i could|ill come) [a-z0-9 ]{0,40}in (?:a|my|the) (?:[a-z]+ )?(?:car|van)|(?:ill|i will|i can|i ll|let me) (?:give ${YOU} a lift|drive ${YOU}|take ${YOU} (?:home|in my car|for a drive|for a ride))|get in (?:my|the) (?:car|van)|(?:ill|i will|i ll) be (?:waiting )?(?:outside|by|at) (?:the |your |ur )?(?:school|gates?|bus stop)(?: [a-z0-9]+){0,5} (?:in a|in my) [a-z ]{0,12}(?:car|van)|(?:wait|look) for (?:my|a) [a-z ]{0,12}(?:car|van)`
		),
		// The writer's own pastime on a journey ("so i can play on it in the car on the way to the new
		// house") is no lift for the reader, unless the reader is fetched too.
		unless:
			/^(?!.*\b(?:pick|collect|get|fetch|drive|take) (?:you|u|ya)\b).*\b(?:play|read|sleep|watch|listen|nap|draw|colour|sing)(?: [a-z]+){0,4} in (?:the|our|my|mums|dads) (?:car|van)\b/,
		needs: /pick|collect|lift|drive|take|car|van/
	},
	{
		rule: 'meeting.sleepover',
		unless: /\b(?:had|went|was|did|last|yesterday)\b/,
		pattern: phrase(
			`(?:sleepover|sleep over|stay over|stay the night|sleep round|party) (?:at|round|2|to|in) (?:mine|myne|my house|my place|my flat|my nans|ours)|(?:come|cum|wanna come|do you want to come|want to come) (?:for a |to a |2 a )?(?:sleepover|sleep over)|(?:(?:${YOU}|ur|your|youre|you re)(?: are| r)? invited|invite ${YOU}) (?:to|2) (?:my|a|our) (?:sleepover|sleep over|sleepova|sleepovr|slepover)|(?:sleepover|sleep over|stay over) (?:at mine|round mine)|(?:stay|sleep)(?: over| round)? (?:at|round|2) (?:mine|myne|my house|my place|my flat|ours)|(?:can|could|do) ${YOU} (?:wanna |want to )?(?:stay over|sleep over|stay the night|sleepover)`
		),
		needs: /sleep|slep|stay/
	},
	{
		rule: 'meeting.ask-where',
		pattern: phrase(
			`(?:where|wer|were|wear|wher|whr) do ${YOU} live|where (?:do|does) (?:your|ur) (?:mum|dad|family) live|wheres (?:your|ur) house|what(?:s| is) (?:your|ur) (?:address|addres|postcode|post code|phone number|number|mobile|mobile number|snap|snapchat|insta|tiktok)|(?:give|send|tell) me (?:your|ur) (?:address|number|phone number|postcode|mobile)|what street do ${YOU} live|what (?:school|town) do ${YOU} (?:go to|live in)|what area (?:do )?${YOU} live`
		),
		needs: /wh|wer|wear|give|send|tell/
	}
];

// Times and places inside the school day and grounds: a meet-up there is ordinary.
const IN_SCHOOL =
	/\b(?:(?:at|in|to) school|on the trip|with (?:school|the school|our school|my class)|with (?:miss|sir|mrs [a-z]+|mr [a-z]+|our teacher|the class)|our class|the whole class|school trip|school (?:disco|fair|concert|fete)|(?:summer|christmas) fair|parents evening|after school club|breakfast club|(?:football|netball|gardening|chess|art|drama|coding|running|homework|lego|book|film|choir|multi skills|eco) club(?: after school)?|(?:class|pyjama|christmas|leavers) party|school council|(?:(?:mr|mrs|miss|ms) [a-z]+s|the head teachers|the heads) (?:room|office|class|classroom)|rainbows|brownies|guides|scouts|cubs|beavers|sunday school|football training|swimming lessons?|dance class|karate|judo|gymnastics)\b|\bfor (?:the )?(?:music|show and tell|choir|choir practice|rehearsal|the register|register|spelling bee|school play|nativity|sports day|class photo|school photo|the trip|trip|assembly|pe|swimming lessons|football club|netball club|after school club)\b|\b(?:at|by|in|on|after|before|during|to|round|outside|for) (?:the )?(?:morning|home time|break|breaktime|break time|lunch|lunchtime|lunch time|dinner time|playtime|play time|assembly|registration|class|the classroom|our classroom|the hall|the school hall|the library|library|the playground|playground|the field at lunch|the climbing frame|climbing frame|the trim trail|the quiet area|the reading corner|the toilets|the canteen|the dinner hall|the computer room|forest school|golden time|pe|morning break|wet play|the carpet|the book corner|the buddy bench|the office|the music room|the cloakroom|the front of the line|the line|the coach|the art room|the pe shed|the gate at 845|the gate at 8 45)\b/;
const AWAY_WORD = new RegExp(
	`\\b(?:mine|my house|my flat|my nans|my place|park|skatepark|skate park|shop|shops|station|bus stop|rec|woods|town|cinema|mcdonalds|maccies|car|van|a lift|tonight|at night|after school(?! club)|saturday|sunday|weekend|midnight|sleepover|sleep over|leisure centre|church|estate|garage|corner by|fireworks|bonfire)\\b`
);
// A grown-ups' evening event (the school disco, the Christmas concert, the nativity, Scouts) is after
// school or at night: its time says nothing of being away from school, only a place named would.
const EVENING_EVENT =
	/\b(?:school (?:disco|fair|concert|fete|play)|(?:christmas|summer|winter|spring|easter|leavers|halloween) (?:disco|fair|fayre|fete|concert|play|show)|disco|nativity|parents evening|carol service|carol concert|rainbows|brownies|guides|scouts|cubs|beavers|explorers)\b/g;
const EVENING_TIME = /\b(?:tonight|at night|after school(?! club)|saturday|sunday|weekend)\b/g;

// Stories and lessons: told about other people, or rules about what not to do. The message's
// reading (speaking.ts) knows lesson talk, safety advice, exercises and stories; a meeting also
// stands down on any word of a story (a plot, a script, a dragon, a ghost, the king), on every
// rule said with a "never", "must not" or about strangers, and on a lesson's example picked apart
// ("miss gave us an example: meet me at the woods tonight, dont tell. thats a red flag"). Not on "an online friend" alone: a
// meet-up with an online friend is the unknown-adult case itself ("my online friend wants to meet
// at the park"); the rule about them is still told by its "never" or its lesson.
const TOLD_OF = frames('lesson', 'advice', 'exercise', 'story');
const STORY_PEOPLE =
	/\b(?:chapter|the villain|villains|the hero|characters|plot|narrator|fairy ?tale|script|the author|in drama|role ?play|we acted|acted out|a scene|in the play|our play|the princess|the dragon|the knight|the wizard|the witch|the pirate|the detective|the giant|the troll|the king|the queen|the fox|the wolf|the monster|the robot|the alien|ghost|ghosts|the spy|the evil|professor|a (?:witch|ghost|giant|dragon|wizard))\b/;
const MEETING_RULE_TALK =
	/\b(?:lesson|never|must not|mustnt|not allowed to|if (?:people)|someone you (?:met|meet|dont know)|people you (?:met|meet|dont know)|strangers|the rule|the rules|smart rules|quiz|red flags?|warning signs?|(?:an|for|another) example)\b/;

const KNOWN_ADULT =
	/\b(?:my|your|ur|our|their) (?:mum|dad|mom|mam|nan|gran|grandma|grandad|grandpa|parents|auntie|aunt|uncle|carer|childminder|step ?mum|step ?dad)(?: and (?:dad|mum|mom))? (?:is|will|can|said|says|arranged|asked|will be|is going to|s going to|are|texted|rang|phoned|booked|has booked|paid|got tickets|comes|come|takes|take|picks|collects|drives|brings|fetches)\b(?! (?:be )?(?:out|away|at work|working|on nights|not))|^(?:mum|dad|mummy|daddy) (?:said|says)\b|\bwith (?:your|ur) (?:mum|dad|mom|parents|nan|gran|carer)\b|\bwith (?:our|my|your|ur) (?:mums|dads|moms|families|grown ups)\b|\b(?:out )?to (?:our|my|your|ur) (?:mums|dads|parents|grown ups)\b|\b(?:text|ring|call|ask|message) (?:your|ur) (?:mum|dad|mom|parents|carer)\b|\bwith (?:my |our )?(?:mum|dad|mom|parents|nan|gran)\b/;

// "Come" asked of the reader: not the writer or someone else coming ("i cant come to football
// tonight", "my cousin is coming to stay"), nor a cheer ("come on liverpool!", "come on, you can do it").
// Coming round to the reader's, or a group coming round, is still about the reader ("we're coming round").
const COME_TO_READER = `(?<!\\b(?:i|we|cant|cannot|couldnt|wont|he|she|they|it|mum|dad|nan|gran|cousin|sister|brother) )(?:come|cum)(?! on(?! (?:the|a|my|your|ur|over|round)\\b))|(?:${YOU} (?:are |r )?|are ${YOU} |r ${YOU} |were |we are |we re |im |i am )coming|coming (?:round|over|to) (?:to )?(?:yours|your|ur)\\b`;

// The situation: the reader is asked to come, be met, waited for, fetched or taken
// somewhere, and there is a time outside school or a place away from it. Not being seen is
// no meeting: "hide behind the rocks so the sniper cant see you".
const TO_READER = new RegExp(
	`\\b(?:${COME_TO_READER}|(?:meet|meat) (?:me|us|up|${YOU}|at|outside|by|in)|(?<!\\b(?:cant|cannot|wont|dont|doesnt|didnt|not|never) )see ${YOU}|c u|wait(?:ing)? for ${YOU}|wait for (?:me|us)|ill wait|i ll wait|ill be (?:there|waiting|outside|at|by)|i ll be (?:there|waiting|outside|at|by)|bring ${YOU}r|${YOU} (?:should|can|could|wanna|want to|have to|must) (?:come|meet|be there)|(?:we|us) (?:can|could|should) (?:go|ride|walk|cycle|bike|get the bus|get the train|hang out)|(?:we|us) (?:can|could|should) [a-z]+(?: [a-z]+){0,4} together (?:at|round|in|to) (?:mine|ours|yours|my house|your house|ur house|my nans|my place)|(?:well|we ll|we will) (?:ride|walk|cycle|bike|scoot|get the bus)(?![a-z ]* with )|(?:well|we ll|we will) (?:go|hang out)(?: [a-z]+){0,4} together(?![a-z ]* with )|give ${YOU} a lift|(?:^|^[a-z]+ |${YOU} |do ${YOU} |dya |d ya )(?:wanna|want to) (?:go|walk|come|ride|hang out)|walk (?:home |back |to [a-z]+ )?with me|cya|see ya|c ya|be there|play out|(?:ill|i ll) be on the (?:field|green|rec|swings|bench|bridge|corner|wall|estate)|lets (?:go (?=to |down |up |over |round |out |2 |swimming|shopping|skating|on (?:the|a|my) )|walk|ride|cycle|hang out)|(?:pick|collect|fetch|drive) (?:${YOU}|us)|get ${YOU} from|take (?:${YOU}|us) (?:to|home)|knock (?:at|on|for)|call (?:for|round for) ${YOU}|(?:shall|should|can|could) we (?:go|meet|hang out|walk|ride|cycle|bike))\\b`
);
const READER_PARENT =
	/\b(?:(?:text|ring|call|ask|message|tell|phone) (?:your|ur) (?:mum|dad|mom|parents|carer|nan|gran)|(?:your|ur) (?:mum|dad|mom|parents|carer|nan|gran) (?:said|says|knows|can|is|will|are)|with (?:your|ur) (?:mum|dad|mom|parents|carer))\b/;
const READER_BROUGHT = new RegExp(
	`\\b(?:pick ${YOU} up|give ${YOU} a lift|pick up ${YOU}|get ${YOU} from|(?:take|bring|drive|collect|fetch) ${YOU}|to ours|at ours|round ours|to mine|at mine|round mine|to my house|sleepover|sleep over|stay over|come to (?:the|a|my) |at my house|round my house|come with (?:us|me)|(?:will|can|could) drive|${YOU} (?:can|could|should) come|(?:come|shall we|well|we ll|shell|she ll|hell|he ll) get ${YOU} (?:at|from)|pick(?:ing)? (?:people|everyone|you all) up)\\b`
);
const AWAY_TIME =
	/\b(?:after school|after tea|after dinner|tonight|tomorrow|at the weekend|this weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:fri|sat|sun) (?:at \d|night|morning)|(?:friday|saturday|sunday) night|at \d{1,2}(?: ?(?:am|pm|oclock|ish|30|15|45))?|\d{1,2} ?(?:oclock|pm)|half (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|at (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight)|in the dark|at night|in the holidays)\b/;
const AWAY_PLACE = new RegExp(
	`\\b(?:${AWAY.slice(3, -1)}|myne|ours|your house|ur house|your road|ur road|back door|front door|(?:the|a) [a-z]+ (?:centre|center|cage|baths|stop|place|pitch|ground|club|alley|field|estate|farm))\\b`
);
// A goodbye is not an arrangement: "see you tomorrow!" names a time but no place.
const GOODBYE = /\b(?:(?:see|c) (?:you|u|ya)|cya) (?:tomorrow|later|soon|on monday|monday|next week|after the weekend|in the morning|at school)\b/g;
// At the end of a message it is a goodbye even beside a place ("im home now, see you tomorrow").
const GOODBYE_AT_END =
	/\b(?:(?:see|c) (?:you|u|ya)|cya) (?:tomorrow|later|soon|on monday|monday|next week|after the weekend|in the morning|at school)(?: (?:bye|x+|lol|then|ok))*$/;
// A place inside a game is not a place to meet: "lets go to the shops in minecraft".
const IN_A_GAME = /\bin (?:minecraft|roblox|fortnite|animal crossing|among us|the game|my world)\b/;
// A party invitation on paper goes home to the reader's family: their grown-ups decide.
const INVITATION_CARD = /\b(?:invitations?|invite card|(?:the|an|my|your|ur) invite (?:is|came))\b/;
const ALONE_OR_SECRET = /\b(?:just (?:you|u)|on (?:your|ur) own|by (?:yourself|urself)|alone|dont tell|secret)\b/;
// With a grown-up of the family taking the two of them (just-us.ts), "just you" is only the reader
// invited: "my dad said he will drive us to the cinema tonight at 7, just you and me". Alone or kept
// quiet still counts.
const ALONE_OR_SECRET_BUT_INVITED = /\b(?:on (?:your|ur) own|by (?:yourself|urself)|alone|dont tell|secret)\b/;
// A rival met in a game is no visit, unless a real place or "in real life" follows the game
// ("im coming for you on roblox and after school at the park too").
const OFF_SCREEN =
	/\b(?:park|skate ?park|shops?|station|bus stop|rec|woods|town|cinema|mine|my house|your house|ur house|your street|ur street|your door|irl|in real life|for real)\b/;

/** The writer or their friend giving a grown-up's age: "im 19", "my friend is 20". */
const GROWN_UP_AGE =
	/\b(?:im|i am|hes|shes|he is|she is|(?:my|a|his|her) (?:friend|mate|buddy|bestie|cousin|boyfriend|girlfriend|driver) is|theyre|they are)(?: actually| nearly| like)? (?:1[6-9]|[2-9][0-9]|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty)\b(?! (?:minutes|mins|seconds|points|pounds|quid|percent|metres|miles|kg|cm|hours|times|pages|p\b))/;
const IF_PARENT_AGREES = /\bif (?:your|ur) (?:mum|dad|mom|parents|nan|gran) (?:says|say|lets (?:you|u)|let (?:you|u))(?: (?:yes|ok|its ok|you can|u can))?\b/;
// "i was thinking we could…" is a plan being made, not a report.
const PAST_REPORT = /\b(?:we had|we went|i went|was(?! thinking| wondering)|yesterday|last (?:week|weekend|night|year|time|summer)|did you (?:go|see|come))\b/;

// The whole-text tests below, asked of the word view through the phrase rules' index of
// beginnings (phrases.ts): a long message is then tried only at the few words that can begin
// each, not scanned whole by every one. The answers are the same as the plain tests'.
const AWAY_PLACE_TEST = wordTest(AWAY_PLACE);
const AWAY_TIME_TEST = wordTest(AWAY_TIME);
const TO_READER_TEST = wordTest(TO_READER);
const GOODBYE_TEST = wordTest(new RegExp(GOODBYE.source));
const GOODBYE_AT_END_TEST = wordTest(GOODBYE_AT_END);
const PAST_REPORT_TEST = wordTest(PAST_REPORT);
const IN_A_GAME_TEST = wordTest(IN_A_GAME);
const MEETING_RULE_TALK_TEST = wordTest(MEETING_RULE_TALK);
const STORY_PEOPLE_TEST = wordTest(STORY_PEOPLE);
const IF_PARENT_AGREES_TEST = wordTest(IF_PARENT_AGREES);
const KNOWN_ADULT_TEST = wordTest(KNOWN_ADULT);
const READER_PARENT_TEST = wordTest(READER_PARENT);
const READER_BROUGHT_TEST = wordTest(READER_BROUGHT);
const INVITATION_CARD_TEST = wordTest(INVITATION_CARD);
const ALONE_OR_SECRET_TEST = wordTest(ALONE_OR_SECRET);
const IN_SCHOOL_TEST = wordTest(IN_SCHOOL);

/** Arrangements to meet away from school and requests for whereabouts. */
export function findMeetings(view: WordView, speaking: Speaking): RawFinding[] {
	// A message typed a letter at a time is read with its letters joined ("m e e t a t t h e park"),
	// and so is who is speaking in it.
	const joined = lettersJoined(view);
	const text = joined ?? view.text;
	const found = matchPhrases(view, RULES, 'meeting', speaking);
	// The situation needs a place or a time away from school first: asked in that order, the
	// long test of words to the reader (and the copy of the text without its goodbye) is
	// skipped in most messages. Each test is a plain one, so the order cannot change the answer.
	if (found.length === 0) {
		const awayPlace = AWAY_PLACE_TEST.test(view, text);
		if (awayPlace || AWAY_TIME_TEST.test(view, text)) {
			// Without a goodbye in it, the text the test of words to the reader reads is the text itself.
			const goodbye = (awayPlace ? GOODBYE_AT_END_TEST : GOODBYE_TEST).test(view, text);
			const toReader = goodbye ? TO_READER.test(awayPlace ? text.replace(GOODBYE_AT_END, ' ') : text.replace(GOODBYE, ' ')) : TO_READER_TEST.test(view, text);
			if (toReader && !PAST_REPORT_TEST.test(view, text) && !IN_A_GAME_TEST.test(view, text)) found.push(wholeMessage(view, 'meeting', 'meeting.situation'));
		}
	}
	if (found.length === 0) found.push(...findMeetingShapes(view, text));
	if (found.length === 0) found.push(...findImpliedMeetings(view));
	if (found.length === 0) found.push(...findOlderMeetings(view));
	if (found.length === 0) return found;
	if (
		(joined === null ? speaking : readSpeaking(joined)).inAny(TOLD_OF) ||
		MEETING_RULE_TALK_TEST.test(view, text) ||
		STORY_PEOPLE_TEST.test(view, text) ||
		(GAME_CHALLENGE.test(text) && !OFF_SCREEN.test(text.replace(GAME_CHALLENGE, ' ')))
	)
		return [];
	// A parent or carer arranging it with the reader's own parent is a known grown-up's plan
	// ("mum said you can come to ours for tea, she will text your mum"), and so is the writer's
	// own lift ("my mum is picking us both up"). The writer's relative fetching the reader, or
	// bringing the reader to the writer's home or a place, with no word of the reader's parent,
	// is still an arrangement a stranger could make: "my uncle can come and get you from your house".
	// "if your mum says yes" asks for a permission nobody has given yet: it is no grown-up's plan.
	// (Without that ask the plan is the text itself, and is read through the index.)
	const plan = IF_PARENT_AGREES_TEST.test(view, text) ? text.replace(IF_PARENT_AGREES, ' ') : text;
	// Grown-ups arranging it between themselves (meeting-school-day.ts) have the reader's parent in it.
	const parentsPlan = PARENTS_PLAN.test(plan);
	// Not when the plan is kept from someone or made for the reader alone, or a grown-up friend
	// comes with it: "your mum told my mum you can come… dont tell her its me", "our parents have
	// sorted it, meet me at the station just you, im 19". A parent's say-so is then the cover; a
	// grown-up of the family taking the two of them is none, and "just you" then only says who is
	// invited ("my mum is taking us to the park after school, just you and me" passes, as it does
	// without those words).
	const takesUs = FAMILY_TAKES_US.test(plan);
	const aloneOrSecret = ALONE_OR_SECRET_TEST.test(view, plan) && (!takesUs || ALONE_OR_SECRET_BUT_INVITED.test(plan));
	if (
		!aloneOrSecret &&
		!GROWN_UP_AGE.test(text) &&
		(parentsPlan || KNOWN_ADULT_TEST.test(view, plan) || OWN_DROP_OFF.test(plan)) &&
		(parentsPlan || READER_PARENT_TEST.test(view, plan) || !READER_BROUGHT_TEST.test(view, plan))
	)
		return found.filter((f) => f.rule === 'meeting.ask-where');
	if (INVITATION_CARD_TEST.test(view, text) && !ALONE_OR_SECRET_TEST.test(view, text)) return found.filter((f) => f.rule === 'meeting.ask-where');
	// In school, and nothing that points away from school: the playground meet-up passes.
	const schoolDayLeft = withoutSchoolDay(text);
	const eventLeft = text.replace(EVENING_EVENT, ' ');
	const evening = eventLeft !== text;
	if (evening || schoolDayLeft !== null || IN_SCHOOL_TEST.test(view, text)) {
		const left = (evening ? (withoutSchoolDay(eventLeft) ?? eventLeft) : (schoolDayLeft ?? text)).replace(IN_SCHOOL, ' ');
		if (!AWAY_WORD.test(evening ? left.replace(EVENING_TIME, ' ') : left)) return found.filter((f) => f.rule === 'meeting.ask-where');
	}
	return found;
}
