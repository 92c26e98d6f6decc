// The school's own staff sign-in (Google, Microsoft or another OpenID provider), set up by
// the head: one service call per action; the secret is never sent back to the page.
import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { getSchoolSignIn, listStaffEmails, removeSchoolSignIn, saveSchoolSignIn, setStaffEmail } from '$lib/server/auth/school-sign-in-settings';
import { schoolSignInRedirectUri } from '$lib/server/auth/cookies';
import { schoolSignInSchema, staffEmailSchema } from '$lib/domain/auth/inputs';
import { KNOWN_ISSUERS } from '$lib/domain/auth/school-sign-in';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'school.manage',
	run: async ({ actor, event: { url } }) => {
		const db = getDb();
		const [settings, staff] = await Promise.all([getSchoolSignIn(db, actor), listStaffEmails(db, actor)]);
		return { settings, staff, redirectUri: schoolSignInRedirectUri(url), knownIssuers: KNOWN_ISSUERS };
	}
});

export const actions: Actions = {
	save: formAction({
		permission: 'school.manage',
		schema: schoolSignInSchema,
		formName: 'save',
		run: async ({ actor, input }) => {
			await saveSchoolSignIn(getDb(), actor, input);
			return { done: 'Saved. Staff can now sign in with the school account.' };
		}
	}),
	remove: formAction({
		permission: 'school.manage',
		formName: 'remove',
		run: async ({ actor }) => {
			await removeSchoolSignIn(getDb(), actor);
			return { done: 'Removed. Staff sign in with their username and password.' };
		}
	}),
	staffEmail: formAction({
		permission: 'school.manage',
		schema: staffEmailSchema,
		formName: 'staffEmail',
		run: async ({ actor, input }) => {
			await setStaffEmail(getDb(), actor, input);
			return { done: 'The address has been saved.' };
		}
	})
};
