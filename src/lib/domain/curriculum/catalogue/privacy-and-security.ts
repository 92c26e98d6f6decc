/**
 * Strand: privacy and security. One lesson per age band.
 *
 * These are the lessons suggested after the screen blocks a personal detail
 * (see assignments.ts), so they explain the block in words a child can
 * follow: the message was stopped to keep them safe, they are not in trouble.
 * Children's text is the project's own: short, kind, concrete.
 */
import type { Lesson } from '../types';
import { catalogueLesson, emoji } from './define';

export const PRIVACY_5_7_SLUG = 'privacy-5-7-keep-it-private';
export const PRIVACY_7_11_SLUG = 'privacy-7-11-guard-your-details';

export const PRIVACY_AND_SECURITY_LESSONS: readonly Lesson[] = [
	catalogueLesson(PRIVACY_5_7_SLUG, {
		title: 'Keep it private',
		strand: 'privacy-and-security',
		ageBand: '5-7',
		durationMinutes: 15,
		objectives: [
			'I can name things about me that are private: my full name, where I live, my phone number and my passwords.',
			'I know to stop and ask a grown-up before I share anything about me.',
			'I understand why our class computer stops messages with private things in them.'
		],
		sections: [
			{
				heading: 'Private things',
				text: 'Some things about you are private. Your full name is private. Where you live, your phone number and your passwords are private too.',
				illustration: emoji('🔒', 'A closed padlock')
			},
			{
				heading: 'Like treasure',
				text: 'Think of private things as treasure. You keep treasure safe in a box. You do not give it to people you do not know.',
				illustration: emoji('💎', 'A shiny jewel')
			},
			{
				heading: 'When the computer says stop',
				text: 'If you try to send something private, our class computer stops the message. It does this to keep you safe. You are not in trouble.',
				illustration: emoji('🛑', 'A red stop sign')
			},
			{
				heading: 'Ask first',
				text: 'If a game or website asks for something private, stop. Ask a grown-up what to do.',
				illustration: emoji('🙋', 'A child putting up their hand')
			}
		],
		quiz: [
			{
				prompt: 'Which one is private?',
				options: ['Your favourite colour', 'Where you live', 'Your favourite animal'],
				correctIndex: 1,
				explanation: 'Where you live is private, so keep it safe like treasure.'
			},
			{
				prompt: 'A game asks for your phone number. What do you do?',
				options: ['Type it in', 'Stop and ask a grown-up', 'Make up a number'],
				correctIndex: 1,
				explanation: 'A grown-up can help you decide, and it is always fine to stop and ask.'
			},
			{
				prompt: 'Your message was stopped because it had where you live in it. Why?',
				options: ['To keep you safe', 'Because you are in trouble', 'Because the computer is broken'],
				correctIndex: 0,
				explanation: 'The computer stops private things to keep you safe, and you are not in trouble.'
			}
		]
	}),
	catalogueLesson(PRIVACY_7_11_SLUG, {
		title: 'Guard your details',
		strand: 'privacy-and-security',
		ageBand: '7-11',
		durationMinutes: 25,
		objectives: [
			'I can explain what personal information is and why strangers or companies might want it.',
			'I can create a strong password and explain why I keep it to myself.',
			'I can describe how privacy settings and asking permission protect me and others.',
			'I understand why our class tools block messages that contain personal details.'
		],
		sections: [
			{
				heading: 'What counts as personal?',
				text: 'Personal information is anything that could help someone find or identify you. That includes your full name, address, postcode, school, phone number, email, birthday, and photos that show your uniform or street.',
				illustration: emoji('🪪', 'An identity card')
			},
			{
				heading: 'Strong passwords',
				text: 'A strong password is long and hard to guess. Try three random words joined together. Keep it to yourself, apart from a parent or carer.',
				illustration: emoji('🔑', 'A key')
			},
			{
				heading: 'Settings and permission',
				text: 'Privacy settings decide who can see what you share. Keep accounts private and turn location sharing off. Ask before you share anything about someone else.',
				illustration: emoji('⚙️', 'A cog for settings')
			},
			{
				heading: 'Why we block details',
				text: 'Our class tools block messages with personal details before anyone else sees them. Once details are out, you cannot get them back. You can still say what you wanted to, just without the detail.',
				illustration: emoji('🛑', 'A red stop sign')
			}
		],
		quiz: [
			{
				prompt: 'Which of these is personal information?',
				options: ['Your postcode', 'Your favourite film', "Today's weather"],
				correctIndex: 0,
				explanation: 'A postcode can help someone find where you live, so keep it private.'
			},
			{
				prompt: 'Which kind of password is strongest?',
				options: ['password123', "Your pet's name", 'Three random words joined together'],
				correctIndex: 2,
				explanation: 'Long passwords made of random words are much harder for anyone to guess.'
			},
			{
				prompt: 'Why turn off location sharing?',
				options: ['So strangers cannot see where you are', 'To make photos brighter', 'To make games faster'],
				correctIndex: 0,
				explanation: 'Keeping your location private helps keep you safe.'
			},
			{
				prompt: 'A friend asks for your password so they can help you level up. What do you do?',
				options: ['Give it to them', 'Keep it private and offer to play together instead', 'Post it in the class chat'],
				correctIndex: 1,
				explanation: 'Even good friends should not have your password, but you can still have fun together.'
			},
			{
				prompt: 'Your message was blocked because it had an address in it. What could you do?',
				options: ['Write the address in words instead', 'Send the message without the address', 'Give up on messaging'],
				correctIndex: 1,
				explanation: 'The block is there to protect you, so send your message again without the private detail.'
			}
		]
	})
];
