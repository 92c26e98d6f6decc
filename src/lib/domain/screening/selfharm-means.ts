// Self-harm told through the means: a way to die tried, kept, stood beside or looked up, or
// a hurt shown by its marks. Adds to rules: selfharm.plain (a height "would it be enough",
// "how many tablets would make you not wake up", "how high you have to fall to not get up
// again", "would it hurt to drown", tried to choke oneself, a belt round the neck "to see
// what it felt like", a bridge or window "thought about it for a long time", the railway
// "to see if I'd be brave enough", pills saved up or "I know where dad keeps the pills",
// the knife drawer looked at, hoping to get ill "and not get better") and
// selfharm.on-purpose (a hurt with a sharp thing, marks on an arm "from the scissors",
// "till it hurts… it makes me feel something", hair pulled out till bald, "cut cut cut
// that's all I think about"). Games, stories, lessons, accidents and first aid pass.

import { phrase, type PhraseRule } from './phrases.js';

const PLAY_OR_LESSON =
	/\b(?:game|level|minecraft|fortnite|roblox|character|film|movie|lesson|learn|learned|learnt|science|experiment|first aid|lifeguard|swimming lesson|by accident|accidentally|lol|haha)\b/;
const SELF = '(?:myself|my self|meself)';
const HIGH_PLACE =
	'(?:bridge|roof|cliff|window|platform|railway|railway line|train tracks?|train line|balcony|edge|motorway|multi storey|car park roof|top window|river|canal)';
const SHARP = '(?:compass|scissors|knife|blade|razor|sharpener|glass|pin|needle|safety pin)';

export const SELFHARM_MEANS_RULES: readonly PhraseRule[] = [
	{
		// Whether a fall, a dose or a drowning would be enough, would hurt, or how it works.
		rule: 'selfharm.plain',
		pattern: phrase(
			`if i (?:jumped|fell|took|swallowed|drank|stepped|let go)(?: [a-z]+){0,14} (?:would|will|wud) it be (?:enough|high enough|quick|painless)(?! (?:to|for) (?!die|kill))|how (?:many|much)(?: [a-z]+){0,4} (?:tablets|pills|paracetamol|medicine|painkillers)(?: [a-z]+){0,3} (?:would|will|does it take to|to) (?:make (?:you|u|me|someone|a person) (?:not wake up|die|never wake up)|kill (?:you|u|me|someone|a person))|how (?:high|far) (?:you have to|do you have to|would you have to|do you need to|you need to|to) (?:fall|jump) (?:to|before you|so you) (?:not (?:get|wake) up|die|never (?:get|wake) up)|can (?:you|u|a person|someone) die (?:if|from) (?:(?:you|u|they) )?(?:dont|do not|stop|stopped|hold|holding|not) (?:drink|drinking|eat|eating|breathing|(?:your|ur|their) breath)|(?:would|does|will) it hurt (?:to|if (?:i|you|u)) (?:drown|drowned|bleed to death|suffocate|suffocated|overdose|hang|die)`
		),
		unless: PLAY_OR_LESSON,
		needs: /enough|quick|painless|wake|die|kill|get up|hurt/
	},
	{
		// Tried, or tested "to see what it felt like".
		rule: 'selfharm.plain',
		pattern: phrase(
			`i (?:tried|try|tryed|have tried|ve tried|keep trying) (?:to )?(?:choke|strangle|suffocate|hang|drown|smother|poison|kill|stab) ${SELF}|(?:choke|choked|choking|strangle|strangled|strangling|suffocate|suffocated|suffocating|smother|smothered) ${SELF}(?! (?:laughing|with laughter))|(?:tied|tie|tying|wrapped|wrap|pulled|put) (?:a |my |the )?(?:[a-z]+ ){0,3}(?:round|around) my neck(?: [a-z]+){0,4} (?:to see what it (?:felt|feels|would feel) like|(?:till|until) i (?:couldnt|could not|cant) breathe|really tight)`
		),
		unless: PLAY_OR_LESSON,
		needs: /self|neck/
	},
	{
		// A high place or a railway, stood at and thought about, or tested for bravery.
		rule: 'selfharm.plain',
		pattern: phrase(
			`(?:stood|stand|standing|sat|sit|sitting|looked|look|looking|stared|staring|was) (?:at|on|by|near|out of|over|off) (?:the |our |a )?(?:top of the |edge of the )?${HIGH_PLACE}(?: [a-z]+){0,12} (?:and )?(?:thought|think|thinking|wondered) about (?:it|jumping|falling|letting go|doing it)(?= for (?:a long time|ages|ages and ages|a while)|$| again| a lot| every)|${HIGH_PLACE}(?: [a-z]+){0,8} (?:to see if|see if|wondering if) (?:id|i would|i d|i could|i was) (?:be )?brave enough`
		),
		unless: PLAY_OR_LESSON,
		needs: /thought|think|wondered|brave/
	},
	{
		// The means kept or watched: pills saved up, where they are kept, the knife drawer.
		rule: 'selfharm.plain',
		pattern: phrase(
			`(?:saving|saved|collecting|collected|hiding|hid|hidden|keeping|stockpiling) (?:up )?(?:my |some |the |all the |all my )?(?:mums |dads |nans |grans )?(?:pills|tablets|paracetamol|painkillers|razors|blades|sleeping tablets)|i know where (?:my )?(?:mum|dad|mam|nan|they|he|she) (?:keeps|hides|puts|keep|hide) (?:the |her |his |their )?(?:pills|tablets|paracetamol|painkillers|razors|blades|sleeping tablets)|i (?:look|looked|keep looking|stare|stared|keep staring) at the (?:knife|knives) drawer|i (?:hope|wish) i (?:get|got|catch|become) (?:really |so |very )?(?:ill|sick|poorly) (?:and|n) (?:dont|never|do not|dont ever) (?:get better|recover|wake up)`
		),
		unless: /\b(?:game|character|story|film|lesson|for my headache|for your headache|doctor said|hay fever|allergy|inhaler|cooking|baking|dinner|tea)\b/,
		needs: /pills|tablets|paracetamol|painkillers|razors|blades|drawer|better|recover|wake/
	},
	{
		// The whole of a medicine taken at once or tonight, or so as not to wake: "gonna take all my
		// mums tablets tonight", "swallow the whole packet and not wake up". Taking all of a course
		// with breakfast, or as the doctor said, passes.
		rule: 'selfharm.plain',
		pattern: phrase(
			`(?:take|taking|took|swallow|swallowing|swallowed|neck|down) (?:all|every one|every single one|loads|a load|a whole (?:packet|box|bottle|pot)|the whole (?:packet|box|bottle|pot|lot)) (?:of )?(?:my |the |her |his |their )?(?:mums |dads |nans |grans |sisters |brothers )?(?:pills|tablets|paracetamol|painkillers|medicine|meds|sleeping tablets)(?: [a-z]+){0,4} (?:tonight|at once|in one go|all together|and (?:not|no|never) wake up|so i (?:dont|wont|never|cant) wake up|and die|and sleep (?:forever|for ever))`
		),
		unless:
			/\b(?:game|character|story|film|lesson|doctor|nurse|pharmacist|chemist|prescription|antibiotics|course|hay fever|allergy|inhaler|with (?:my )?(?:breakfast|dinner|tea|food|water)|every (?:day|morning|night)|(?:mum|dad|nan|gran) (?:said|says|told me|gives|gave))\b/,
		needs: /pills|tablets|paracetamol|painkillers|medicine|meds/
	},
	{
		// A hurt with a sharp thing, its marks, or the feeling it is for.
		rule: 'selfharm.on-purpose',
		pattern: phrase(
			`(?:hurt|hurting|hurts|cut|cuts|cutting|scratch|scratched|scratching|stab|stabbed|jab|jabbed|poke|poked|scrape|scraped) (?:${SELF}|my (?:arms?|legs?|wrists?|hands?|skin|thighs?)) with (?:a |my |the |some )?${SHARP}|my (?:arms?|legs?|wrists?|thighs?|skin|tummy) (?:has|have|is|are|has got|have got) (?:got )?(?:lines|cuts|marks|scratches|scars)(?: [a-z]+){0,5} (?:from|with) (?:the |my |a )?${SHARP}|(?:till|until|so) it (?:hurts|hurt|burns|burned|burnt|bleeds|bled)(?: [a-z]+){0,6} (?:(?:it )?makes me feel something|so i (?:can )?feel something)|(?:pull|pulled|pulling) my hair out(?: [a-z]+){0,6} (?:bald|till|until|i cant stop)|(?:cut|cutting) (?:cut|cutting) (?:cut|cutting)|(?:cutting|cut myself|hurting myself|blood) (?:thats|is|its) all i (?:think|can think) about`
		),
		unless:
			/\b(?:by accident|accidentally|by mistake|slipped|oops|fell|tripped|in dt|cooking|baking|paper|card|snowflake|craft|collage|game|story|character|doctor|nurse|stress|maths|homework)\b/,
		needs: /with|from|something|bald|till|until|cant stop|cut|all i/
	}
];
