import { error, fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { classResource } from '$lib/server/auth/resources';
import { loadComposePage, loadStaffMailboxPage } from '$lib/server/email/pages';
import { sendClassEmail } from '$lib/server/email/send-email';
import { decideQuarantined, retrySending } from '$lib/server/email/mailbox-actions';
import { ConflictError } from '$lib/server/errors';
import { AuthorizationError } from '$lib/server/auth/authorize';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { composeEmailSchema, emailIdSchema, quarantineSchema } from '$lib/domain/email/inputs';
import type { Actions, PageServerLoad } from './$types';

async function classOr404(classId: string) {
	const resource = await classResource(getDb(), classId);
	if (!resource) error(404, 'That class does not exist.');
	return resource;
}

export const load: PageServerLoad = async ({ locals, params }) => {
	const actor = guard(locals, 'email.read', await classOr404(params.classId));
	const page = await loadStaffMailboxPage(getDb(), actor, params.classId);
	return { page, compose: page.canWrite ? await loadComposePage(getDb(), actor, params.classId) : null };
};

function conflictOr(e: unknown, form: FormData) {
	if (e instanceof ConflictError) return fail(409, { errors: { form: e.message }, values: {} });
	if (e instanceof AuthorizationError) return fail(403, { errors: { form: e.message }, values: {} });
	return failFromServiceError(e, form);
}

export const actions: Actions = {
	send: async ({ locals, params, request }) => {
		const actor = guard(locals, 'email.send', await classOr404(params.classId));
		const parsed = await parseForm(request, composeEmailSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			const result = await sendClassEmail(getDb(), actor, params.classId, parsed.data);
			if (result.outcome === 'blocked') return fail(400, { errors: { body: result.reason }, blocked: true, values: { to: parsed.data.to, subject: parsed.data.subject, body: parsed.data.body } });
			return { sent: parsed.data.subject };
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
	},
	quarantine: async ({ locals, params, request }) => {
		const actor = guard(locals, 'email.quarantine.manage', await classOr404(params.classId));
		const parsed = await parseForm(request, quarantineSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			await decideQuarantined(getDb(), actor, parsed.data.emailId, parsed.data.action);
			return { quarantine: parsed.data.action };
		} catch (e) {
			return conflictOr(e, parsed.form);
		}
	},
	retry: async ({ locals, params, request }) => {
		const actor = guard(locals, 'moderation.decide', await classOr404(params.classId));
		const parsed = await parseForm(request, emailIdSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			await retrySending(getDb(), actor, parsed.data.emailId);
			return { retried: true };
		} catch (e) {
			return conflictOr(e, parsed.form);
		}
	}
};
