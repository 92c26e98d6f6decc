import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { NO_CLASS, classInPath } from '$lib/server/http/path-resources';
import { approveContact, listContacts, removeContact } from '$lib/server/email/contacts';
import { loadMailbox } from '$lib/server/email/mailboxes';
import { contactIdSchema, contactSchema } from '$lib/domain/email/inputs';
import type { Actions, PageServerLoad } from './$types';

const thisClass = { resource: classInPath, notFound: NO_CLASS };

export const load: PageServerLoad = pageLoad({
	permission: 'email.contacts.manage',
	...thisClass,
	run: async ({ actor, event: { params } }) => {
		const mailbox = await loadMailbox(getDb(), params.classId);
		return { className: mailbox.className, classId: params.classId, contacts: await listContacts(getDb(), actor, params.classId) };
	}
});

export const actions: Actions = {
	approve: formAction({
		permission: 'email.contacts.manage',
		...thisClass,
		schema: contactSchema,
		run: async ({ actor, input, event: { params } }) => {
			await approveContact(getDb(), actor, params.classId, input);
			return { approved: input.name };
		}
	}),
	remove: formAction({
		permission: 'email.contacts.manage',
		...thisClass,
		schema: contactIdSchema,
		run: async ({ actor, input }) => {
			await removeContact(getDb(), actor, input.contactId);
			return { removed: true };
		}
	})
};
