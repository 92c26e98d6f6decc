// Sign-in cards: a teacher prints their class's (an admin any class's), or renews one
// pupil's lost card. Cards exist only in this response; printing again replaces them.
import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { classResource, pupilResource } from '$lib/server/auth/resources';
import { listClassesForStaff } from '$lib/server/schools/roster';
import { printClassCards, renewPupilCard, type SignInCard } from '$lib/server/schools/cards/print';
import { cardLink, qrSvg } from '$lib/server/schools/cards/qr';
import { issueImportedParentLetters } from '$lib/server/schools/import/parent-letters';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = guard(locals, 'school.read');
	return { classes: await listClassesForStaff(getDb(), actor) };
};

const classSchema = z.object({ classId: z.string().uuid('Choose a class.') });
const pupilSchema = z.object({ pupilId: z.string().uuid('Choose a pupil.') });

const withQr = (origin: string) => async (card: SignInCard) => {
	const link = cardLink(origin, card.secret);
	return { pupilId: card.pupilId, firstName: card.firstName, surname: card.surname, username: card.username, password: card.password, link, qr: await qrSvg(link) };
};

export const actions: Actions = {
	print: async ({ locals, request, url }) => {
		guard(locals, 'school.read');
		const parsed = await parseForm(request, classSchema);
		if (!parsed.ok) return parsed.failure;
		const resource = await classResource(getDb(), parsed.data.classId);
		if (!resource) error(404, 'That class does not exist.');
		const actor = guard(locals, 'pupil.password.reset', resource);
		try {
			const printed = await printClassCards(getDb(), actor, parsed.data.classId);
			return { className: printed.className, cards: await Promise.all(printed.cards.map(withQr(url.origin))) };
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
	},
	renew: async ({ locals, request, url }) => {
		guard(locals, 'school.read');
		const parsed = await parseForm(request, pupilSchema);
		if (!parsed.ok) return parsed.failure;
		const resource = await pupilResource(getDb(), parsed.data.pupilId);
		if (!resource || resource.kind !== 'pupil') error(404, 'That pupil does not exist.');
		const actor = guard(locals, 'pupil.password.reset', resource);
		try {
			const card = await renewPupilCard(getDb(), actor, parsed.data.pupilId);
			return { className: null, cards: [await withQr(url.origin)(card)] };
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
	},
	letters: async ({ locals, request, url }) => {
		guard(locals, 'school.read');
		const parsed = await parseForm(request, classSchema);
		if (!parsed.ok) return parsed.failure;
		const resource = await classResource(getDb(), parsed.data.classId);
		if (!resource) error(404, 'That class does not exist.');
		const actor = guard(locals, 'invitation.manage', resource);
		try {
			return { joinLink: `${url.origin}/join`, letters: await issueImportedParentLetters(getDb(), actor, parsed.data.classId) };
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
	}
};
