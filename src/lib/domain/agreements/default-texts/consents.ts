/**
 * Default wording for the parent consents.
 *
 * Owns the question each consent asks and what happens if the answer is no.
 * These sit apart from the parent agreement: a family can sign the agreement
 * and still refuse any consent, and change an answer at any time, because
 * schools may not assume a form that was never returned means yes.
 */
import type { ConsentKind } from '../types';

export interface ConsentWording {
	title: string;
	question: string;
	explanation: string;
	/** What changes for the child if the family says no, so the choice is informed. */
	ifRefused: string;
}

export const CONSENT_WORDING: Readonly<Record<ConsentKind, ConsentWording>> = {
	'messaging-internet': {
		title: 'Messaging and the internet',
		question: 'May your child use the internet at school and this site’s class chat and class email?',
		explanation: 'A teacher reads every message before it is delivered. Pupils can write only to their own school and to contacts a teacher has approved.',
		ifRefused: 'Your child can still do online safety lessons with the class, but cannot chat, write class email or share work until you say yes.'
	},
	'publish-work-to-family': {
		title: 'Sharing work with your family',
		question: 'May work your child chooses to share be shown to the parents and carers linked to your child?',
		explanation: 'Only work your child decides to share is shown, and only to your child’s own family. Files are never named after your child.',
		ifRefused: 'Your child’s work stays in school and is not shown to you here.'
	},
	photographs: {
		title: 'Photographs',
		question: 'May the school take photographs of your child and use them in class work on this site?',
		explanation:
			'Photos show your child’s first name at most, never their full name. Location and camera details are removed when a photo is uploaded. The school asks again before any other use.',
		ifRefused: 'Your child will not appear in photographs shared on this site.'
	},
	'school-website': {
		title: 'The school website',
		question: 'May the school put photographs or work of your child on its public website?',
		explanation: 'The website can be seen by anyone. We never put a child’s full name beside a photo. We ask again each school year.',
		ifRefused: 'Nothing of your child’s will appear on the school website.'
	},
	press: {
		title: 'Newspapers and local media',
		question: 'May your child appear in photographs or films taken by newspapers or local media at school events?',
		explanation: 'Journalists may print a child’s name with a photo; we tell you before any planned visit. We ask again each school year.',
		ifRefused: 'Your child will be kept out of press photographs and filming.'
	},
	'high-profile-use': {
		title: 'Other public use',
		question: 'May the school use photographs of your child in leaflets, displays outside school or on its social media?',
		explanation: 'Only first names at most. We ask again each school year.',
		ifRefused: 'Your child will not appear in the school’s leaflets, public displays or social media.'
	}
};
