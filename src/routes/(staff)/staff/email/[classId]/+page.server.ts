import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { NO_CLASS, classInPath } from '$lib/server/http/path-resources';
import { loadComposePage, loadStaffMailboxPage } from '$lib/server/email/pages';
import { sendClassEmail } from '$lib/server/email/send-email';
import { decideQuarantined, retrySending } from '$lib/server/email/mailbox-actions';
import { composeEmailSchema, emailIdSchema, quarantineSchema } from '$lib/domain/email/inputs';
import type { Actions, PageServerLoad } from './$types';

const thisClass = { resource: classInPath, notFound: NO_CLASS };

export const load: PageServerLoad = pageLoad({
	permission: 'email.read',
	...thisClass,
	run: async ({ actor, event: { params } }) => {
		const page = await loadStaffMailboxPage(getDb(), actor, params.classId);
		return { page, compose: page.canWrite ? await loadComposePage(getDb(), actor, params.classId) : null };
	}
});

export const actions: Actions = {
	send: formAction({
		permission: 'email.send',
		...thisClass,
		schema: composeEmailSchema,
		run: async ({ actor, input, event: { params } }) => {
			const result = await sendClassEmail(getDb(), actor, params.classId, input);
			if (result.outcome === 'blocked')
				return fail(400, { errors: { body: result.reason }, blocked: true, values: { to: input.to, subject: input.subject, body: input.body } });
			return { sent: input.subject };
		}
	}),
	quarantine: formAction({
		permission: 'email.quarantine.manage',
		...thisClass,
		schema: quarantineSchema,
		run: async ({ actor, input }) => {
			await decideQuarantined(getDb(), actor, input.emailId, input.action);
			return { quarantine: input.action };
		}
	}),
	retry: formAction({
		permission: 'moderation.decide',
		...thisClass,
		schema: emailIdSchema,
		run: async ({ actor, input }) => {
			await retrySending(getDb(), actor, input.emailId);
			return { retried: true };
		}
	})
};
