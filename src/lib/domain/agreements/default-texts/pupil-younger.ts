/**
 * Default pupil agreement for younger pupils (about ages 5–7).
 *
 * Owns the project's own wording. Rules are short and concrete, each with a
 * picture and its alt text, because many of these children cannot read yet:
 * an adult reads each rule aloud and the child ticks it with them. "Private"
 * is used rather than "secret" on purpose: we teach that a secret someone
 * asks them to keep is a thing to tell a grown-up about.
 */
import type { AgreementText } from '../types';

export const PUPIL_YOUNGER_AGREEMENT: AgreementText = {
	title: 'Our class rules for being safe online',
	intro: 'These rules help us stay safe and happy. A grown-up will read each one with you. Tick it when you understand it.',
	items: [
		{
			id: 'ask-first',
			text: 'I ask a grown-up before I go online.',
			pictogram: { symbol: '🙋', alt: 'A child putting a hand up to ask' }
		},
		{
			id: 'school-places',
			text: 'I only use the apps and websites my teacher chose.',
			pictogram: { symbol: '🏫', alt: 'Our school' }
		},
		{
			id: 'only-me',
			text: 'I only log in as me.',
			pictogram: { symbol: '🔑', alt: 'A key that is just for me' }
		},
		{
			id: 'keep-private',
			text: 'I keep where I live and my phone number private.',
			pictogram: { symbol: '🔒', alt: 'A closed padlock' }
		},
		{
			id: 'be-kind',
			text: 'I am kind in everything I write.',
			pictogram: { symbol: '💛', alt: 'A yellow heart' }
		},
		{
			id: 'tell-an-adult',
			text: 'If something makes me sad or worried, I tell a grown-up I trust.',
			pictogram: { symbol: '🗣️', alt: 'A child talking to a grown-up' }
		},
		{
			id: 'never-meet',
			text: 'I never go to meet someone I only know from the screen.',
			pictogram: { symbol: '🚫', alt: 'A red stop sign' }
		},
		{
			id: 'teachers-check',
			text: 'My teachers look at what I do here to keep me safe.',
			pictogram: { symbol: '👀', alt: 'Eyes looking carefully' }
		}
	],
	closing: 'I know these rules and I will try my best to keep them.'
};
