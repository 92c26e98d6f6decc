import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { classResource } from '$lib/server/auth/resources';
import { approveContact, listContacts, removeContact } from '$lib/server/email/contacts';
import { loadMailbox } from '$lib/server/email/mailboxes';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { contactIdSchema, contactSchema } from '$lib/domain/email/inputs';
import type { Actions, PageServerLoad } from './$types';

async function classOr404(classId: string) {
	const resource = await classResource(getDb(), classId);
	if (!resource) error(404, 'That class does not exist.');
	return resource;
}

export const load: PageServerLoad = async ({ locals, params }) => {
	const actor = guard(locals, 'email.contacts.manage', await classOr404(params.classId));
	const mailbox = await loadMailbox(getDb(), params.classId);
	return { className: mailbox.className, classId: params.classId, contacts: await listContacts(getDb(), actor, params.classId) };
};

export const actions: Actions = {
	approve: async ({ locals, params, request }) => {
		const actor = guard(locals, 'email.contacts.manage', await classOr404(params.classId));
		const parsed = await parseForm(request, contactSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			await approveContact(getDb(), actor, params.classId, parsed.data);
			return { approved: parsed.data.name };
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
	},
	remove: async ({ locals, params, request }) => {
		const actor = guard(locals, 'email.contacts.manage', await classOr404(params.classId));
		const parsed = await parseForm(request, contactIdSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			await removeContact(getDb(), actor, parsed.data.contactId);
			return { removed: true };
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
	}
};
