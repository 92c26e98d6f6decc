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
//   quote    — someone else's words quoted as a story quotes them ("whispered the fox", 'the
//              bad guy says "…"');
//   verse    — the child's own rap, poem or song ("my rap: i'm the king of the maths…"), whose
//              boasts and jeers are a performance;
//   scripture — a scripture story retold ("jesus healed the man and told him…", "the prophet
//              told his wife", "daniel and the king"): a story whose characters' secrets and
//              orders are theirs; rules ask for it beside their own words only, since naming
//              the Bible in one line says nothing of a secret asked in another;
//   faith    — a faith taught or told: a scripture story, God as the one
//              who knows and loves everyone ("god knows you better than you know yourself"), a
//              faith's practice explained ("sikhs believe", "langar is free food", "confirmation
//              is when you…") or a festival's greeting ("eid mubarak"). Its words (love, knowing
//              you, secrets kept, gifts, "nobody can make you") are the word model's grooming,
//              secrecy and unkind words, and the model was taught none of this talk, so it leaves
//              those kinds to the phrase rules here (classifier.ts); no phrase rule stands down
//              on it, so "god loves you and so do i, it's our secret" is still held.
// Each rule picks the frames that mean "not said to the reader" for its kind, and keeps its
// kind's own reasons (a kind surprise for secrecy, a game for threats) in its own file.
//
// The reading is lazy: a frame's cues are looked for only when a rule first asks about it,
// and at most once a message, so the many messages no hold rule fires on pay nothing.

export const FRAMES = ['lesson', 'retold', 'advice', 'exercise', 'story', 'quote', 'verse', 'scripture', 'faith'] as const;
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
// A scripture story retold: a figure only scripture has, acting ("jesus healed", "the prophet"),
// a scripture book or one of its scenes, or a figure with an everyday name together with the
// mark of their story ("daniel" and the king or the lions, "noah" and the ark), since Daniel,
// Noah and Mary are also classmates. "Jesus" alone is often an oath, so it counts only as the
// one acting or spoken of. God is not in it: "god told me…" is a child's own claim, not a story.
const SCRIPTURE_CUES = [
	'jesus (?:healed|fed|turned|walked|told|said|says|was|went|got|died|rose|came|taught|called|asked|helped|made|gave|cried|rode|washed|broke|prayed|forgave|met|chose|calmed|raised|blessed|touched|welcomed|shared)',
	'(?:baby|lord|story of|about|when|that|then|how|because|cos|follow|followed|followers of|believe in|pray to|prayed to) jesus',
	'moses|goliath|(?:the )?pharaoh|pontius pilate|(?:king )?herod|nebuchadnezzar|zacchaeus|lazarus|the (?:disciples|apostles|pharisees|israelites)',
	'(?:the )?prophet muhammad|the prophet|guru nanak|guru gobind singh|the (?:ten )?gurus|the buddha|(?:prince )?siddhartha|lord (?:krishna|rama|shiva|vishnu)|rama and sita|hanuman|ravana',
	'the (?:good samaritan|prodigal son|lost sheep|wise men|three kings|shepherds)|(?:the )?angel (?:gabriel|jibril)|mary and joseph',
	'noahs ark|the ark|(?:the )?lions den|the burning bush|the red sea|the last supper|the ten commandments|the crucifixion|the resurrection|the nativity story|the five thousand|the (?:first )?revelation|the night journey',
	'the (?:bible|quran|koran|torah|gospels?|old testament|new testament|guru granth sahib|vedas|ramayana)|(?:a|the) parable|bible stor(?:y|ies)',
	'daniel\\b[a-z ]{0,60}\\b(?:the king|lions?|den)|(?:the king|lions)\\b[a-z ]{0,80}\\bdaniel',
	'noah\\b[a-z ]{0,40}\\b(?:ark|flood|two by two)|jonah\\b[a-z ]{0,40}\\b(?:whale|big fish)|joseph\\b[a-z ]{0,40}\\b(?:coat|brothers|dreams?)|(?:abraham|ibrahim)\\b[a-z ]{0,40}\\b(?:isaac|ismail|ishmael|sacrifice)'
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
// A character's words quoted: a speaker a story has, then the verb that hands them the line.
const QUOTE_CUES = [
	'(?:whispered|said|hissed) the [a-z]+',
	'the [a-z]+ (?:whispered|hissed)',
	'the (?:bad guy|baddie|baddy|villain|hero|character|narrator|monster|witch|wizard|giant|dragon|troll|ogre|pirate|robot|alien|ghost|wolf) (?:says|said|shouts|shouted|yells|yelled|goes|growls|growled|replies|replied|screams|screamed)'
];

const VERSE_CUES = ['(?:my|our) (?:rap|raps|poem|poems|song|songs|lyrics|limerick|haiku|chant)'];

// A faith's practices, named as a child explains them ("langar is free food", "confirmation is when…").
const PRACTICE =
	'(?:langar|confirmation|(?:holy |first )?communion|baptism|christening|confession|ramadan|eid|diwali|vaisakhi|baisakhi|hanukkah|chanukah|passover|lent|advent|pentecost|harvest festival|shabbat|sabbath|puja|salah|wudu|zakat|hajj|umrah|iftar|suhoor|sehri|bar mitzvah|bat mitzvah|the eucharist|the rosary|seder|holi|navratri|raksha bandhan|gurpurab|karah prashad|prashad|amrit|kirtan|the five ks|the 5 ks|a kirpan|a kara)';
const FAITH_CUES = [
	...SCRIPTURE_CUES,
	// God as the one who knows, hears and loves everyone: a teaching, told to anyone.
	'(?:god|allah|jesus|waheguru|the lord) (?:knows|loves|sees|hears|forgives|made|created|listens to|is always with|is with|watches over|cares about|cares for|understands) (?:you|us|everyone|everybody|all of us|every|everything|the world|people|whatever|what)',
	'(?:you|we|u|anyone|everyone|people) (?:can|could|should|are allowed to|can always) (?:talk|speak|pray) to (?:god|allah|jesus|waheguru)',
	'(?:god|allah|the lord) (?:has|had|have) (?:got )?a (?:special |big |good |different )?plan for',
	// A faith's people and what they do.
	'(?:buddhists|sikhs|muslims|hindus|christians|catholics|jews|jewish people|quakers|methodists|rastafarians|humanists) (?:believe|try|dont|do not|pray|go|eat|fast|wear|say|celebrate|give|share|light|read|have|think|worship|follow|cant|cannot|are|call|use|visit|wash|cover|keep|should)',
	`${PRACTICE}(?: (?:at|in) (?:the|a) [a-z]+)? (?:is|are|means|was|starts|begins|ends|lasts|happens) (?:when|where|what|a|an|the|free|about|like|for|all about|how)`,
	// A festival's greeting, and its money given by family.
	'eid mubarak|ramadan mubarak|jummah mubarak|happy (?:diwali|vaisakhi|baisakhi|eid|hanukkah|chanukah|passover|navratri|holi)|shabbat shalom|chag sameach|eidi|eidee'
];

const CUES: Record<Frame, readonly string[]> = {
	lesson: LESSON_CUES,
	retold: RETOLD_CUES,
	advice: ADVICE_CUES,
	exercise: EXERCISE_CUES,
	story: STORY_CUES,
	quote: QUOTE_CUES,
	verse: VERSE_CUES,
	scripture: SCRIPTURE_CUES,
	faith: FAITH_CUES
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
	return new SpeakingOf(text);
}

// A class rather than an object of arrows made per message: under tsx a named arrow made in a
// function is wrapped in a helper that defines its name on every call.
class SpeakingOf implements Speaking {
	/** Per frame: the cues' [start, end) pairs, once looked for. */
	private readonly spans: (number[] | undefined)[] = new Array<number[] | undefined>(FRAMES.length).fill(undefined);

	constructor(private readonly text: string) {}

	inAny(set: FrameSet): boolean {
		for (let f = 0; f < FRAMES.length; f += 1) if ((set & (1 << f)) !== 0 && this.spansOf(f).length > 0) return true;
		return false;
	}

	near(set: FrameSet, from: number, to: number): boolean {
		for (let f = 0; f < FRAMES.length; f += 1) {
			if ((set & (1 << f)) === 0) continue;
			const found = this.spansOf(f);
			for (let i = 0; i < found.length; i += 2) if ((found[i] as number) >= from && (found[i + 1] as number) <= to) return true;
		}
		return false;
	}

	private spansOf(f: number): number[] {
		let found = this.spans[f];
		if (found === undefined) {
			found = [];
			const pattern = PATTERNS[f] as RegExp;
			const text = this.text;
			pattern.lastIndex = 0;
			for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
				found.push(m.index, m.index + m[0].length);
				if (m[0].length === 0) pattern.lastIndex += 1;
			}
			this.spans[f] = found;
		}
		return found;
	}
}
