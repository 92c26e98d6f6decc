// Changing a person after set-up: name, class, parent links, password. Thin: the wrapper
// checks, parses and maps errors; each action calls one service and says what changed.
import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { loadPeoplePage } from '$lib/server/schools/people-page';
import { movePupil, renameAccount, resetAccountPassword, unlinkParent } from '$lib/server/schools/lifecycle';
import { movePupilSchema, renameAccountSchema, resetAccountPasswordSchema, unlinkLinkSchema } from '$lib/domain/schools/lifecycle-inputs';
import { chooseChairOfGovernors, governorChoices } from '$lib/server/leadership/governors';
import { chairOfGovernorsSchema } from '$lib/domain/leadership/inputs';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'account.manage',
	run: async ({ actor }) => ({ ...(await loadPeoplePage(getDb(), actor)), governors: await governorChoices(getDb(), actor) })
});

export const actions: Actions = {
	rename: formAction({
		permission: 'account.manage',
		schema: renameAccountSchema,
		run: async ({ actor, input }) => {
			await renameAccount(getDb(), actor, input);
			return { done: 'The name has been changed.' };
		}
	}),
	move: formAction({
		permission: 'school.manage',
		schema: movePupilSchema,
		run: async ({ actor, input }) => {
			await movePupil(getDb(), actor, input.pupilId, input.classId);
			return { done: 'The pupil has moved class. Their chat and groups have changed with them.' };
		}
	}),
	unlink: formAction({
		permission: 'school.manage',
		schema: unlinkLinkSchema,
		run: async ({ actor, input }) => {
			await unlinkParent(getDb(), actor, input.parentId, input.pupilId);
			return { done: 'The link has been removed. That parent no longer sees this child.' };
		}
	}),
	chair: formAction({
		permission: 'school.manage',
		schema: chairOfGovernorsSchema,
		run: async ({ actor, input }) => {
			await chooseChairOfGovernors(getDb(), actor, input.governorId);
			return { done: input.governorId ? 'The chair of governors has been chosen.' : 'The school has no chair of governors marked now.' };
		}
	}),
	reset: formAction({
		permission: 'account.manage',
		schema: resetAccountPasswordSchema,
		run: async ({ actor, input }) => ({ reset: await resetAccountPassword(getDb(), actor, input.userId) })
	})
};
