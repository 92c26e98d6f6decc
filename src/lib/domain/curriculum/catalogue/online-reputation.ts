/**
 * Strand: online reputation. One lesson per age band.
 * Children's text is the project's own: short, kind, concrete.
 */
import type { Lesson } from '../types';
import { catalogueLesson, emoji } from './define';

export const ONLINE_REPUTATION_LESSONS: readonly Lesson[] = [
	catalogueLesson('reputation-5-7-footprints-online', {
		title: 'Footprints online',
		strand: 'online-reputation',
		ageBand: '5-7',
		durationMinutes: 15,
		objectives: [
			'I know that things I put online can stay there for a long time.',
			'I know to ask a grown-up before I put anything online.',
			'I know to ask a friend before I share a picture of them.'
		],
		sections: [
			{
				heading: 'Leaving footprints',
				text: 'When you walk on the beach, you leave footprints in the sand. When you put a picture or message online, you leave footprints too.',
				illustration: emoji('👣', 'Two footprints')
			},
			{
				heading: 'Hard to wash away',
				text: 'Things online can stay for a long time. Other people can copy them. They can share them with lots of people.',
				illustration: emoji('🌊', 'A wave on the sea')
			},
			{
				heading: 'Ask first',
				text: 'Ask a grown-up before you put something online. Ask your friend before you share a picture of them.',
				illustration: emoji('✋', 'A hand held up')
			}
		],
		quiz: [
			{
				prompt: 'What can happen to things we put online?',
				options: ['They can stay for a long time', 'They all vanish at bedtime', 'Only you can ever see them'],
				correctIndex: 0,
				explanation: 'Things online can stay and be shared, so it is good to think first.'
			},
			{
				prompt: 'You want to share a photo of your friend. What should you do first?',
				options: ['Share it quickly', 'Ask your friend and a grown-up', 'Draw a hat on it'],
				correctIndex: 1,
				explanation: 'Asking first shows you care about how your friend feels.'
			},
			{
				prompt: 'Which is a happy footprint to leave?',
				options: ['A kind comment on a class story', 'A rude word', "A friend's secret"],
				correctIndex: 0,
				explanation: 'Kind comments leave happy footprints that you will be proud of.'
			}
		]
	}),
	catalogueLesson('reputation-7-11-think-before-you-post', {
		title: 'Think before you post',
		strand: 'online-reputation',
		ageBand: '7-11',
		durationMinutes: 20,
		objectives: [
			'I can explain what a digital footprint is and how it builds up.',
			'I can describe how other people might find and judge what is shared online.',
			'I can use a simple check to decide whether something is okay to post.'
		],
		sections: [
			{
				heading: 'Your digital footprint',
				text: 'Everything you post, like, comment on or are tagged in adds to your digital footprint. Put together, it tells a story about you.',
				illustration: emoji('👣', 'Two footprints')
			},
			{
				heading: 'Who could see it?',
				text: 'Messages that say they will disappear can still be saved with a screenshot. One day a new school, a sports club or an employer might search for your name.',
				illustration: emoji('🔍', 'A magnifying glass')
			},
			{
				heading: 'The three-people check',
				text: 'Before you post, ask yourself: would I be happy for my family, my teacher and a grown-up me to see this? If the answer is no, do not post it.',
				illustration: emoji('✅', 'A tick in a box')
			},
			{
				heading: 'Fixing a mistake',
				text: 'Everyone makes mistakes. If you post something you regret, delete it. Say sorry if it hurt someone, and ask an adult to help you put it right.',
				illustration: emoji('🧹', 'A broom sweeping up')
			}
		],
		quiz: [
			{
				prompt: 'What adds to your digital footprint?',
				options: ['Only the photos you post', 'Posts, comments, likes and tags', 'Only the things you delete'],
				correctIndex: 1,
				explanation: 'Almost everything you do online leaves a trace, not just your photos.'
			},
			{
				prompt: 'A message says it will disappear in ten seconds. Is it safe to say something unkind?',
				options: ['Yes, it disappears', 'No, someone could take a screenshot', 'Yes, if you use a nickname'],
				correctIndex: 1,
				explanation: 'A screenshot can keep any message, so it is best to be kind every time.'
			},
			{
				prompt: 'You posted something you now regret. What is a good first step?',
				options: ['Delete it and ask an adult for help', 'Post lots more to hide it', 'Ignore it and hope'],
				correctIndex: 0,
				explanation: 'Deleting it quickly and asking for help is a sensible and grown-up way to fix a mistake.'
			},
			{
				prompt: 'Which post passes the three-people check?',
				options: ['A photo of the model volcano you made for science', 'A joke about a classmate', "Your friend's home address"],
				correctIndex: 0,
				explanation: 'Sharing something you made and are proud of is a great footprint to leave.'
			}
		]
	})
];
