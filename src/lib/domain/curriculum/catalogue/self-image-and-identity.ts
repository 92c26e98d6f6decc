/**
 * Strand: self-image and identity. One lesson per age band.
 * Children's text is the project's own: short, kind, concrete.
 */
import type { Lesson } from '../types';
import { catalogueLesson, emoji } from './define';

export const SELF_IMAGE_LESSONS: readonly Lesson[] = [
	catalogueLesson('self-image-5-7-the-real-me', {
		title: 'The real me',
		strand: 'self-image-and-identity',
		ageBand: '5-7',
		durationMinutes: 15,
		objectives: [
			'I can say some things that make me special.',
			'I know that pictures online can be changed to look different from real life.',
			'I know a grown-up I can tell if something online makes me feel sad about myself.'
		],
		sections: [
			{
				heading: 'There is only one you',
				text: 'You have your own smile. You have your own laugh and your own ideas. That makes you special.',
				illustration: emoji('🌟', 'A shining star')
			},
			{
				heading: 'Pretend pictures',
				text: 'Some apps can give you cat ears or a funny nose. It is just pretend. Pictures online can be changed to look different from real life.',
				illustration: emoji('🐱', 'A cat face, like a funny photo filter')
			},
			{
				heading: 'Your feelings matter',
				text: 'Sometimes a picture or game can make you feel sad about yourself. That is not your fault. Tell a grown-up you trust. They will help you.',
				illustration: emoji('💛', 'A yellow heart')
			}
		],
		quiz: [
			{
				prompt: 'You see a photo of a dog wearing a crown. What might be true?',
				options: ['The photo may have been changed', 'All dogs wear crowns', 'Photos can never be changed'],
				correctIndex: 0,
				explanation: 'Lots of photos online are changed for fun, so they are not always real.'
			},
			{
				prompt: 'Something online makes you feel sad about how you look. What can you do?',
				options: ['Keep it a secret', 'Tell a grown-up you trust', 'Look at it again and again'],
				correctIndex: 1,
				explanation: 'A grown-up you trust can help you feel better, and you never have to sort it out alone.'
			},
			{
				prompt: 'Which of these makes you special?',
				options: ['How many toys you have', 'Your own ideas and kindness', 'How many people saw your picture'],
				correctIndex: 1,
				explanation: 'What makes you special is who you are: your ideas, your kindness and your laugh.'
			}
		]
	}),
	catalogueLesson('self-image-7-11-online-me-real-me', {
		title: 'Online me, real me',
		strand: 'self-image-and-identity',
		ageBand: '7-11',
		durationMinutes: 25,
		objectives: [
			'I can explain how people choose what they show about themselves online.',
			'I can recognise that images online may be edited or filtered.',
			'I can describe ways to get help if something online affects how I feel about myself.'
		],
		sections: [
			{
				heading: 'Choosing what to show',
				text: "People often share only their best moments online. A friend might post a photo of a birthday party, but not of a rainy Monday. Nobody's life is all highlights.",
				illustration: emoji('🎭', 'Two theatre masks, one happy and one sad')
			},
			{
				heading: 'Edited pictures',
				text: "Apps can smooth skin, brighten colours and even change body shapes. Adverts and famous people use these tools a lot. Comparing yourself with an edited picture isn't a fair test.",
				illustration: emoji('🖼️', 'A picture in a frame')
			},
			{
				heading: 'Avatars and usernames',
				text: 'In a game you might be a dragon or an astronaut, and that can be fun. Other players can pretend too. Someone online may not be who they seem.',
				illustration: emoji('🧑‍🚀', 'A cartoon astronaut, like a game avatar')
			},
			{
				heading: 'Looking after your feelings',
				text: 'If you feel worse after being online, take a break. Talk to someone you trust about it. Feelings are easier to carry when you share them.',
				illustration: emoji('💬', 'A speech bubble')
			}
		],
		quiz: [
			{
				prompt: "Why might someone's online photos look perfect?",
				options: ['They chose only their best moments, or edited them', 'Their life is perfect all the time', 'Cameras cannot show mistakes'],
				correctIndex: 0,
				explanation: 'People usually pick and polish what they share, so photos rarely show the whole story.'
			},
			{
				prompt: 'A player in a game says they are ten, like you. What should you remember?',
				options: ['They must be telling the truth', 'People online can pretend to be someone they are not', 'Everyone in games is a child'],
				correctIndex: 1,
				explanation: 'It is easy to pretend online, so keep your personal details private and take care.'
			},
			{
				prompt: 'You keep feeling low after using a video app. What is a good step?',
				options: ['Take a break and talk to someone you trust', 'Watch more videos until the feeling goes', 'Keep the feeling to yourself'],
				correctIndex: 0,
				explanation: 'A break and a chat with someone you trust really help, and asking for help is a brave thing to do.'
			},
			{
				prompt: 'Which of these is a fair comparison?',
				options: ["Your real life with someone's edited photo", 'Your skills now with your own skills last month', 'Your drawing with a filtered advert'],
				correctIndex: 1,
				explanation: 'Comparing yourself with your past self is fair because you know the whole story.'
			}
		]
	})
];
