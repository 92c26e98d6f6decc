// The one table of the frozen development files in tests/fixtures/screening/dev/, read by the
// benchmark (scripts/bench-screen.ts) and by scripts/screen-dev.ts. Each was written by someone
// who read no screen code, frozen before the round of changes it drove, and never added to the
// tuning corpus or trained on. Their misses are listed (they are not blind) and the rules were
// written with those misses in view, so their figures are upper bounds, not blind ones.

export const DEV_FOLDER = new URL('../../tests/fixtures/screening/dev/', import.meta.url);

export interface DevFiles {
	/** Prefix of its fields on the benchmark's last line (dev_, dev2_…); null where the benchmark has never scored it. */
	readonly field: string | null;
	readonly title: string;
	readonly files: readonly string[];
	/**
	 * How screen-dev scores it, if at all: 'pooled' with the other older files and no school, so
	 * its figures stay comparable with every earlier run; 'apart' with dev/'s school, because its
	 * approved links and school name only read as innocent for that school.
	 */
	readonly screenDev?: 'pooled' | 'apart';
}

export const DEV_FILES: readonly DevFiles[] = [
	{ field: 'dev', title: 'development file 1', files: ['block.jsonl'], screenDev: 'pooled' },
	{ field: 'dev2', title: 'development file 2: school, handles, addresses', files: ['block-2.jsonl'], screenDev: 'pooled' },
	{ field: 'dev3', title: 'development file 3: location, email, postcode', files: ['block-3.jsonl'], screenDev: 'pooled' },
	{ field: null, title: 'hold-side development file: the hold kinds in many wordings', files: ['hold.jsonl'], screenDev: 'pooled' },
	{ field: null, title: 'hold-side development file 2: threats, unkindness, goodbyes and not eating', files: ['hold-3.jsonl'], screenDev: 'pooled' },
	{ field: null, title: 'hard innocent look-alikes in children’s voices', files: ['innocent-2.jsonl'], screenDev: 'apart' },
	{ field: 'dev4', title: 'development file 4: every block kind, and innocent look-alikes', files: ['block-4.jsonl', 'innocent-4.jsonl'] },
	{ field: 'dev5', title: 'development file 5: every hold kind, and hard innocent messages', files: ['hold-4.jsonl', 'innocent-3.jsonl'] },
	{ field: 'dev6', title: 'development file 6: full names and meetings, and innocent look-alikes', files: ['block-5.jsonl', 'innocent-5.jsonl'] },
	{ field: 'dev7', title: 'development file 7: hard innocent messages of every theme', files: ['innocent-6.jsonl'] },
	{
		field: 'dev8',
		title: 'development file 8: hard innocent messages of other themes (sport, homework, history, stories, games, family)',
		files: ['innocent-7.jsonl']
	},
	{
		field: 'dev9',
		title: 'development file 9: self-harm, grooming and unkind without a rude word, mostly subtle, and their innocent twins',
		files: ['hold-5.jsonl', 'innocent-8.jsonl']
	},
	{
		field: 'dev10',
		title: 'development file 10: disguised personal details of every kind, often in long chatter, and innocent look-alikes',
		files: ['block-6.jsonl', 'innocent-9.jsonl']
	},
	{
		field: 'dev11',
		title: 'development file 11: self-harm and grooming, mostly subtle, and hard innocent messages near the urgent line',
		files: ['hold-6.jsonl', 'innocent-10.jsonl']
	},
	{
		field: 'dev12',
		title: 'development file 12: subtle personal details of every kind, and hard innocent look-alikes',
		files: ['block-7.jsonl', 'innocent-11.jsonl']
	},
	{
		field: 'dev13',
		title: 'development file 13: unkind, secrecy, chain and threat, mostly subtle, and hard innocent secrets, plans and banter',
		files: ['hold-7.jsonl', 'innocent-12.jsonl']
	},
	{
		field: 'dev14',
		title:
			'development file 14: self-harm and grooming, mostly subtle, and hard innocent grief, faith, illness and trusted adults (a held-out judge until its first score was recorded; opened for rules on 2026-12-01, when dev16 took its place)',
		files: ['hold-8.jsonl', 'innocent-13.jsonl']
	},
	{
		field: 'dev15',
		title:
			'development file 15: regional speech and faith: hard innocent messages in eleven UK voices and of church-school and faith life, and unkind, threat, self-harm, grooming and secrecy said in those voices',
		files: ['hold-9.jsonl', 'innocent-14.jsonl']
	},
	{
		field: 'dev16',
		title:
			'development file 16: self-harm and grooming, two thirds subtle, and hard innocent grief, faith, illness, outings, stories and e-safety talk (a held-out judge: no rule is written from it, and nobody reads its texts or misses)',
		files: ['hold-10.jsonl', 'innocent-15.jsonl']
	},
	{
		field: 'dev17',
		title:
			'development file 17: emoji and text-speak carrying the meaning (self-harm, grooming, threats, unkindness and personal details), and hard innocent messages with the same emoji',
		files: ['emoji-1.jsonl', 'innocent-16.jsonl']
	},
	{
		field: 'dev18',
		title:
			'development file 18: emoji and text-speak carrying the meaning (self-harm, grooming, threats, unkindness and personal details), and hard innocent messages with the same emoji (a held-out judge: no rule is written from it, and nobody reads its texts or misses)',
		files: ['emoji-2.jsonl', 'innocent-17.jsonl']
	}
];

/** The rows the benchmark scores, each on its own, in table order. */
export const BENCHMARKED_DEV_FILES = DEV_FILES.filter((dev): dev is DevFiles & { field: string } => dev.field !== null);

/** The files screen-dev scores together or on their own, in table order. */
export const screenDevFiles = (how: 'pooled' | 'apart'): readonly string[] => DEV_FILES.filter((dev) => dev.screenDev === how).flatMap((dev) => dev.files);
