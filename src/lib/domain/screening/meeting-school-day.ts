// More of the school day and of grown-ups' plans than meeting.ts's own lists name, read beside
// them there:
// - SCHOOL_DAY: a time or a place inside the school day told without a preposition ("next break
//   time… meet on the field", "after maths", "forest school this afternoon"), a school event
//   (sports day, the book fair) with its "after school", a rota turn ("its our turn for the
//   football pitch"), and a teacher's say-so ("Mr Fletcher said we can", "with the teachers");
// - OWN_DROP_OFF: the writer's own grown-up dropping them at school;
// - PARENTS_PLAN: grown-ups arranging it between them in the plural or by telling each other
//   ("our mums are dropping us at 6", "your mum told my mum you can come");
// - GAME_CHALLENGE: "i'm coming for u on blooket", a rival in a game named with "on", not a visit.
// None of them clears a meeting with a place away from school left in it; meeting.ts asks that.

const SCHOOL_DAY =
	/\b(?:(?:next|this|every|at|by) (?:break|break time|breaktime|playtime|play time|lunch|lunchtime|lunch time|dinner time|wet play)|(?:after|before) (?:maths|english|science|phonics|spellings|reading|register|registration|assembly|pe|art|music|history|geography|topic|guided reading|lunch|break|play)|(?:the )?forest school|sports day|book fair|(?:school|class|christmas|summer) (?:disco|fair|fete|concert|play|assembly|trip)(?: [a-z]+){0,6} after school|(?:book fair|sports day|parents evening|disco)(?: [a-z]+){0,8} after school|(?:our|your|ur|their) turn (?:for|on) the|with the teachers?|(?:for|at) the (?:church|carol|harvest|easter|christmas|leavers) service|(?:mr|mrs|miss|ms|sir) [a-z]+ (?:said|says) (?:we|you|u|everyone|the class) (?:can|could|are allowed|have to|should))\b/g;

export const PARENTS_PLAN =
	/\b(?:(?:our|my|your|ur|their) (?:mums|dads|moms|parents|grown ups)(?: and (?:dads|mums))? (?:are|will|said|say|have|arranged|booked|texted|sorted)|(?:my|your|ur|our) (?:mum|dad|mom|mam|nan|parents) (?:told|texted|rang|phoned|messaged|asked) (?:my|your|ur|our) (?:mum|dad|mom|mam|nan|parents))\b/;

/** The writer dropped at school by their own grown-up: "when my mum drops me off". */
export const OWN_DROP_OFF =
	/\b(?:my|our) (?:mum|dad|mom|mam|nan|gran|grandad|carer) (?:drops|is dropping|will drop|takes|is taking) (?:me|us) (?:off|to school)\b/;

export const GAME_CHALLENGE =
	/\b(?:coming for (?:you|u|ya)|(?:i|ill|i ll|we|well|we ll) (?:beat|smash|destroy|thrash) (?:you|u|ya)) (?:on|in|at) (?:blooket|kahoot|minecraft|roblox|fortnite|fifa|mario kart|mariokart|smash|among us|prodigy|tt rockstars|times tables rockstars|the quiz|the game|spelling shed|sumdog)\b/;

/** The text without its school-day readings, or null when it has none. */
export function withoutSchoolDay(text: string): string | null {
	const left = text.replace(SCHOOL_DAY, ' ');
	return left === text ? null : left;
}
