// The games, sport, jokes and stories in which "I'll get you" is play, read by the threat
// rules (threat.ts, threat-veiled.ts) and by the word model (classifier.ts) to stand down.

/** Games, sport, jokes and stories, where "I'll get you" is play; the word model (classifier.ts) stands down on them too. */
export const GAME =
	/\b(?:fortnite|minecraft|roblox|game|level|match|among us|chess|bedwars|pvp|arena|battle|1v1|in pe|at football|at dodgeball|dodgeball|lol|haha|jk|(?<!not |no |aint )joking|story|dragon|monster|zombie|villain|pirate|character|uno|fifa|mario kart|rematch|high score|win|won|winning|beat (?:you|u) at|next time you (?:play|race)|times tables|spelling bee|rounders|netball|tag|hide and seek|ready or not)\b/;

/**
 * Games and stories only, without GAME's jokes and sport: for harm too serious for a "lol" or
 * a race to excuse ("I'll set fire to your house lol", "win the race and I'll trip you so bad
 * you break your leg"), while the same words about a game world still pass.
 */
export const PLAY_WORLD =
	/\b(?:fortnite|minecraft|roblox|game|level|among us|bedwars|pvp|1v1|story|dragon|monster|zombie|villain|pirate|character|fifa|mario kart|film|movie|book|lego)\b/;
