// The year-end rollover: the preview (with the admin's class names and teacher choices),
// then the confirm. Thin: guard, parse, call the service, answer.
import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { confirmRollover, previewRollover, type RolloverPreview } from '$lib/server/schools/rollover';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { ConflictError } from '$lib/server/errors';
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

export const load: PageServerLoad = async ({ locals }) => {
	const actor = guard(locals, 'school.manage');
	return { preview: view(await previewRollover(getDb(), actor)) };
};

export const actions: Actions = {
	preview: async ({ locals, request }) => {
		const actor = guard(locals, 'school.manage');
		const parsed = await parseForm(request, rolloverFormSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			return { preview: view(await previewRollover(getDb(), actor, rolloverChoicesFrom(parsed.data))) };
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
	},
	confirm: async ({ locals, request }) => {
		const actor = guard(locals, 'school.manage');
		const parsed = await parseForm(request, rolloverFormSchema);
		if (!parsed.ok) return parsed.failure;
		const { fingerprint, fromLabel, early } = parsed.data;
		if (!fingerprint || !fromLabel) return fail(400, { errors: { form: 'Look at the preview first, then confirm it.' }, values: {} });
		try {
			const result = await confirmRollover(getDb(), actor, { fromLabel, fingerprint, early: early === 'yes', choices: rolloverChoicesFrom(parsed.data) });
			return { confirmed: result };
		} catch (e) {
			if (e instanceof ConflictError) return fail(409, { errors: { form: e.message }, values: {} });
			return failFromServiceError(e, parsed.form);
		}
	}
};
