/**
 * Default staff agreement.
 *
 * Owns the project's own wording. Covers what the school policies ask of
 * staff: professional conduct with pupils and online, accounts and
 * passwords, the 10-minute idle lock, data protection, images of pupils,
 * fair moderation, reporting concerns to the right person, and being told
 * that their own activity is monitored.
 */
import type { AgreementText } from '../types';

export const STAFF_AGREEMENT: AgreementText = {
	title: 'Staff agreement for using the online classroom',
	intro:
		'This site holds children’s words, work and personal information. Before you can moderate messages or see any pupil’s data, please read and sign this agreement. You sign again each school year and whenever the school changes it.',
	items: [
		{
			id: 'professional-conduct',
			heading: 'Professional conduct',
			text: 'I communicate with pupils and families only through school systems, and everything I write could be read by a parent or a colleague without embarrassment. I do not connect with pupils on personal social media, and I do not mention pupils, families or colleagues on my own accounts.'
		},
		{
			id: 'accounts',
			heading: 'My account',
			text: 'I use only my own account, with a strong password that I do not use anywhere else and do not share. I never work in a session someone else has opened.'
		},
		{
			id: 'idle-lock',
			heading: 'Locking my screen',
			text: 'I lock or log out whenever I step away. The site locks a staff session after 10 minutes without activity, and I will not try to get round this.'
		},
		{
			id: 'data-protection',
			heading: 'Protecting personal data',
			text: 'I look at pupils’ information only when my work needs it, and only for the pupils I am responsible for. I do not copy it to personal devices, personal email or unencrypted storage. I follow UK data protection law and tell the data protection lead at once if I think data has been lost or seen by the wrong person.'
		},
		{
			id: 'images',
			heading: 'Photos and video of pupils',
			text: 'I take and store images of pupils only on school devices, for school purposes, and only where the family’s consent allows it. I never use my own phone for this.'
		},
		{
			id: 'moderation',
			heading: 'Moderating messages',
			text: 'I review pupils’ messages promptly and fairly, give reasons a child can understand when I reject one, and escalate anything that worries me to the designated safeguarding lead rather than deal with it alone.'
		},
		{
			id: 'reporting',
			heading: 'Reporting concerns',
			text: 'If I am worried about a child’s safety, I tell the designated safeguarding lead the same day. I report a concern about a colleague to the headteacher, or to the chair of governors or trustees if it is about the headteacher.'
		},
		{
			id: 'security',
			heading: 'Keeping systems safe',
			text: 'I do not install unapproved software, try to get round filters or security settings, or use the school’s systems for personal gain, gambling, politics or advertising.'
		},
		{
			id: 'monitoring',
			heading: 'My activity is recorded',
			text: 'I understand that what I do on this site is recorded and may be checked, to protect pupils and staff.'
		}
	],
	closing: 'I have read this agreement, I understand it, and I will follow it. I know that not doing so may lead to disciplinary action.'
};
