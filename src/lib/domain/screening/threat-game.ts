// The games, sport, jokes and stories in which "I'll get you" is play, read by the threat
// rules (threat.ts, threat-veiled.ts) and by the word model (classifier.ts) to stand down.

/**
 * A contest named after "you at": the words of a beating said of a quiz, a test, conkers or a
 * console game ("i'm gonna batter you at the spelling test", "i'll thrash you at conkers",
 * "knock you out at boxing on the wii") mean winning, in every region's word for it. Only a
 * contest counts: "batter you at the park" and "at home time" are places and times, and stay
 * threats.
 */
const CONTEST =
	'(?:(?:the|a|our|this|tomorrows|fridays|next|that) )?(?:quiz|quizzes|quiz night|test|tests|spelling test|spellings|spelling shed|maths test|mental maths|times tables|ttrs|rock stars|mathletics|kahoot|sports day|the race|race|races|sack race|egg and spoon|tug of war|arm wrestling|thumb wars?|conkers|cards|snap|top trumps|scrabble|monopoly|draughts|checkers|connect (?:4|four)|jenga|guess who|bingo|marbles|hopscotch|boxing|tennis|table tennis|ping pong|badminton|the gala|cross country|cricket|hockey|rugby|basketball|darts|snooker|bowling|mini golf|crazy golf|laser tag|karate|judo|quidditch|wii|switch|xbox|ps5|playstation|mario|smash bros)';
const BEATEN_AT = `(?:beat|batter|thrash|smash|hammer|destroy|annihilate|whoop|cream|leather|pummel|obliterate|flatten|knock (?:you|u|ya|ye|thee) out|wipe the floor with) (?:you|u|ya|ye|thee|yous|youse|yer|them|him|her|everyone|all of you)(?: [a-z]+){0,2} (?:at|in|on) ${CONTEST}`;

/** Games, sport, jokes and stories, where "I'll get you" is play; the word model (classifier.ts) stands down on them too. */
export const GAME = new RegExp(
	`\\b(?:fortnite|minecraft|roblox|game|level|match|among us|chess|bedwars|pvp|arena|battle|1v1|in pe|at football|at dodgeball|dodgeball|lol|haha|jk|(?<!not |no |aint )joking|story|dragon|monster|zombie|villain|pirate|character|uno|fifa|mario kart|mario party|rematch|conkers|quiz|kahoot|boxing|wii|xbox|playstation|ps4|ps5|top trumps|monopoly|scrabble|bowling|darts|arm wrestling|sports day|egg and spoon|british bulldog|penalties|high score|win|won|winning|beat (?:you|u) at|next time you (?:play|race)|times tables|spelling bee|rounders|netball|tag|hide and seek|ready or not|${BEATEN_AT}|on the (?:wii|switch|xbox|ps4|ps5|playstation|nintendo))\\b`
);

/**
 * Games and stories only, without GAME's jokes and sport: for harm too serious for a "lol" or
 * a race to excuse ("I'll set fire to your house lol", "win the race and I'll trip you so bad
 * you break your leg"), while the same words about a game world still pass.
 */
export const PLAY_WORLD =
	/\b(?:fortnite|minecraft|roblox|game|level|among us|bedwars|pvp|1v1|story|dragon|monster|zombie|villain|pirate|character|fifa|mario kart|film|movie|book|lego)\b/;
