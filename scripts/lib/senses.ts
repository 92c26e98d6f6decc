// Word-sense classes tried with the screen's word model (classifier.ts) by the writers' evaluation
// (scripts/screen-writers.ts, `--rep screen+senses2`): groups of words that say the same thing in
// the messages the screen looks for (a way to hurt the body, an ending, vanishing, being worth
// nothing; a secret, a gift, a private app, an age, looks, being alone together…), so a wording
// nobody wrote a sentence for still shares a feature with one somebody did: "no one would notice
// if i vanished" and "nobody would miss me if i disappeared" meet in `@vanish` and `@worthless`.
//
// Each word of a class adds the feature `@class` at its place (`!@class` after a "not"), and the
// class with each of the next two words (`senses2`; `senses0` and `senses1` read fewer): `@class @other` when that word is in a class,
// `@class +word` when it is not. The model learns a weight for each from the training sentences,
// as for any word. Written from what each kind is about, never from a development or blind file's
// sentences. Not read by the screen: tests/fixtures/screening/training-next/model11-word-senses.patch
// moves it into the screen (as classifier-senses.ts), and its README says why that waits.

export const SENSE_CLASSES: Readonly<Record<string, string>> = {
	// Hurting the body, and what it is done with or leaves.
	harmbody:
		'cut cuts cutting cutted scratch scratches scratching scratched hurt hurts hurting bleed bleeding bled blood bruise bruises bruised ' +
		'burn burns burning burnt pinch pinching bang banging punch punching hit hitting blade blades razor razors sharpener scissors ' +
		'compass knife glass marks scar scars scabs wound wounds sleeves plasters plaster skin wrist wrists arms legs thighs pain punish punishing',
	// An end to living, and its means and farewells.
	ending:
		'die dying died dead death suicide suicidal kill killing killed end ending ended overdose pills tablets paracetamol jump jumping ' +
		'bridge roof hang hanging rope drown drowning forever goodbye bye funeral grave heaven alive living live life wake asleep sleep ' +
		'exist existing born gone anymore nomore longer last final letter',
	// Not being there: vanishing, leaving, not being missed.
	vanish:
		'disappear disappeared disappearing vanish vanished vanishing invisible away gone fade fading erase erased missing leave leaving ' +
		'run runaway escape around here there exist nowhere miss notice noticed noticing forget forgotten remember',
	// Being worth nothing, a burden, the problem.
	worthless:
		'worthless useless pointless burden waste failure fail rubbish stupid ugly fat hate hated hates nobody noone unwanted unloved ' +
		'empty numb tired hopeless helpless better fault mistake nothing wrong broken disgusting pathetic annoying deserve deserved worse ' +
		'worst point easier happier problem problems bother trouble',
	// Low mood and not coping.
	lowmood:
		'sad depressed depression down cry crying cried tears lonely alone scared awful miserable upset dark darkness heavy tired ' +
		'exhausted anxious panic hurting lost stuck trapped anymore cope coping enough done quit give gave giving',
	// Food, eating and the body's size.
	food: 'eat eating ate food starve starving skip skipped skipping meal meals lunch dinner breakfast tea hungry skinny thin weight weigh calories sick throw bin binned smaller',
	// Handing one's things on.
	giveaway: 'have keep take give giving need want yours stuff things toys collection cards after when',
	// Keeping something hidden.
	secret:
		'secret secrets private privately between us tell telling told delete deleted deleting hide hidden hiding promise promised shh shhh ' +
		'quiet special nobody anyone anybody trouble find know knows mention screenshot clear wipe',
	// The grown-ups who would be told.
	family: 'mum mom mummy mam dad daddy parents parent family teacher teachers miss sir grownups adults nan carer carers',
	// Gifts, money and game currency.
	gift:
		'gift gifts present presents robux vbucks v bucks skins skin money cash pay paid buy bought buying voucher giftcard card reward ' +
		'treat treats sweets phone ipad game games coins gems free earn owe',
	// Apps and ways to talk out of sight.
	platform:
		'snapchat snap whatsapp discord insta instagram tiktok dm dms pm message messages messaging text texting facetime call calling ' +
		'video app apps kik telegram messenger chat chats chatting online account number add server private voice webcam camera',
	// Age and growing up.
	age:
		'age old young younger older mature grown grownup adult adults teen teenager teens year years yrs birthday born kid kids child ' +
		'children baby little big boy girl 13 14 15 16 17 18 19 20 21 25 30',
	// Looks, bodies, clothes and pictures.
	looks:
		'pretty cute beautiful gorgeous hot sexy body photo photos pic pics picture pictures selfie selfies wearing wear clothes pyjamas ' +
		'pjs bath shower undies underwear naked bra swimsuit costume dress legs lips figure looks look face send show',
	// Being together, alone, somewhere.
	together:
		'alone own meet meeting come over pick car park house flat room bedroom sneak sneaking tonight late night visit round place just only outside out weekend',
	// Closeness, trust and pet names.
	closeness:
		'special trust understand understands mature best only care love loves darling sweetie babe hun princess gorgeous sweetheart ' +
		'boyfriend girlfriend relationship friendship kiss hug cuddle lucky chosen different',
	// Someone, often a grown-up.
	stranger: 'man guy lady woman he him his she her stranger coach uncle someone somebody person friend mate bloke'
};
