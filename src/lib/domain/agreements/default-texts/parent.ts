/**
 * Default parent/carer agreement.
 *
 * Owns the project's own wording. Covers what the school policies ask of
 * families: reading the pupil rules with the child and supporting them at
 * home, knowing that the school monitors pupils' activity and why, respect
 * for other families' privacy, and raising concerns with the school. The
 * consents are asked separately (see consents.ts) so a family can agree to
 * the rules and still say no to, say, photographs.
 */
import type { AgreementText } from '../types';

export const PARENT_AGREEMENT: AgreementText = {
	title: 'Family agreement for our online classroom',
	intro:
		'Your child’s class uses this site to chat, write class emails, do online safety lessons and share work with you. Please read this with care. You sign once for each child, every school year.',
	items: [
		{
			id: 'read-together',
			heading: 'Reading the rules together',
			text: 'I will read my child’s agreement with them and talk about what each rule means.'
		},
		{
			id: 'support-at-home',
			heading: 'Keeping the rules at home',
			text: 'I will help my child follow the same rules at home: asking before going online, keeping personal details private, being kind, and telling an adult when something feels wrong. I will keep an eye on what my child does online at home.'
		},
		{
			id: 'school-monitors',
			heading: 'How the school keeps children safe',
			text: 'I understand that a teacher reads every message a pupil writes before anyone else sees it, that everything pupils do on the site is recorded, and that the school will get in touch with me if it is worried about my child’s safety or behaviour online.'
		},
		{
			id: 'limits',
			heading: 'What no school can promise',
			text: 'The school does all it reasonably can to block unsuitable content, but no filter or check can remove every risk.'
		},
		{
			id: 'consents',
			heading: 'Your choices',
			text: 'I will be asked separately whether my child may use the school’s messaging and the internet, whether work my child shares may be shown to our family, and whether the school may use photographs of my child. I can change any of these answers at any time.'
		},
		{
			id: 'other-families',
			heading: 'Other children and families',
			text: 'I will not post photos, videos or details of other children from school online without their family’s permission, and I will not discuss concerns about other children on social media.'
		},
		{
			id: 'raise-concerns',
			heading: 'Telling the school',
			text: 'If I am worried about my child’s safety online, or about something I have seen on this site, I will tell the school quickly.'
		},
		{
			id: 'your-data',
			heading: 'Your family’s information',
			text: 'The school keeps only the information it needs. Other children see your child’s first name only. You can ask for a copy of your child’s information, and it is removed when your child leaves, as the school’s retention rules say.'
		}
	],
	closing: 'I have read this agreement and I will support my child to use technology safely and kindly.'
};
