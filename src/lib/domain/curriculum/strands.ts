/**
 * The eight strands of the UK "Education for a Connected World" framework.
 *
 * Rule owned here: the catalogue must cover every strand for every age band,
 * and every lesson (catalogue or school-authored) belongs to exactly one of
 * these. The summaries are the project's own words.
 */
import type { Strand, StrandId } from './types';

export const STRANDS: readonly Strand[] = [
	{
		id: 'self-image-and-identity',
		name: 'Self-image and identity',
		summary: 'How we see ourselves online, and how what we see online can change how we feel.'
	},
	{
		id: 'online-relationships',
		name: 'Online relationships',
		summary: 'Being a good friend online, and knowing who we are really talking to.'
	},
	{
		id: 'online-reputation',
		name: 'Online reputation',
		summary: 'What we share stays around, and tells other people about us.'
	},
	{
		id: 'online-bullying',
		name: 'Online bullying',
		summary: 'Spotting unkindness online, and how to get help or help others.'
	},
	{
		id: 'managing-online-information',
		name: 'Managing online information',
		summary: 'Searching well, and checking whether what we find is true.'
	},
	{
		id: 'health-wellbeing-and-lifestyle',
		name: 'Health, wellbeing and lifestyle',
		summary: 'Balancing screen time with sleep, play and everything else we enjoy.'
	},
	{
		id: 'privacy-and-security',
		name: 'Privacy and security',
		summary: 'Keeping personal information and passwords safe.'
	},
	{
		id: 'copyright-and-ownership',
		name: 'Copyright and ownership',
		summary: 'Respecting what other people make, and giving them credit.'
	}
];

export const STRAND_IDS: readonly StrandId[] = STRANDS.map((strand) => strand.id);

const STRANDS_BY_ID: ReadonlyMap<string, Strand> = new Map(STRANDS.map((s) => [s.id, s]));

export function isStrandId(value: unknown): value is StrandId {
	return typeof value === 'string' && STRANDS_BY_ID.has(value);
}

export function getStrand(id: StrandId): Strand {
	// Every StrandId is in STRANDS, so the lookup cannot miss.
	return STRANDS_BY_ID.get(id) as Strand;
}
