// Sign-in cards: a teacher prints their class's (an admin any class's), or renews one
// pupil's lost card. Cards exist only in this response; printing again replaces them.
// Imported parents' invitation letters are printed here too, or emailed (one parent or the
// whole class) to the address on the import record.
import { z } from 'zod';
import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { classResource, pupilResource } from '$lib/server/auth/resources';
import { listClassesForStaff } from '$lib/server/schools/roster';
import { printClassCards, renewPupilCard, type SignInCard } from '$lib/server/schools/cards/print';
import { cardLink, qrSvg } from '$lib/server/schools/cards/qr';
import { emailImportedParentLetters, issueImportedParentLetters, listImportedParentsWaiting } from '$lib/server/schools/import/parent-letters';
import type { Actions, PageServerLoad } from './$types';

const chosenForLetters = z.string().uuid().nullable().catch(null);

export const load: PageServerLoad = pageLoad({
	permission: 'school.read',
	run: async ({ actor, event: { url } }) => {
		const classes = await listClassesForStaff(getDb(), actor);
		// Parents waiting to join, for the class picked under "Email letters" (?letters=<class id>).
		const classId = chosenForLetters.parse(url.searchParams.get('letters'));
		const waiting = classId && classes.some((c) => c.id === classId) ? await listImportedParentsWaiting(getDb(), actor, classId) : null;
		return { classes, waiting: waiting ? { classId, ...waiting } : null };
	}
});

const classSchema = z.object({ classId: z.string().uuid('Choose a class.') });
const pupilSchema = z.object({ pupilId: z.string().uuid('Choose a pupil.') });
const parentSchema = z.object({ classId: z.string().uuid('Choose a class.'), parentId: z.string().uuid('Choose a parent.') });

// The class or pupil chosen in the form is the resource; an unknown one is a 404.
const chosenClass = ({ input }: { input: { classId: string } }) => classResource(getDb(), input.classId);
const chosenPupil = ({ input }: { input: { pupilId: string } }) => pupilResource(getDb(), input.pupilId);

const withQr = (origin: string) => async (card: SignInCard) => {
	const link = cardLink(origin, card.secret);
	return {
		pupilId: card.pupilId,
		firstName: card.firstName,
		surname: card.surname,
		username: card.username,
		password: card.password,
		link,
		qr: await qrSvg(link)
	};
};

export const actions: Actions = {
	print: formAction({
		permission: 'pupil.password.reset',
		schema: classSchema,
		resourceFromInput: chosenClass,
		notFound: 'That class does not exist.',
		run: async ({ actor, input, event: { url } }) => {
			const printed = await printClassCards(getDb(), actor, input.classId);
			return { className: printed.className, cards: await Promise.all(printed.cards.map(withQr(url.origin))) };
		}
	}),
	renew: formAction({
		permission: 'pupil.password.reset',
		schema: pupilSchema,
		resourceFromInput: chosenPupil,
		notFound: 'That pupil does not exist.',
		run: async ({ actor, input, event: { url } }) => {
			const card = await renewPupilCard(getDb(), actor, input.pupilId);
			return { className: null, cards: [await withQr(url.origin)(card)] };
		}
	}),
	letters: formAction({
		permission: 'invitation.manage',
		schema: classSchema,
		resourceFromInput: chosenClass,
		notFound: 'That class does not exist.',
		run: async ({ actor, input, event: { url } }) => ({
			joinLink: `${url.origin}/join`,
			letters: await issueImportedParentLetters(getDb(), actor, input.classId)
		})
	}),
	emailLetters: formAction({
		permission: 'invitation.manage',
		schema: classSchema,
		resourceFromInput: chosenClass,
		notFound: 'That class does not exist.',
		run: async ({ actor, input, event: { url } }) => ({
			emailed: await emailImportedParentLetters(getDb(), actor, { classId: input.classId, origin: url.origin })
		})
	}),
	emailLetter: formAction({
		permission: 'invitation.manage',
		schema: parentSchema,
		resourceFromInput: chosenClass,
		notFound: 'That class does not exist.',
		run: async ({ actor, input, event: { url } }) => ({
			emailed: await emailImportedParentLetters(getDb(), actor, { classId: input.classId, parentId: input.parentId, origin: url.origin })
		})
	})
};
