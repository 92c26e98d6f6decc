// Input schemas for a school's year and its people: the rollover form and the admin's
// edits to one account (rename, move class, unlink a parent, reset a password).
import { z } from 'zod';
import type { ClassChoice } from './rollover';

const id = z.string().uuid('Choose from the list.');
const personName = z
	.string()
	.trim()
	.min(1, 'Enter a name.')
	.max(60, 'Use at most 60 characters.')
	.regex(/^[\p{L}][\p{L}' .-]*$/u, 'Use letters, spaces, hyphens and apostrophes only.');

/**
 * The rollover form: `fingerprint` from the preview, then per class `name:<classId>` (a new
 * name, blank for the suggestion) and `carry:<classId>` ("yes" keeps its teachers).
 */
export const rolloverFormSchema = z
	.object({
		fingerprint: z.string().trim().max(200).default(''),
		fromLabel: z
			.string()
			.trim()
			.regex(/^(\d{4}\/\d{2})?$/, 'Look at the preview first.')
			.default(''),
		early: z.enum(['yes']).optional()
	})
	.catchall(z.string().max(100, 'Use at most 60 characters.'));

export function rolloverChoicesFrom(form: Record<string, string | undefined>): Map<string, ClassChoice> {
	const choices = new Map<string, ClassChoice>();
	for (const [key, value] of Object.entries(form)) {
		const m = /^(name|carry):([0-9a-f-]{36})$/i.exec(key);
		if (!m) continue;
		const classId = m[2]!.toLowerCase();
		const choice = choices.get(classId) ?? { carryTeachers: false };
		if (m[1] === 'name') choice.name = (value ?? '').trim();
		else choice.carryTeachers = value === 'yes';
		choices.set(classId, choice);
	}
	return choices;
}

export const renameAccountSchema = z.object({ userId: id, firstName: personName, surname: personName });
export const movePupilSchema = z.object({ pupilId: id, classId: id });
export const unlinkParentSchema = z.object({ parentId: id, pupilId: id });
/** The page's one list of links: "<parentId>:<pupilId>". */
export const unlinkLinkSchema = z
	.object({ link: z.string().regex(/^[0-9a-f-]{36}:[0-9a-f-]{36}$/i, 'Choose a link from the list.') })
	.transform(({ link }) => ({ parentId: link.slice(0, 36), pupilId: link.slice(37) }))
	.pipe(unlinkParentSchema);
export const resetAccountPasswordSchema = z.object({ userId: id });

export type RenameAccountInput = z.infer<typeof renameAccountSchema>;
