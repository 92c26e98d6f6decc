// Input schemas for pupils' work and its sharing settings, shared by forms and services.
import { z } from 'zod';
import { MAX_BODY_LENGTH, MAX_CAPTION_LENGTH, MAX_TITLE_LENGTH } from './limits';

const id = z.string().uuid('Choose a piece of work from the list.');
// Only line breaks and tabs among control characters: anything else is never typed by a child.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const noControl = (s: string): boolean => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s);

export const createWorkSchema = z
	.object({
		kind: z.enum(['writing', 'images'], { message: 'Choose writing or photos.' }),
		title: z
			.string()
			.trim()
			.min(1, 'Give your work a title.')
			.max(MAX_TITLE_LENGTH, `Use at most ${MAX_TITLE_LENGTH} letters for the title.`)
			.refine(noControl, 'The title has a character we cannot use.'),
		body: z.string().trim().max(MAX_BODY_LENGTH, `Use at most ${MAX_BODY_LENGTH} letters.`).refine(noControl, 'Your text has a character we cannot use.'),
		lessonId: z
			.string()
			.trim()
			.max(120, 'Choose a lesson from the list.')
			.optional()
			.transform((v) => (v ? v : null)),
		// A checkbox: present means ticked. Photos default to "shows people" in the form.
		showsPeople: z
			.enum(['on', 'yes', 'true'])
			.optional()
			.transform((v) => v !== undefined)
	})
	.superRefine((v, ctx) => {
		if (v.kind === 'writing' && v.body.length === 0) ctx.addIssue({ code: 'custom', path: ['body'], message: 'Write something first.' });
		if (v.kind === 'images' && v.body.length > MAX_CAPTION_LENGTH)
			ctx.addIssue({ code: 'custom', path: ['body'], message: `Use at most ${MAX_CAPTION_LENGTH} letters for the caption.` });
	});

export type CreateWorkInput = z.infer<typeof createWorkSchema>;

export const workIdSchema = z.object({ workId: id });

export const classWorkSettingsSchema = z.object({
	cleanTextSkipsApproval: z
		.enum(['on', 'yes', 'true'])
		.optional()
		.transform((v) => v !== undefined)
});
