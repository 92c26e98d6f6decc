/**
 * Strand: copyright and ownership. One lesson per age band.
 * Children's text is the project's own: short, kind, concrete.
 */
import type { Lesson } from '../types';
import { catalogueLesson, emoji } from './define';

export const COPYRIGHT_LESSONS: readonly Lesson[] = [
	catalogueLesson('copyright-5-7-whose-work-is-it', {
		title: 'Whose work is it?',
		strand: 'copyright-and-ownership',
		ageBand: '5-7',
		durationMinutes: 15,
		objectives: [
			'I know that the things I make belong to me.',
			'I know that pictures and stories online were made by someone.',
			'I can say who made something when I use it.'
		],
		sections: [
			{
				heading: 'Your work is yours',
				text: 'When you draw a picture or write a story, you made it. It belongs to you.',
				illustration: emoji('🎨', 'A paint palette')
			},
			{
				heading: 'Other people make things too',
				text: 'Pictures, songs and stories online were made by someone. We should not say that we made them.',
				illustration: emoji('🖍️', 'A crayon')
			},
			{
				heading: 'Say who made it',
				text: 'If you want to use a picture someone else made, ask a grown-up first. Then say who made it.',
				illustration: emoji('🏷️', 'A name label')
			}
		],
		quiz: [
			{
				prompt: 'You drew a rocket. Who does the drawing belong to?',
				options: ['You', 'The internet', 'Nobody'],
				correctIndex: 0,
				explanation: 'You made it, so it belongs to you.'
			},
			{
				prompt: 'You use a picture from a website in your work. What should you do?',
				options: ['Say you drew it', 'Ask a grown-up and say who made it', 'Hide it'],
				correctIndex: 1,
				explanation: 'Saying who made it is fair and kind to the person who made it.'
			},
			{
				prompt: 'Someone says they drew your picture. How might you feel?',
				options: ['Pleased', 'Sad or cross, because you drew it', 'Sleepy'],
				correctIndex: 1,
				explanation: 'It feels unfair when someone takes credit for your work, so we always say who made things.'
			}
		]
	}),
	catalogueLesson('copyright-7-11-credit-where-due', {
		title: "Give credit where it's due",
		strand: 'copyright-and-ownership',
		ageBand: '7-11',
		durationMinutes: 20,
		objectives: [
			'I can explain that work online belongs to the person who made it.',
			'I can describe when I may use other people’s work and how to give credit.',
			'I can find pictures that are free to use, with an adult’s help.'
		],
		sections: [
			{
				heading: 'Creators own their work',
				text: 'Photos, music, videos, games and writing belong to the people who made them. This is called copyright. It protects your work too.',
				illustration: emoji('©️', 'The copyright symbol')
			},
			{
				heading: 'Copying or using?',
				text: "Copying someone's work and pretending it is yours is called plagiarism, and it is unfair to the creator. Using a small part for a school project, and saying where it came from, is usually fine.",
				illustration: emoji('📋', 'A clipboard')
			},
			{
				heading: 'Giving credit',
				text: 'Write who made it and where you found it, next to the thing you used. This shows respect and helps other people find the original.',
				illustration: emoji('✍️', 'A hand writing')
			},
			{
				heading: 'Free-to-use pictures',
				text: 'Some websites share pictures that anyone may use, and your teacher can show you how to find them. Downloading films, music or games from sites that are not allowed to share them is unfair to the makers and can bring viruses.',
				illustration: emoji('🖼️', 'A picture in a frame')
			}
		],
		quiz: [
			{
				prompt: 'What is plagiarism?',
				options: ["Copying someone's work and saying it is yours", 'Drawing your own picture', 'Reading a library book'],
				correctIndex: 0,
				explanation: 'Plagiarism takes credit away from the real creator, so we always say where work came from.'
			},
			{
				prompt: 'You use a photo in your project. How do you give credit?',
				options: ['Write who made it and where you found it', 'Make it smaller', 'Change the colours'],
				correctIndex: 0,
				explanation: 'Naming the creator and the place you found it is how you give credit.'
			},
			{
				prompt: 'Who owns a story you wrote at home?',
				options: ['You do', 'Whoever reads it first', 'The company that made the printer'],
				correctIndex: 0,
				explanation: 'You created it, so copyright protects it as your work.'
			},
			{
				prompt: 'A website offers a brand-new film for free while it is still in cinemas. What is the risk?',
				options: ['There is no risk', 'It is unfair to the makers and may carry viruses', 'The picture will be better'],
				correctIndex: 1,
				explanation: 'Sites like that are not allowed to share the film, and they can harm your device too.'
			}
		]
	})
];
