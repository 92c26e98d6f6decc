// A small word model for the hold kinds hand-written phrases miss: grooming,
// self-harm, unkind words, threats and secrecy said in words no rule lists.
// Owns rules: grooming.model, selfharm.model, unkind.model, threat.model,
// secrecy.model, and each kind's `.model-weak` (a score over the kind's line but
// under its second, `strong` line: held, but too unsure to alert the DSL). One logistic regression per kind over the word view's words,
// word pairs and four-letter pieces of words, trained by `npm run screen:train`
// (scripts/train-screen.ts) on the two tuning sets and the sentences in
// tests/fixtures/screening/training/; its weights and thresholds (chosen by
// cross-validation on those sets) live in classifier-model.json, so the screen
// stays pure and loads no files at run time. The model only ever adds a hold:
// it never blocks and never takes a finding away, and a kind a rule has already
// found is left to the rule.
//
// A long message is read in windows of WINDOW words (about a training message's
// length) and clause by clause, so a long story cannot add up to a finding from
// many faint words, and one worrying sentence is not drowned by the rest.

import MODEL from './classifier-model.json';
import type { WordToken, WordView } from './normalise.js';
import { GAME } from './threat.js';
import { deniesInsult } from './unkind-denied.js';
import { keepsKindSecret, keepsListenersSilence } from './secrecy.js';
import { REFUGE } from './selfharm.js';
import { frames, type Speaking } from './speaking.js';
import type { HoldKind, RawFinding } from './types.js';

export const MODEL_KINDS = ['grooming', 'selfharm', 'unkind', 'threat', 'secrecy'] as const satisfies readonly HoldKind[];
export type ModelKind = (typeof MODEL_KINDS)[number];

/**
 * Talk about a lesson's rules ("we learned never to tell anyone your address", "in
 * PSHE we talked about good and bad secrets"), or a parent's advice said the same way ("my dad
 * says if a game friend ever asks to chat on another app I should tell him"), is made of the very words grooming and
 * secrecy use, and the README promises that it passes. The phrase rules stand down in it; so
 * does the model, which cannot see who is speaking, for these two kinds: it asks the message's
 * reading (speaking.ts) for lesson talk or a lesson's exercise told back ("the video we watched
 * had a boy who...", "in the quiz there was a message from..."): a groomer does not frame his
 * asking as a quiz or a film the class watched. Self-harm, threats and unkind words are still read.
 */
const LESSON_TALK = frames('lesson', 'retold', 'exercise');

/**
 * A book, film or story retold ("in our class book the boy thinks his family don't want him"), or
 * the child's own rap or poem: its hard words are about characters or a performance, so unkind
 * words in it are left to the phrase rules,
 * which still read an insult aimed at the reader.
 */
const RETOLD_STORY = frames('story', 'verse');

/**
 * A faith taught or told (speaking.ts's faith frame: a scripture story, God who knows and loves
 * everyone, a faith's practice explained, a festival's greeting). Its words of love, knowing,
 * secrets kept, free food and gifts are the model's grooming, secrecy and unkind words, and no
 * training message spoke so, so those kinds are left to the phrase rules there, which still read
 * "god loves you and so do i, it's our secret". Self-harm and threats are still read.
 */
const FAITH_TALK = frames('faith');

/**
 * A question about an outfit for a named event ("what are you wearing for eid?", "what are you
 * wearing to the disco?"): the model reads "what are you wearing" as a groomer's question, which
 * it is when no event is named, or a picture, a camera or being alone is in the message too.
 */
const OUTFIT_FOR_AN_EVENT =
	/\b(?:wear|wearing|outfit|outfits|dress|dresses|costume|costumes)\b[a-z ]{0,30}\b(?:for|to|on|at) (?:the |my |your |ur |our |her |his )?(?:eid|diwali|vaisakhi|christmas|christmas day|easter|(?:first |holy )?communion|confirmation|christening|baptism|wedding|mehndi|party|disco|prom|non uniform|mufti|world book day|book day|fancy dress|school photo|church|mosque|gurdwara|temple|synagogue|the play|nativity|panto|sports day|birthday)\b/;
const PICTURE_CAMERA_OR_ALONE =
	/\b(?:pics?|piks?|photos?|pictures?|selfies?|vids?|videos?|cam|camera|facetime|video ?call|show me|send|alone|just (?:you|u)|on (?:your|ur) own|secret|dont tell|bedroom|bed|bath|shower|pjs|pyjamas|underwear|bra)\b/;

/**
 * Harm that the message keeps from a creature ("buddhists try not to hurt any living thing",
 * "we put the spider outside instead of squishing it") is not harm to the self, so long as
 * nothing in the message turns it on the writer ("myself", "my life", dying).
 */
const SPARES_A_CREATURE =
	/\b(?:hurt|harm|kill|squish|squash|tread on|step on|stand on|swat)(?: (?:any|a|an|the|all|other))? ?(?:living (?:thing|things|creature|creatures|being|beings)|animals?|insects?|spiders?|flies|fly|bugs?|worms?|ants?|bees?|wasps?|snails?|slugs?|creatures?|minibeasts?|beetles?|ladybirds?|moths?)\b/;
const TURNED_ON_THE_SELF = /\b(?:myself|meself|masel|my ?self|my life|me|die|dying|dead|suicide|suicidal|kill me|end it|cut|cutting|disappear)\b/;

/**
 * Grief for someone who has died or may die ("my grandad died last week and i keep thinking about
 * him", "i dont want my nan to die"): the death is the loved one's, and the model, taught its
 * "i keep thinking about" and "die" from a child's own wish, reads it as one. It stands down only
 * where nothing in the message wishes the child gone too, turns harm on the child, or says the
 * child does not matter; those words keep the reading (and the rules read them first).
 */
const LOVED_ONE =
	'(?:(?:my|our|me) )?(?:great )?(?:grandad|grandpa|granddad|grampa|grandma|granny|gran|nan|nana|nanna|nain|nani|dadi|uncle|auntie|aunty|aunt|dad|mum|mam|brother|sister|cousin|baby brother|baby sister|dog|cat|hamster|rabbit|guinea pig|budgie|tortoise|horse|pony)';
const MOURNS = new RegExp(
	`\\b(?:${LOVED_ONE}s? (?:died|has died|had died|passed away|has passed|is dead|was put to sleep|got put down|funeral|grave|ashes|coffin|headstone|memorial)|(?:his|her|their) (?:funeral|coffin|grave|ashes|headstone|memorial)|since (?:he|she|${LOVED_ONE}) (?:died|passed)|${LOVED_ONE} (?:being|is) (?:dead|gone|in heaven)|(?:dont|do not|didnt) want ${LOVED_ONE} to die|${LOVED_ONE} (?:was|were) still (?:here|alive|with us))\\b`
);
const WISHED_GONE_TOO =
	/\b(?:myself|meself|my ?self|my life|kill|hurt|harm|cut|cutting|scratch|scratched|suicide|suicidal|end it|go with (?:him|her|them)|join (?:him|her|them)|be with (?:him|her|them)|(?:i|me) (?:to )?(?:die|be dead)|die too|dead too|i (?:wish|want|wanna|think about|keep thinking about|dream about)\b[a-z ]{0,30}\b(?:die|dying|dead|death|gone|disappear|not being|not be|wake|exist)|disappear|vanish|not (?:be|being) (?:here|alive|around)|(?:not|stop|stopped) exist(?:ing)?|not wake up|never wake|sleep forever|no point|whats the point|nobody cares|no one cares|nothing matters|better off|without me|hate me|hate myself|my fault|anymore|any more|worse|cant cope|cant go on|give up|tired of|sick of)\b/;

/**
 * How far either side of the run that scored (in the word view's letters) a new reading's cue may
 * lie: a faith's words, a death mourned, a creature spared or an outfit's event must be in or
 * beside the words that made the score, so one festival greeting or one line of grief in a long
 * email does not quieten a worrying sentence elsewhere in it.
 */
export const READING_REACH = 60;

/**
 * True when the model leaves `kind` to the phrase rules in a message (its word view's
 * text, and the reading of who is speaking in it): grooming and secrecy in lesson talk,
 * secrecy in a short message about a kind surprise, threats in games, sport and stories, as
 * the rules' own `unless` do, unkind where an insult is only denied (unkind-denied.ts) or
 * a book or film is retold, and self-harm in a wish to vanish into a book or under the duvet.
 * Beside the run that scored (`run`, the whole message when it is not given): a faith taught or
 * told for grooming, secrecy and unkind, an outfit for an event for grooming, a listener's duty
 * for secrecy, and grief or a creature spared for self-harm, each checked against the whole
 * message for the words that undo it.
 * The trainer applies the same test when it chooses the
 * lines, so a message the model never judges does not set them.
 */
export function modelStandsDown(
	kind: string,
	text: string,
	speaking: Speaking,
	run: Readonly<{ from: number; to: number }> = { from: 0, to: text.length }
): boolean {
	const from = Math.max(0, run.from - READING_REACH);
	const to = Math.min(text.length, run.to + READING_REACH);
	const near = from === 0 && to === text.length ? text : text.slice(from, to);
	const faith = speaking.near(FAITH_TALK, from, to);
	if (kind === 'grooming') return speaking.inAny(LESSON_TALK) || faith || (OUTFIT_FOR_AN_EVENT.test(near) && !PICTURE_CAMERA_OR_ALONE.test(text));
	if (kind === 'secrecy') return speaking.inAny(LESSON_TALK) || faith || keepsKindSecret(text) || keepsListenersSilence(near);
	if (kind === 'threat') return GAME.test(text);
	if (kind === 'unkind') return deniesInsult(text) || speaking.inAny(RETOLD_STORY) || faith;
	// A wish to vanish into a book or under the duvet: the self-harm rule knows that refuge (A_REFUGE), the model cannot.
	if (kind === 'selfharm')
		return REFUGE.test(text) || (SPARES_A_CREATURE.test(near) && !TURNED_ON_THE_SELF.test(text)) || (MOURNS.test(near) && !WISHED_GONE_TOO.test(text));
	return false;
}

/** Words in one window (about a training message's length); the window slides a word at a time. */
export const WINDOW = 16;

/**
 * Words in the second, shorter window read in a message longer than WINDOW, for the kinds in
 * SHORT_WINDOW_KINDS. A child's one
 * worrying sentence in a long email is often not set off by a full stop ("...my spellings are
 * in my bag i dont want to be here anymore also can we do the volcano again"), so no clause
 * holds it alone, and every 16-word window also holds nine words of school news that pull the
 * score down: wrapped in such an email, 77 of the 148 self-harm sentences of the dev files the
 * model held alone fell to 40. An eight-word window holds the sentence and little else.
 */
export const SHORT_WINDOW = 8;

/**
 * The kinds read in short windows too. Only self-harm: read so, a long innocent training
 * message's eight words ("people online might pretend to be children") set the grooming,
 * unkind and threat lines far higher (cross-validated grooming recall 0.59 -> 0.20), while
 * self-harm's line did not move.
 */
export const SHORT_WINDOW_KINDS: ReadonlySet<ModelKind> = new Set(['selfharm']);

/** True when the original text between two words holds . ! ? ; , or a line break. */
export function clauseEnds(text: string, from: number, to: number): boolean {
	for (let i = from; i < to; i += 1) {
		const ch = text.charCodeAt(i);
		if (ch === 46 || ch === 33 || ch === 63 || ch === 59 || ch === 44 || ch === 10) return true;
	}
	return false;
}

export interface ClassifierModel {
	kinds: readonly string[];
	bias: readonly number[];
	thresholds: readonly number[];
	/**
	 * A higher line per kind, over every held-out message not of the kind in
	 * cross-validation: a finding scored below it is named `<kind>.model-weak`.
	 */
	strong: readonly number[];
	/** Feature -> one weight per kind, in `kinds` order. */
	weights: Record<string, readonly number[]>;
}

const NEGATORS = new Set(['not', 'never', 'isnt', 'arent', 'wasnt', 'werent', 'aint', 'no', 'nt']);

/**
 * The features at each word position: the word (marked, and without pieces, when a "not" comes before it), the pair it starts and the
 * four-letter pieces of the word with its edges marked. The trainer and the
 * screen both call this, so they cannot drift apart.
 */
export function featuresAt(words: readonly string[], i: number, out: string[]): void {
	const word = words[i] as string;
	const next = words[i + 1];
	if (next !== undefined) out.push(`${word} ${next}`);
	// "not stupid" is not "stupid": a word straight after a "not" is its own feature, without pieces.
	if (i > 0 && NEGATORS.has(words[i - 1] as string)) {
		out.push(`!${word}`);
		return;
	}
	out.push(word);
	if (word.length >= 4) {
		const marked = `<${word}>`;
		for (let k = 0; k + 4 <= marked.length; k += 1) out.push(`#${marked.slice(k, k + 4)}`);
	}
}

interface Compiled {
	kinds: readonly ModelKind[];
	bias: Float64Array;
	thresholds: Float64Array;
	strong: Float64Array;
	weights: Map<string, readonly number[]>;
	/** "first" -> "second" -> weights, so a pair is looked up without building its string. */
	pairs: Map<string, Map<string, readonly number[]>>;
	/**
	 * A word's own weights (the word and its pieces) and the pairs it begins, remembered:
	 * most words recur. One map for words as written, one for words after a "not".
	 */
	wordCache: Map<string, WordEntry>;
	negatedCache: Map<string, WordEntry>;
}

const WORD_CACHE_LIMIT = 20_000;

function compile(model: ClassifierModel): Compiled {
	const weights = new Map(Object.entries(model.weights));
	const pairs = new Map<string, Map<string, readonly number[]>>();
	for (const [feature, w] of weights) {
		const space = feature.indexOf(' ');
		if (space < 0) continue;
		const first = feature.slice(0, space);
		const inner = pairs.get(first) ?? new Map<string, readonly number[]>();
		inner.set(feature.slice(space + 1), w);
		pairs.set(first, inner);
	}
	return {
		kinds: model.kinds as ModelKind[],
		bias: Float64Array.from(model.bias),
		thresholds: Float64Array.from(model.thresholds),
		strong: Float64Array.from(model.strong),
		weights,
		pairs,
		wordCache: new Map(),
		negatedCache: new Map()
	};
}

let compiled: Compiled | undefined;

/** The summed weights of a word and its pieces (not its pair), per kind. */
interface WordEntry {
	own: Float64Array;
	pairs: Map<string, readonly number[]> | undefined;
}

function wordWeights(model: Compiled, word: string, negated: boolean): WordEntry {
	const cache = negated ? model.negatedCache : model.wordCache;
	const cached = cache.get(word);
	if (cached !== undefined) return cached;
	const key = negated ? `!${word}` : word;
	const k = model.kinds.length;
	const sum = new Float64Array(k);
	const add = (w: readonly number[] | undefined): void => {
		if (w !== undefined) for (let c = 0; c < k; c += 1) sum[c] = (sum[c] as number) + (w[c] as number);
	};
	add(model.weights.get(key));
	if (!negated && word.length >= 4) {
		const marked = `<${word}>`;
		for (let j = 0; j + 4 <= marked.length; j += 1) add(model.weights.get(`#${marked.slice(j, j + 4)}`));
	}
	const entry = { own: sum, pairs: model.pairs.get(word) };
	if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
	cache.set(word, entry);
	return entry;
}

// Buffers reused from message to message (the screen runs one message at a time), so a
// long message does not leave three arrays behind for the garbage collector.
const buffers = [new Float64Array(0), new Float64Array(0)];
let runBuffer = new Int32Array(0);

function scratch(size: number, which: 0 | 1): Float64Array {
	if ((buffers[which] as Float64Array).length < size) buffers[which] = new Float64Array(Math.max(size, 2 * (buffers[which] as Float64Array).length));
	return buffers[which] as Float64Array;
}

/**
 * Findings the model adds: one per kind, over the window that scored highest,
 * when that score passes the kind's threshold and no rule found the kind.
 */
export function classifyHolds(view: WordView, original: string, alreadyFound: ReadonlySet<string>, speaking: Speaking): RawFinding[] {
	compiled ??= compile(MODEL as ClassifierModel);
	const model = compiled;

	const { kinds, bias, thresholds, strong } = model;
	const tokens = view.tokens;
	const n = tokens.length;
	if (n === 0) return [];
	const k = kinds.length;
	// Per-position contribution of each kind: the word, its pieces and the pair it starts
	// (a pair that runs past a window's end counts in the window it starts in: close enough).
	const contrib = scratch(n * k, 0);
	let previous = '';
	for (let i = 0; i < n; i += 1) {
		const word = (tokens[i] as WordToken).text;
		const entry = wordWeights(model, word, NEGATORS.has(previous));
		const own = entry.own;
		const pair = i + 1 < n ? entry.pairs?.get((tokens[i + 1] as WordToken).text) : undefined;
		for (let c = 0; c < k; c += 1) contrib[i * k + c] = (own[c] as number) + (pair === undefined ? 0 : (pair[c] as number));
		previous = word;
	}
	// Running sums, so any run of words scores in one subtraction.
	const sums = scratch((n + 1) * k, 1);
	for (let c = 0; c < k; c += 1) sums[c] = 0;
	for (let i = 0; i < n; i += 1) for (let c = 0; c < k; c += 1) sums[(i + 1) * k + c] = (sums[i * k + c] as number) + (contrib[i * k + c] as number);
	// The runs read: every WINDOW words, sliding a word at a time, and in a message longer
	// than a window each sentence or clause on its own (between . ! ? ; , or a line break), as
	// short messages are trained. A message of one window is read whole, so its context counts:
	// "i don't want to be here, it's so boring at my cousin's" and "shh don't tell mum about
	// her cake, it's a surprise" are not judged by their first clause alone (train-model.ts
	// reads the same runs when it chooses the lines, and cross-validated recall rose with it).
	// (Kept in a reused buffer: at most two numbers per word for each kind of window and two per word for the clauses.)
	if (runBuffer.length < 6 * n + 6) runBuffer = new Int32Array(Math.max(6 * n + 6, runBuffer.length * 2));
	const runs = runBuffer;
	let runCount = 0;
	const width = Math.min(n, WINDOW);
	for (let start = 0; start + width <= n; start += 1) {
		runs[runCount] = start;
		runs[runCount + 1] = start + width;
		runCount += 2;
	}
	let clause = 0;
	for (let i = 1; i <= n && n > WINDOW; i += 1) {
		if (i < n && !clauseEnds(original, view.ends[(tokens[i - 1] as WordToken).end - 1] ?? 0, view.starts[(tokens[i] as WordToken).start] ?? 0)) continue;
		if (i - clause < width) {
			runs[runCount] = clause;
			runs[runCount + 1] = i;
			runCount += 2;
		}
		clause = i;
	}
	// Self-harm alone is also read in SHORT_WINDOW words (after the shared runs, so the other kinds stop before them).
	const sharedCount = runCount;
	for (let start = 0; n > WINDOW && start + SHORT_WINDOW <= n; start += 1) {
		runs[runCount] = start;
		runs[runCount + 1] = start + SHORT_WINDOW;
		runCount += 2;
	}
	const findings: RawFinding[] = [];
	for (let c = 0; c < k; c += 1) {
		const kind = kinds[c] as ModelKind;
		if (alreadyFound.has(kind)) continue;
		let best = -Infinity;
		let bestStart = 0;
		let bestEnd = 0;
		const readTo = SHORT_WINDOW_KINDS.has(kind) ? runCount : sharedCount;
		for (let r = 0; r < readTo; r += 2) {
			const from = runs[r] as number;
			const to = runs[r + 1] as number;
			const score = (sums[to * k + c] as number) - (sums[from * k + c] as number);
			if (score > best) {
				best = score;
				bestStart = from;
				bestEnd = to;
			}
		}
		best += bias[c] as number;
		if (best < (thresholds[c] as number)) continue;
		const first = tokens[bestStart];
		const last = tokens[bestEnd - 1];
		if (first === undefined || last === undefined) continue;
		if (modelStandsDown(kind, view.text, speaking, { from: first.start, to: last.end })) continue;
		// Between the two lines the model is unsure: the finding still holds, but says so
		// in its rule, and severity.ts lets only a sure one raise a DSL alert.
		const rule = best >= (strong[c] as number) ? `${kind}.model` : `${kind}.model-weak`;
		findings.push({ kind, start: view.starts[first.start] ?? 0, end: view.ends[last.end - 1] ?? 0, rule });
	}
	return findings;
}
