// Self-harm said with its words hidden or left out. Adds to rules: selfharm.masked (a word
// for ending a life typed to dodge a filter: "s u i c i d e", "k.i.l.l m.y.s.e.l.f",
// "suicid3", "s-e-l-f h-a-r-m", "d-i-e"; the child hid the word, so the word alone is
// enough), selfharm.plain (the word named as a thought that keeps coming: "suicide is on
// my mind", "thinking about self harm again"; slang said in earnest: "kms fr", "unalive
// myself jk… unless"; a knife or pill drawn instead of the verb: "im gonna 🔪 myself"),
// selfharm.not-alive ("i hate being alive", "i want to be ded", "disappear for good",
// "i dont want to be a person any more") and selfharm.burden (home easier, or with more
// money, if the child were not there; "nobody wud miss me if i was gone"; a list of
// reasons to stay with nothing on it). Games, stories and lessons pass as elsewhere.

import { phrase, type PhraseRule } from './phrases.js';
import type { WordView } from './normalise.js';
import type { RawFinding } from './types.js';

// Words that name ending a life or hurting oneself, as they read once a disguise is undone.
const MASKED_WORD =
	/^(?:suicide|suicidal|suicid|sucide|suiside|selfharm|selfharming|killmyself|killmyslf|kilmyself|hurtmyself|cutmyself|endmylife|endit|kms|unalive)$/;

/** A self-harm word typed one letter at a time or with digits for letters: hiding it is the sign. */
export function findMaskedSelfHarm(view: WordView): RawFinding[] {
	const findings: RawFinding[] = [];
	for (const token of view.tokens) {
		if (token.spaced !== true && !token.leet) continue;
		if (!MASKED_WORD.test(token.text)) continue;
		findings.push({ kind: 'selfharm', start: view.starts[token.start] ?? 0, end: view.ends[token.end - 1] ?? 0, rule: 'selfharm.masked' });
	}
	return findings;
}

// Play, stories, lessons and films: the same words said of a character or a level.
const NOT_THE_CHILD =
	/\b(?:game|level|minecraft|fortnite|roblox|character|story|film|movie|book|lesson|learn|learned|learnt|squad|hair|dye my|zombie|villain|assembly|pshe)\b/;
const OF_ONESELF_TOO = '(?:myself|my self|meself)';
// "Just joking… unless", "jk or am i": a joke taken back in the same breath.
const JOKE_TAKEN_BACK = '(?:lol |haha |jk |joking |joke )*(?:unless|or am i|or not|not joking|no joke|for real|fr|i mean it|i actually mean it)';

export const SELFHARM_VEILED_RULES: readonly PhraseRule[] = [
	{
		// "d-i-e" is three letters, too few for the word view to join.
		rule: 'selfharm.masked',
		pattern: phrase(`(?:wants?|wanna|going|gonna|wish i could|just want|i should) (?:to |2 )?(?:d i e|k i l l (?:myself|my self))`),
		needs: /d i e|k i l l/
	},
	{
		// The word named as a thought that keeps coming back.
		rule: 'selfharm.plain',
		pattern: phrase(
			`(?:suicide|self harm|selfharm|killing myself|killmyself|kill myself|dying|ending it) (?:is|s|are|keeps|keeps being|has been) (?:on|in|going round) my (?:mind|head|brain)|(?:thinking|thinkin|thinkn|thought|think) (?:of|about|abt) (?:suicide|self harm|selfharm|selfharming|killmyself|killing ${OF_ONESELF_TOO}|ending (?:my|me) (?:life|lyf|lif))|${OF_ONESELF_TOO} is what i (?:think|thought|dream) about`
		),
		unless: NOT_THE_CHILD,
		needs: /suicid|harm|kill|dying|ending|what i/
	},
	{
		// Slang said in earnest: the joke word with "for real", or the joke taken back.
		rule: 'selfharm.plain',
		pattern: phrase(
			`(?:kms|unalive (?:myself|my self|me)|kill myself|killmyself) ${JOKE_TAKEN_BACK}|^(?:kms|kmsl)$|(?:i wanna|i want to|i will|ima|imma) kms(?! (?:run|walk|race|cycle|ride))`
		),
		needs: /kms|unalive|kill/
	},
	{
		// Being alive, or being a person, is what is hated or not wanted.
		rule: 'selfharm.not-alive',
		pattern: phrase(
			`i (?:hate|hb|h8) (?:being alive|living|existing|being a person|my self(?! for (?:forgetting|losing|missing))|myself so much)|i (?:dont|do not|dnt) (?:want|wanna) (?:to )?be a (?:person|human) (?:any ?more|anymore)|i (?:want|wanna|wish i could|just want)(?: to)? (?:be )?(?:ded|dead|dissapear|disapear|disappear|vanish)(?: [a-z]+){0,2} (?:for good|forever|for ever|like actually|actually|not joking|no joke|for real|fr)`
		),
		unless: NOT_THE_CHILD,
		needs: /alive|living|exist|person|human|self|ded|dead|pear|vanish/
	},
	{
		// Home easier, or richer, without the child in it.
		rule: 'selfharm.burden',
		pattern: phrase(
			`(?:would|wd|wud|will) (?:have (?:an )?(?:easier|better|happier) (?:time|life)|be (?:easier|better off|happier|calmer)|have (?:more|enough) money|stop (?:arguing|fighting|shouting))(?: [a-z]+){0,3} if (?:i (?:just )?(?:wasnt|was not|werent|were not) (?:there|here|around|alive|born)(?! (?:on|at|for|during|in|this|today|tomorrow|tonight))|there (?:was|were) one less of us|i (?:was|were) gone|i (?:just )?(?:disappeared|died))|one less (?:of us|mouth to feed|person to (?:worry|feed))|if i (?:wasnt|was not|werent) (?:here|there|around|alive|born)(?: [a-z]+){0,2} (?:they|mum|dad|everyone|my family|nobody|no one) (?:wouldnt|would not|wont|would never|wouldnt ever) (?:have to|need to|argue|fight|shout|be sad|worry)|(?:nobody|no one|noone|no1|no 1|n o 1) (?:wud|wuld|wld|would|will|wd) (?:even )?(?:miss|notice|care about) me (?:if|when) (?:i was|im|i am|i m|i) (?:gone|dead|not here)|list of (?:reasons|things) to (?:stay|keep going|live|stay alive)(?: [a-z]+){0,4} (?:nothing|empty|blank|none)`
		),
		unless: new RegExp(`${NOT_THE_CHILD.source}|\\b(?:lol|haha|jk)\\b`),
		needs: /easier|better|happier|calmer|money|arguing|fighting|shouting|less|argue|fight|shout|sad|worry|miss|notice|care|reasons|things/
	}
];
