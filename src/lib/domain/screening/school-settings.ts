// What each school tunes in its screen: link domains it trusts, words it wants
// held on top of the built-in list, words its area needs allowed (a local place,
// a family name), and the town the school is in (which, with its name, feeds the
// `school` kind). Owns the default list of approved learning sites and the input
// schema the admin page and the service share.

import { z } from 'zod';

/**
 * Learning sites common in UK primary schools, approved until a school changes the
 * list: a link to one of these (or a sub-domain) is not blocked.
 */
export const DEFAULT_APPROVED_DOMAINS: readonly string[] = [
	'bbc.co.uk',
	'purplemash.com',
	'natgeokids.com',
	'topmarks.co.uk',
	'ictgames.com',
	'oxfordowl.co.uk',
	'ttrockstars.com',
	'spellingshed.com',
	'mathshed.com',
	'phonicsplay.co.uk',
	'scratch.mit.edu',
	'code.org',
	'nationalgeographic.com',
	'dkfindout.com',
	'britannica.com',
	'twinkl.co.uk',
	'nhm.ac.uk',
	'sciencemuseum.org.uk',
	'readingeggs.co.uk',
	'doodlemaths.com'
];

export interface ScreeningSettings {
	approvedDomains: string[];
	extraWords: string[];
	allowedWords: string[];
	town: string;
}

// Generous limits that still keep a screener quick to compile.
const MAX_ENTRIES = 300;

/** One entry per line (or comma), trimmed, lower-cased, de-duplicated, blanks dropped. */
const lines = (entry: z.ZodType<string, string>, what: string) =>
	z
		.string()
		.max(10_000, `The ${what} list is too long.`)
		.transform((s) => [
			...new Set(
				s
					.split(/[\n,]+/)
					.map((l) => l.trim().toLowerCase())
					.filter((l) => l !== '')
			)
		])
		.pipe(z.array(entry).max(MAX_ENTRIES, `Use at most ${MAX_ENTRIES} ${what}.`));

const domain = z
	.string()
	.transform((d) => d.replace(/^(?:https?:\/\/)?(?:www\.)?/, '').replace(/\/.*$/, ''))
	.pipe(
		z
			.string()
			.regex(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/, 'Each line must be a web address such as bbc.co.uk.')
			.max(253)
	);
const word = z
	.string()
	.max(60, 'Each word must be at most 60 characters.')
	.regex(/^[\p{L}\p{N}' *-]+(?: [\p{L}\p{N}' *-]+)*$/u, 'Words may use letters, numbers, spaces, hyphens and apostrophes.');

export const screeningSettingsSchema = z.object({
	approvedDomains: lines(domain, 'web addresses'),
	extraWords: lines(word, 'words'),
	allowedWords: lines(word, 'words'),
	town: z
		.string()
		.trim()
		.max(80, 'Use at most 80 characters.')
		.regex(/^[\p{L}' .-]*$/u, 'Use letters, spaces, hyphens and apostrophes only.')
});

export type ScreeningSettingsInput = z.infer<typeof screeningSettingsSchema>;

/** Settings stored on the school (any may be missing on older rows), with the defaults filled in. */
export function withDefaults(stored: Partial<ScreeningSettings> | undefined): ScreeningSettings {
	return {
		approvedDomains: stored?.approvedDomains ?? [...DEFAULT_APPROVED_DOMAINS],
		extraWords: stored?.extraWords ?? [],
		allowedWords: stored?.allowedWords ?? [],
		town: stored?.town ?? ''
	};
}
