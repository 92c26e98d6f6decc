// An adult the child does not know, named next to a meeting or a child's
// whereabouts: "a man from Roblox said…", "my friend is 19", "I'm 24". Owns rule
// meeting.unknown-adult. Only looked for when a meeting or location was found:
// on its own, "a man came to fix the boiler" is nothing.

import { matchPhrases, phrase, type PhraseRule } from './phrases.js';
import type { WordView } from './normalise.js';
import type { RawFinding } from './types.js';
import { meetsFamilyOnly } from './meeting-older.js';

const RULES: readonly PhraseRule[] = [
	{
		rule: 'meeting.unknown-adult',
		pattern: phrase(
			`(?:a|this|some|that|the) (?:man|men|lady|woman|guy|bloke|grown up|adult|older (?:boy|girl|lad|kid)|teenager|teen|stranger)|(?:my|a|an|this|that) (?:friend|mate|buddy|bestie|boyfriend|girlfriend|bf|gf|boy|girl|lad) (?:from|off|on|i met on|i met in) (?:online|the internet|roblox|fortnite|minecraft|tiktok|youtube|discord|snap|snapchat|insta|instagram|whatsapp|a game|the game|among us|the app|an app)|(?:someone|somebody|a person|people|a boy|a girl|this boy|this girl) (?:i|we) (?:met|know|talk to|play with) (?:online|on (?:roblox|fortnite|minecraft|tiktok|discord|a game|the game|snap|insta))|(?:hes|shes|he is|she is|theyre|they are|im|i am|(?:my|a) (?:friend|mate|buddy|bestie|boyfriend|girlfriend|bf|gf) is) (?:1[6-9]|[2-9][0-9]|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty)(?: years old| yrs| yo)?(?![0-9])|(?:my|your|ur) (?:online|secret) (?:friend|boyfriend|girlfriend|bf|gf|mate)|(?:hes|shes|he is|she is) (?:in|at) (?:college|sixth form|uni|university|year (?:1[0-3]|ten|eleven|twelve|thirteen))`
		),
		// A friend the child also knows in person is no stranger: "my online friend Priya from class".
		// Not a grown-up by word or age, though: "my online friend from class is actually 25", "a man
		// from my street".
		unless:
			/^(?![\s\S]*\b(?:man|men|lady|woman|guy|bloke|grown up|adult|stranger|teenager|teen|(?:is|im|hes|shes|actually|nearly) (?:1[6-9]|[2-9][0-9]))\b)[\s\S]*\b(?:from (?:my |our )?(?:class|school|football|cubs|brownies|scouts|street|road)|in (?:my|our) (?:class|year|school)|my cousin|next door)\b/
	}
];

/** Mentions of an adult or online stranger; they raise a meeting's severity. */
export function findUnknownAdult(view: WordView): RawFinding[] {
	const found = matchPhrases(view, RULES, 'meeting');
	// A relative's age is no stranger's: "wanna meet my cousin at the station? hes 20".
	return found.length > 0 && meetsFamilyOnly(view.text) ? [] : found;
}
