// The year-end rollover: the preview (with the admin's class names and teacher choices),
// then the confirm. Thin: the wrapper checks and parses; each action calls the service.
import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { confirmRollover, previewRollover, type RolloverPreview } from '$lib/server/schools/rollover';
import { InputError } from '$lib/server/errors';
import { rolloverChoicesFrom, rolloverFormSchema } from '$lib/domain/schools/lifecycle-inputs';
import type { Actions, PageServerLoad } from './$types';

/** The preview as plain data for the page. */
function view(preview: RolloverPreview) {
	if (preview.status !== 'ready') return { ...preview, at: 'at' in preview ? preview.at.toISOString() : null };
	const { plan } = preview;
	return {
		status: preview.status,
		early: preview.early,
		fingerprint: preview.fingerprint,
		from: plan.from.label,
		to: plan.to.label,
		counts: plan.counts,
		moves: plan.moves.map((m) => ({
			fromClassId: m.fromClassId,
			fromName: m.fromName,
			toName: m.toName,
			toYearGroup: m.toYearGroup,
			toMailbox: m.toMailbox,
			pupils: m.pupilIds.length,
			teachers: m.allTeacherIds.map((id) => preview.teacherNames[id] ?? 'a teacher'),
			carried: m.teacherIds.length > 0 || m.allTeacherIds.length === 0
		})),
		leavers: plan.leavers.map((l) => ({ classId: l.classId, className: l.className, pupils: l.pupilIds.length }))
	};
}

export const load: PageServerLoad = pageLoad({
	permission: 'school.manage',
	run: async ({ actor }) => ({ preview: view(await previewRollover(getDb(), actor)) })
});

export const actions: Actions = {
	preview: formAction({
		permission: 'school.manage',
		schema: rolloverFormSchema,
		run: async ({ actor, input }) => ({ preview: view(await previewRollover(getDb(), actor, rolloverChoicesFrom(input))) })
	}),
	// A preview the school has since moved on from is a ConflictError: the mapper answers 409.
	confirm: formAction({
		permission: 'school.manage',
		schema: rolloverFormSchema,
		run: async ({ actor, input }) => {
			const { fingerprint, fromLabel, early } = input;
			if (!fingerprint || !fromLabel) throw new InputError('form', 'Look at the preview first, then confirm it.');
			const result = await confirmRollover(getDb(), actor, { fromLabel, fingerprint, early: early === 'yes', choices: rolloverChoicesFrom(input) });
			return { confirmed: result };
		}
	})
};
