/**
 * Strand: managing online information. One lesson per age band.
 * Children's text is the project's own: short, kind, concrete.
 */
import type { Lesson } from '../types';
import { catalogueLesson, emoji } from './define';

export const MANAGING_ONLINE_INFORMATION_LESSONS: readonly Lesson[] = [
	catalogueLesson('information-5-7-is-it-true', {
		title: 'Is it true?',
		strand: 'managing-online-information',
		ageBand: '5-7',
		durationMinutes: 15,
		objectives: [
			'I know that some things online are true and some are made up.',
			'I can ask a grown-up or look in a book to check.',
			'I know to tell a grown-up if I see something that upsets me.'
		],
		sections: [
			{
				heading: 'So much to find',
				text: 'The internet has lots of facts, stories and pictures. Some are true. Some are made up.',
				illustration: emoji('📚', 'A pile of books')
			},
			{
				heading: 'Real or pretend?',
				text: 'A picture of a unicorn in the park is fun, but it is pretend. Some things online look real when they are not.',
				illustration: emoji('🦄', 'A unicorn')
			},
			{
				heading: 'Check with a grown-up',
				text: 'If you are not sure, ask a grown-up or look in a book. Checking is a clever thing to do. If something upsets you, tell a grown-up.',
				illustration: emoji('🧑‍🏫', 'A teacher')
			}
		],
		quiz: [
			{
				prompt: 'Is everything on the internet true?',
				options: ['Yes, always', 'No, some things are made up', 'Only if it has pictures'],
				correctIndex: 1,
				explanation: 'Some things online are made up, so it is smart to check.'
			},
			{
				prompt: 'You see a video of an elephant flying. What could it be?',
				options: ['Pretend or changed', 'Real, because it is a video', 'A school rule'],
				correctIndex: 0,
				explanation: 'Videos can be made up or changed, so they are not always real.'
			},
			{
				prompt: 'You are not sure if something is true. What can you do?',
				options: ['Ask a grown-up or check in a book', 'Tell everyone it is true', 'Never use the internet again'],
				correctIndex: 0,
				explanation: 'Checking with a grown-up or a book is a great way to find out.'
			}
		]
	}),
	catalogueLesson('information-7-11-online-detective', {
		title: 'Be an online detective',
		strand: 'managing-online-information',
		ageBand: '7-11',
		durationMinutes: 25,
		objectives: [
			'I can explain that not everything online is true, and why untrue things are posted.',
			'I can use simple checks to judge whether a website or post is reliable.',
			'I can tell the difference between an advert and information.'
		],
		sections: [
			{
				heading: 'Why untrue things spread',
				text: 'Some people post untrue things by mistake. Others do it on purpose: to get clicks, to sell something or to trick people. Surprising headlines spread fast because people share before they check.',
				illustration: emoji('📣', 'A megaphone')
			},
			{
				heading: 'Detective questions',
				text: 'Ask yourself: who made this, and when? Can I find the same fact on two other trusted sites? Does it sound too amazing to be true?',
				illustration: emoji('🕵️', 'A detective')
			},
			{
				heading: 'Spot the advert',
				text: "Adverts are made to make you want something. Look for words like 'ad', 'sponsored' or 'promoted'. Some people online are paid to say they love a product.",
				illustration: emoji('🏷️', 'A price tag')
			},
			{
				heading: 'Searching well',
				text: 'Use clear search words, look further than the first result, and use sites your school trusts. If you find something upsetting, close it and tell an adult.',
				illustration: emoji('🔎', 'A magnifying glass')
			}
		],
		quiz: [
			{
				prompt: "A headline says: 'Dinosaurs found living in a city park!' What should you do?",
				options: ['Share it straight away', 'Check it on other trusted sites first', 'Believe it because it is online'],
				correctIndex: 1,
				explanation: 'Surprising stories are worth checking before you believe or share them.'
			},
			{
				prompt: "What does 'sponsored' on a post usually mean?",
				options: ['Someone paid for it to be shown', 'It is always true', 'A teacher wrote it'],
				correctIndex: 0,
				explanation: 'Sponsored posts are adverts, so they are trying to persuade you.'
			},
			{
				prompt: 'Which is a good detective question?',
				options: ['How many colours are on the page?', 'Who made this, and can I check it elsewhere?', 'Is the writing big?'],
				correctIndex: 1,
				explanation: 'Knowing who made something and checking it elsewhere tells you whether to trust it.'
			},
			{
				prompt: 'You find something upsetting while searching. What should you do?',
				options: ['Close it and tell an adult', 'Show your friends', 'Keep scrolling'],
				correctIndex: 0,
				explanation: 'Closing it and telling an adult is the right thing, and you will not be in trouble.'
			}
		]
	})
];
