// A parent signs the family agreement for each child, gives, refuses or withdraws each
// consent, and links another child with a code from a school letter.
import { getDb } from '$lib/server/db';
import { pupilResource } from '$lib/server/auth/resources';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { familyAgreementsView } from '$lib/server/agreements/views';
import { signParentAgreement } from '$lib/server/agreements/signing';
import { recordConsent } from '$lib/server/agreements/consents';
import { linkChildWithCode } from '$lib/server/agreements/join';
import { consentSchema, linkChildSchema, signForChildSchema } from '$lib/domain/agreements/inputs';
import type { ConsentKind } from '$lib/domain/agreements/types';
import type { Actions, PageServerLoad } from './$types';

const theChild = ({ input }: { input: { pupilId: string } }) => pupilResource(getDb(), input.pupilId);

export const load: PageServerLoad = pageLoad({
	permission: 'home.parent',
	run: async ({ actor }) => ({ children: await familyAgreementsView(getDb(), actor) })
});

export const actions: Actions = {
	sign: formAction({
		permission: 'agreement.sign',
		schema: signForChildSchema,
		resourceFromInput: theChild,
		run: async ({ actor, input }) => {
			await signParentAgreement(getDb(), actor, input);
			return { signedFor: input.pupilId };
		}
	}),
	consent: formAction({
		permission: 'consent.record',
		schema: consentSchema,
		resourceFromInput: theChild,
		run: async ({ actor, input }) => {
			await recordConsent(getDb(), actor, { ...input, kind: input.kind as ConsentKind });
			return { consentFor: input.pupilId, kind: input.kind };
		}
	}),
	link: formAction({
		permission: 'home.parent',
		schema: linkChildSchema,
		run: async ({ actor, input, event }) => {
			await linkChildWithCode(getDb(), actor, input.code, event.getClientAddress());
			return { linked: true };
		}
	})
};
