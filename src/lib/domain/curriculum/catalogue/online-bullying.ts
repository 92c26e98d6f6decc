/**
 * Strand: online bullying. One lesson per age band.
 * Children's text is the project's own: short, kind, concrete.
 */
import type { Lesson } from '../types';
import { catalogueLesson, emoji } from './define';

export const ONLINE_BULLYING_LESSONS: readonly Lesson[] = [
	catalogueLesson('bullying-5-7-when-words-hurt', {
		title: 'When words hurt',
		strand: 'online-bullying',
		ageBand: '5-7',
		durationMinutes: 15,
		objectives: [
			'I know that unkind words online can hurt, just like words said out loud.',
			'I know to show a grown-up if someone is unkind to me online.',
			'I can say how I could help a friend who is upset.'
		],
		sections: [
			{
				heading: 'Kind and unkind',
				text: 'Words can make people feel happy or sad. Unkind words online hurt just as much as unkind words in the playground.',
				illustration: emoji('💬', 'A speech bubble')
			},
			{
				heading: 'If it happens to you',
				text: 'If someone sends you something unkind, do not send an unkind reply. Show a grown-up you trust. It is not your fault.',
				illustration: emoji('🧸', 'A teddy bear')
			},
			{
				heading: 'Be a good friend',
				text: 'If someone is unkind to your friend, tell a grown-up. Tell your friend you are on their side.',
				illustration: emoji('🤝', 'Two hands shaking')
			}
		],
		quiz: [
			{
				prompt: 'Someone sends you an unkind message. What should you do?',
				options: ['Send an unkind one back', 'Show a grown-up you trust', 'Hide it and feel sad alone'],
				correctIndex: 1,
				explanation: 'A grown-up you trust can help put things right, so showing them is the best thing to do.'
			},
			{
				prompt: 'Can unkind words online hurt?',
				options: ['No, they are only on a screen', 'Yes, just like words said out loud', 'Only if they are in capitals'],
				correctIndex: 1,
				explanation: 'Words on a screen come from real people and reach real people, so they can hurt.'
			},
			{
				prompt: 'Someone is unkind to your friend online. How can you help?',
				options: ['Join in', 'Tell a grown-up and be kind to your friend', 'Laugh about it'],
				correctIndex: 1,
				explanation: 'Telling a grown-up and being kind shows your friend they are not on their own.'
			}
		]
	}),
	catalogueLesson('bullying-7-11-be-an-upstander', {
		title: 'Be an upstander',
		strand: 'online-bullying',
		ageBand: '7-11',
		durationMinutes: 30,
		objectives: [
			'I can describe what online bullying is and some forms it takes.',
			'I can explain how it might feel for the person being targeted.',
			'I can explain how to respond: do not reply in anger, save evidence, block, report and tell.',
			'I can describe how a bystander can safely help.'
		],
		sections: [
			{
				heading: 'What is online bullying?',
				text: 'Online bullying is when someone uses a phone, game or app to hurt, scare or leave someone out, again and again. It might be mean messages, sharing an embarrassing picture, or a group chat that leaves one person out on purpose.',
				illustration: emoji('📱', 'A mobile phone')
			},
			{
				heading: 'It can follow you home',
				text: 'Online bullying can reach someone at any time, even at home in bed. That is one reason it can feel so hard. It is never the fault of the person being targeted.',
				illustration: emoji('🏠', 'A house')
			},
			{
				heading: 'What to do',
				text: 'Do not reply in anger. Save the evidence with a screenshot, then block the person and report them on the app. Tell a trusted adult: school staff can help even when it happens outside school.',
				illustration: emoji('📸', 'A camera')
			},
			{
				heading: 'Be an upstander',
				text: 'If you see it happening, you can be an upstander. Do not like or share it. Send a kind message to the person being targeted, and tell an adult.',
				illustration: emoji('🙋', 'A person raising their hand')
			}
		],
		quiz: [
			{
				prompt: 'Which of these could be online bullying?',
				options: [
					'Leaving someone out of a group chat on purpose, again and again',
					'Sending a friend a birthday message',
					'Asking a classmate for help with homework'
				],
				correctIndex: 0,
				explanation: 'Leaving someone out on purpose, again and again, is a kind of bullying even if no words are said.'
			},
			{
				prompt: 'Why take a screenshot before you block someone?',
				options: ['To share it with everyone', 'So a trusted adult can see what happened', 'So you can reply later'],
				correctIndex: 1,
				explanation: 'Evidence helps adults understand what happened and sort it out.'
			},
			{
				prompt: 'Someone posts an unkind picture of a classmate. What does an upstander do?',
				options: ['Likes it so they fit in', "Doesn't share it, checks their classmate is okay and tells an adult", 'Adds a funny comment'],
				correctIndex: 1,
				explanation: 'Not sharing, being kind and telling an adult can make a big difference to someone.'
			},
			{
				prompt: 'Is online bullying ever the fault of the person being targeted?',
				options: ['Yes, if they posted first', 'No, it is never their fault', 'Only if they are new'],
				correctIndex: 1,
				explanation: 'Nobody deserves to be bullied, and the person being targeted is never to blame.'
			},
			{
				prompt: 'The bullying happened at the weekend, not in school. Can school help?',
				options: ['No, only parents can help', 'Yes, tell a trusted adult at school', 'Only if it was on a school tablet'],
				correctIndex: 1,
				explanation: 'School staff want to know and can help, wherever it happened.'
			}
		]
	})
];
