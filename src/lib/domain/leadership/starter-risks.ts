// Starter risks a new school can take into its log and then rate for itself. They follow the
// kinds of risk the schools' e-safety policies give as examples (a school laptop used at home,
// published photos, radicalisation, new technology), written in our own words.
import type { RiskCategory } from './risks';

export interface StarterRisk {
	title: string;
	description: string;
	category: RiskCategory;
	likelihood: number;
	impact: number;
	mitigations: string;
}

export const STARTER_RISKS: readonly StarterRisk[] = [
	{
		title: 'School laptops used at home without filtering',
		description: 'Pupils who borrow a school laptop may reach harmful or illegal sites at home, where the family connection may not filter anything.',
		category: 'content',
		likelihood: 3,
		impact: 3,
		mitigations:
			'Laptops route their traffic through the school filter wherever they are. Families sign the loan agreement; the pupil and a parent are reminded of safe use when it is handed over.'
	},
	{
		title: 'Pupils give personal details to people they do not know',
		description: 'A child may share an address, phone number, school or where they are with someone met through a game, an app or a message.',
		category: 'contact',
		likelihood: 3,
		impact: 5,
		mitigations:
			'Every pupil message is screened for personal details and approved by a teacher; termly e-safety lessons cover contact; the DSL is alerted to repeated attempts.'
	},
	{
		title: 'Photos of pupils published without consent',
		description: 'A photo or video of a pupil reaches the website, social media or the press when the family has not agreed, or a name appears beside it.',
		category: 'data',
		likelihood: 2,
		impact: 4,
		mitigations: 'Consents are checked before anything is published and renewed each year; photos lose their location data; children appear by first name only.'
	},
	{
		title: 'Unkind messages between pupils outside school',
		description: 'Pupils may be unkind to each other on apps and games at home, and it comes into school the next day.',
		category: 'conduct',
		likelihood: 4,
		impact: 3,
		mitigations: 'Lessons on kindness online; a "Tell my teacher" and "I\'m worried" route on every pupil page; incidents logged and families told.'
	},
	{
		title: 'Pupils drawn towards extremist content',
		description: 'Older pupils may meet extremist views through videos, games or chat, and adults may target them (Prevent duty).',
		category: 'content',
		likelihood: 2,
		impact: 5,
		mitigations: 'Filtering of extremist sites; Year 5–6 lessons on persuasion and fake news; staff trained to notice and refer under Prevent.'
	},
	{
		title: 'Staff contact pupils through personal accounts',
		description: 'A member of staff uses a personal phone, email or social media account to contact a pupil or family.',
		category: 'conduct',
		likelihood: 1,
		impact: 5,
		mitigations: 'The staff agreement forbids it; all contact goes through class email and class chat, which are logged.'
	},
	{
		title: 'New technology used before anyone has checked it',
		description: 'A new app, website or device is used with pupils before its risks and its handling of personal data have been checked.',
		category: 'technical',
		likelihood: 3,
		impact: 3,
		mitigations: 'Leaders check each new tool for educational benefit, data protection and safety before it is used, and add a risk here if needed.'
	},
	{
		title: 'Scams and in-game spending',
		description: 'Pupils are tricked by messages that ask for passwords or money, or spend family money on in-game items and loot boxes.',
		category: 'commerce',
		likelihood: 3,
		impact: 2,
		mitigations: 'Lessons on scams and game spending; letters to families on parental controls.'
	}
];
