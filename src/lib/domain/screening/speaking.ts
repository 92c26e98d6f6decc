// Who is speaking, and in what frame: one reading of a message that the hold rules ask
// before they stand down, instead of each keeping its own list of lesson and story words.
// The frames:
//   lesson   — a lesson, an assembly or e-safety talk named ("we learned", "in PSHE",
//              "online safety", "the video we watched");
//   retold   — what a lesson or a grown-up taught, told back without naming the lesson
//              ("we talked about", "miss said", "the film showed"), or a grown-up's safety
//              rule said the same way ("if anyone asks you to … you should tell your mum");
//   advice   — a safety rule said to nobody in particular ("never send a photo", "if a
//              stranger…", "tell a trusted adult", "someone you met online");
//   exercise — a worksheet, quiz or pretend chat picked apart ("spot the warning signs",
//              "the red flags", "my e-safety poster", "for example");
//   story    — a story, book, film or play, written or retold ("once upon a time", "in our
//              class book", "the character", "chapter 3");
//   quote    — someone else's words quoted as a story quotes them ("whispered the fox").
// Each rule picks the frames that mean "not said to the reader" for its kind, and keeps its
// kind's own reasons (a kind surprise for secrecy, a game for threats) in its own file.
//
// The reading is lazy: a frame's cues are looked for only when a rule first asks about it,
// and at most once a message, so the many messages no hold rule fires on pay nothing.

export const FRAMES = ['lesson', 'retold', 'advice', 'exercise', 'story', 'quote'] as const;
export type Frame = (typeof FRAMES)[number];

/** A set of frames as bits, so a rule's question is one number. */
export type FrameSet = number;

/** The bits of the named frames, for a rule to keep as a constant. */
export function frames(...named: readonly Frame[]): FrameSet {
	let set = 0;
	for (const name of named) set |= 1 << FRAMES.indexOf(name);
	return set;
}

// A lesson named: only words that say a lesson or its material is being told about.
const LESSON_CUES = [
	'we (?:learned|learnt|were taught)',
	'pshe|anti bullying|e safety|esafety|online safety|stranger danger|pants rule|nspcc',
	'the (?:video|film|cartoon|lesson|quiz|assembly|leaflet) we (?:watched|saw|did|had)',
	'(?:things|stuff) (?:you|u) (?:should|must|can|cant|shouldnt) (?:keep private|share)'
];
// What a lesson or a grown-up taught, told back without naming the lesson: weaker, since "we
// talked about it", "miss said" and "in assembly" also begin everyday news.
const RETOLD_CUES = [
	'if (?:a|an|any|someone|anyone|somebody)\\b[a-z ]{0,60}\\b(?:i|you|u|we) (?:should|must|need to|have to) (?:tell|block|report) (?:him|her|mum|dad|my mum|my dad|your mum|your dad|a grown up|an adult|a teacher|a trusted adult|childline|the police)',
	'we (?:learn|talked about|did a lesson|practised)',
	'in (?:computing|assembly|ict|the lesson|our lesson)',
	'the (?:video|film|cartoon|lesson|quiz|assembly|leaflet) (?:said|says|showed|told us|taught us|was about|on|about)',
	'in (?:the|our|a) (?:quiz|video(?! call| chat)|assembly|workshop)',
	'(?:miss|sir|my teacher|the teacher|our teacher|the police lady|the police man) (?:said|says|told us|taught us)'
];
const ADVICE_CUES = [
	'never (?:send|give|share|meet|trust|talk to|add|accept)',
	'shouldnt|should not|dont ever',
	'if (?:someone|somebody|anyone|a stranger|a person)',
	'(?:a|the) (?:stranger|groomer)',
	'(?<!(?:dont|never|not) )tell (?:a|an) (?:trusted )?(?:adult|grown up|teacher)'
];
const EXERCISE_CUES = [
	'(?:a|the) pretend (?:chat|message|conversation|text)',
	'spot the (?:bad|warning|danger|red)',
	'warning signs|red flags',
	'(?:e safety|esafety|online safety) (?:leaflet|poster|comic|booklet|quiz)',
	'diary entry as'
];
// Only the marks of a story told or retold: a single word such as "plot", "scene" or "villain"
// says too little about who is speaking, and the rules that want those keep them.
const STORY_CUES = [
	'once upon',
	'in (?:my|the|our|a) (?:story|book|play|film|poem|comic)',
	'(?:in|from) (?:our|the|my|this|that) (?:class |reading |library |guided reading )?(?:book|story|film|movie|play|poem|chapter|novel)',
	'(?:my|our|this|the) (?:story|poem|comic|book|play) (?:is )?about',
	'(?:my|our) (?:story|poem|play|comic|script) (?:starts|begins|goes|opens)',
	'story (?:opening|starter|ending|beginning)',
	'chapter (?:\\d+|one|two|three|four|five|six)',
	'the character'
];
const QUOTE_CUES = ['(?:whispered|said|hissed) the [a-z]+', 'the [a-z]+ (?:whispered|hissed)'];

const CUES: Record<Frame, readonly string[]> = {
	lesson: LESSON_CUES,
	retold: RETOLD_CUES,
	advice: ADVICE_CUES,
	exercise: EXERCISE_CUES,
	story: STORY_CUES,
	quote: QUOTE_CUES
};

const PATTERNS: readonly RegExp[] = FRAMES.map((frame) => new RegExp(`\\b(?:${CUES[frame].join('|')})\\b`, 'g'));

/** The frames a message is spoken in, read from its word view's text. */
export interface Speaking {
	/** True when a cue of any of `set` is anywhere in the message. */
	inAny(set: FrameSet): boolean;
	/** True when a cue of any of `set` lies wholly inside the message's text from `from` to `to`. */
	near(set: FrameSet, from: number, to: number): boolean;
}

/** Read a message (its word view's text); each frame's cues are found on first asking. */
export function readSpeaking(text: string): Speaking {
	// Per frame: the cues' [start, end) pairs, once looked for.
	const spans: (number[] | undefined)[] = new Array(FRAMES.length);
	const spansOf = (f: number): number[] => {
		let found = spans[f];
		if (found === undefined) {
			found = [];
			const pattern = PATTERNS[f] as RegExp;
			pattern.lastIndex = 0;
			for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
				found.push(m.index, m.index + m[0].length);
				if (m[0].length === 0) pattern.lastIndex += 1;
			}
			spans[f] = found;
		}
		return found;
	};
	return {
		inAny(set) {
			for (let f = 0; f < FRAMES.length; f += 1) if ((set & (1 << f)) !== 0 && spansOf(f).length > 0) return true;
			return false;
		},
		near(set, from, to) {
			for (let f = 0; f < FRAMES.length; f += 1) {
				if ((set & (1 << f)) === 0) continue;
				const found = spansOf(f);
				for (let i = 0; i < found.length; i += 2) if ((found[i] as number) >= from && (found[i + 1] as number) <= to) return true;
			}
			return false;
		}
	};
}
