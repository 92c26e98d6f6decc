// Self-harm kept out of sight or asked about sideways. Adds to rules: selfharm.on-purpose (marks
// hidden under plasters "so mum thinks i fell over but i didnt", scars that "are not accidents",
// "been cutting again. only a little bit", a sharp thing kept "for when it gets bad again"),
// selfharm.plain (how many tablets "is too many", what happens "if you take loads at once", pills
// taken from someone's bag and kept, medicine saved "to take them all at once", a picture of
// oneself in a coffin), selfharm.not-alive (to go to sleep for ever, to become a ghost "for real",
// wishing to go where a dead pet or grandparent went, "me not being anywhere", a poem or drawing
// "about me" in which the child dies or falls on purpose, staying inside when the fire alarm went
// "i wasnt scared") and
// selfharm.farewell (a seat not wanted "or any day", not here "or ever", a goodbye that asks for
// a pet to be looked after, things given on "shes going to need them more than me after", not
// around "to hand it in"). First aid, games, stories, the doctor's dose and outgrown toys pass.

import { phrase, type PhraseRule } from './phrases.js';

const MEDICINE = '(?:pills|tablets|paracetamol|calpol|ibuprofen|painkillers|medicine|medicines|capsules)';
const COVER_UP = '(?:plasters?|long sleeves|my sleeves|a jumper|my jumper|my hoodie|a hoodie|bracelets?|wristbands?|a bandage|make ?up)';
const SHARP_THING = '(?:sharp (?:bit|thing|piece)|blade|razor|sharpener|pencil sharpener|compass|pin|needle|bit of glass|piece of glass|scissors)';
const FIRST_AID =
	/\b(?:first aid|lesson|learn|learned|learnt|science|game|character|story|film|by accident|accidentally|dentist|the label|the box says|for my (?:cold|headache|tooth|temperature)|the box|the packet|for (?:her|him|my (?:mum|dad|nan|gran|grandad))|(?:mum|dad|nan|gran) asked)\b/;

export const SELFHARM_HIDDEN_RULES: readonly PhraseRule[] = [
	{
		// Marks hidden, and the accident they are hidden behind taken back.
		rule: 'selfharm.on-purpose',
		pattern: phrase(
			`${COVER_UP}(?: [a-z]+){0,6} so (?:my )?(?:mum|dad|nan|everyone|nobody|no one|people|they|teachers?|miss|sir) (?:thinks?|will think|wont see|cant see|doesnt see|dont see|wont know|doesnt know|dont ask|wont ask)(?: [a-z]+){0,6} but i (?:didnt|did not|never|wasnt)|(?:cuts?|scars?|marks|scratches|lines|ones)(?: [a-z]+){0,12} (?:theyre|they are|they re|its|it is|they were|it was) not (?:an )?accidents?|(?:ive|i have|i|been|im) (?:been )?cutting (?:myself )?again(?: [a-z]+){0,6} (?:hide|hides|cover|covers|plasters?|sleeves|nobody|no one|only a (?:little|bit))|${SHARP_THING}(?: [a-z]+){0,10} for when (?:it|things|everything|i) (?:gets?|get|feels?|feel) (?:really |so |too )?(?:bad|worse|too much|hard) again`
		),
		unless: /\b(?:by accident|accidentally|fell off|tripped over|nettle|cat scratched|the cat|our cat|game|story|character|paper|hair|grass|card)\b/,
		needs: /but i|accident|again/
	},
	{
		// How much medicine would be too much, asked for oneself, or kept to take at once.
		rule: 'selfharm.plain',
		pattern: phrase(
			`how (?:many|much) ${MEDICINE} (?:is|are|would be) too (?:many|much)|what (?:happens|would happen|will happen) if (?:you|u|i|someone|a kid|a person) (?:take|takes|took|swallow|swallows|swallowed|had|have) (?:loads|lots|a lot|too many|too much|all|the whole (?:packet|box|bottle))(?: of)?(?: [a-z]+){0,2} (?:at once|in one go|all at once)|(?:took|take|taken|taking|nicked|stole|stolen) (?:some|a few|loads|lots)(?: of)? (?:${MEDICINE} )?(?:from|out of) (?:my )?(?:nans|mums|dads|grans|grandads|the) (?:bag|cupboard|drawer|handbag|bathroom|box)(?: [a-z]+){0,8} (?:in my (?:pencil case|bag|room|drawer|pocket)|hidden|hid them|instead)|${MEDICINE}(?: [a-z]+){0,16} (?:ill|i will|i ll|im going to|im gonna|gonna) take (?:them|it) all at once`
		),
		unless: FIRST_AID,
		needs: /too|once|go|case|bag|room|drawer|pocket|hid|instead/
	},
	{
		// Sleeping for ever, or a ghost or a coffin, wished for oneself.
		rule: 'selfharm.not-alive',
		pattern: phrase(
			`(?:i (?:just |really )?(?:want|wanna|wanted|am going|m going|am ready)|im (?:going|gonna|gunna|ready)|(?:he|she|they) (?:just )?(?:wants|want|wanted|is going|is gonna)|gonna|gunna)(?: to)? (?:go )?(?:to )?(?:go to )?sleep (?:forever|for ever)|(?:want|wanna|wish i could|going to|gonna) (?:to )?(?:become|be|turn into) a ghost (?:for real|really|properly|not for halloween)|(?:drawing|drew|draw|draws|pictures? of|dream about|dreaming about|imagine|imagining) (?:me|myself) (?:in a (?:coffin|grave)|dead|lying in a (?:coffin|grave))|i (?:wish|want) (?:i could|to) (?:go|be) (?:where|with) my (?:dog|cat|hamster|rabbit|pet|nan|nana|grandad|grandma|grandpa|granny|gran)(?: [a-z]+){0,2} (?:went|has gone|is now|is)(?! (?:on|to|for|in|at(?! least)|shopping|away|home))|(?:except|apart from|unless|only) me not (?:being|existing)(?: [a-z]+){0,2}(?: anywhere| here| around| alive)?$`
		),
		unless:
			/\b(?:halloween costume|dress up|dressing up|fancy dress|pharaoh|egypt|mummy|vampire|game|level|roblox|minecraft|lol|haha|so tired|tired|sleepy|on holiday|holidays|half term|weekend|lie in|no school|sports day|sleepover|hibernate|(?:went|gone|goes) (?:to|on|for|abroad|away)|going (?:on|abroad|away))\b/,
		needs: /sleep|ghost|coffin|grave|dead|went|gone|is|being|existing/
	},
	{
		// The same wish said beside a joke or a game that the child then turns on themselves:
		// "everyone says im dead lol but i wish it was true", "when you die you just stop. i wish i
		// could just stop like that"; held under water "i didnt want to come up"; a lesson on
		// hurting oneself that felt "like they were talking about me".
		rule: 'selfharm.not-alive',
		pattern: phrase(
			`(?:im|i am|i m|me) dead(?: [a-z]+){0,5} i (?:wish|hope) (?:it was|it were|that was|i was|i really was) (?:true|real)|i (?:wish|want) (?:i could|to) (?:just )?(?:stop|die|end) like that|(?:stayed|stay|staying|held my breath|hold my breath) under(?: the)? water(?: [a-z]+){0,10} (?:didnt|did not|dont|do not) want to come (?:up|back up|out)|lesson about (?:hurting (?:yourself|ourselves)|self harm|suicide)(?: [a-z]+){0,4} (?:felt|feel) like (?:they|she|he|miss|sir) (?:was|were) talking about me|(?:poem|story|drawing|picture|song|comic)(?: [a-z]+){0,8} (?:its|it is|it s|its really|it is really) about me(?: [a-z]+){0,12} (?:dies|die|dying|dead|in a coffin|(?:fall|falls|jump|jumps|goes|go) (?:on purpose|for ever|forever)|disappears for ever|never wakes up)|i (?:wanted|want|just wanted) to stay (?:inside|in there|in the building|in the road|in the water|on the (?:road|tracks|line))(?: [a-z]+){0,10} i (?:wasnt|was not|am not|m not) scared`
		),
		needs: /true|real|like that|come|about me|scared/
	},
	{
		// A goodbye with no trip: not here "or ever", no seat wanted "or any day", a pet to be looked after.
		rule: 'selfharm.farewell',
		pattern: phrase(
			`(?:wont|will not|not going to) be (?:here|around|in|at school)(?: [a-z]+){0,6} or ever(?: again)?|(?:dont|do not|no need to|dont bother to) (?:save|keep) me a (?:seat|place|space)(?: [a-z]+){0,6} (?:or any day|ever again|any more|anymore|i wont need it)|(?:goodbye|good bye)(?: [a-z]+){0,16} (?:please )?look after my (?:[a-z]+ )?(?:hamster|dog|cat|rabbit|pets?|fish|guinea pig|budgie|teddy|tortoise)$|(?:giving|give|gave|leaving) my(?: [a-z]+){1,6} (?:to|for) my (?:sister|brother|cousin|friend|mum|nan)(?: [a-z]+){0,3} (?:going to need|gonna need|will need|needs|need) (?:them|it) more than (?:me|i do|i will) (?:after|soon|now)|(?:wont|will not|not going to) (?:matter|count)(?: [a-z]+){0,3} (?:cos|because|as) (?:i|ill) (?:wont|will not) be (?:around|here|alive) to`
		),
		unless:
			/\b(?:holiday|holidays|trip|dentist|doctors|appointment|moving|new school|new house|camp|half term|wedding|while|until|till|for the weekend|for a week|next week|story|character|game|lol|haha)\b/,
		needs: /ever|day|more|need|look after|around|here|alive/
	}
];
