/**
 * Strand: health, wellbeing and lifestyle. One lesson per age band.
 * Children's text is the project's own: short, kind, concrete.
 */
import type { Lesson } from '../types';
import { catalogueLesson, emoji } from './define';

export const HEALTH_WELLBEING_LESSONS: readonly Lesson[] = [
	catalogueLesson('wellbeing-5-7-time-to-switch-off', {
		title: 'Time to switch off',
		strand: 'health-wellbeing-and-lifestyle',
		ageBand: '5-7',
		durationMinutes: 15,
		objectives: [
			'I can name things I enjoy doing with and without screens.',
			'I know that screens before bed can make it hard to sleep.',
			'I know to stop and tell a grown-up if a game makes me upset.'
		],
		sections: [
			{
				heading: 'Screens can be fun',
				text: 'Games, videos and apps can be fun. They can help us learn new things too.',
				illustration: emoji('📺', 'A television')
			},
			{
				heading: 'A healthy mix',
				text: 'Our bodies and brains need lots of things. We need running, playing, reading, talking and sleeping. A good day has a mix of all of them.',
				illustration: emoji('🌳', 'A tree in the park')
			},
			{
				heading: 'Sleepy time',
				text: 'Screens just before bed can make it hard to fall asleep. Switch off a little while before bedtime. Let your brain rest.',
				illustration: emoji('🌙', 'A crescent moon')
			}
		],
		quiz: [
			{
				prompt: 'Which is a healthy day?',
				options: ['Screens all day long', 'Some screen time, some play outside and a good sleep', 'No sleep at all'],
				correctIndex: 1,
				explanation: 'A healthy day has a mix of things, and plenty of sleep.'
			},
			{
				prompt: 'What is a good thing to do before bed?',
				options: ['Switch off screens and rest', 'Play a loud game', 'Watch videos under the covers'],
				correctIndex: 0,
				explanation: 'Switching off helps your brain get ready for a good sleep.'
			},
			{
				prompt: 'A game makes you feel cross or upset. What can you do?',
				options: ['Stop, take a break and tell a grown-up', 'Keep playing for longer', 'Throw the tablet'],
				correctIndex: 0,
				explanation: 'Taking a break and talking to a grown-up helps big feelings get smaller.'
			}
		]
	}),
	catalogueLesson('wellbeing-7-11-healthy-habits-online', {
		title: 'Healthy habits online',
		strand: 'health-wellbeing-and-lifestyle',
		ageBand: '7-11',
		durationMinutes: 15,
		objectives: [
			'I can explain how technology can affect sleep, mood and how active I am.',
			'I can describe features that are designed to keep people watching or playing.',
			'I can make a simple plan to balance screen time with other things I enjoy.'
		],
		sections: [
			{
				heading: 'How do you feel?',
				text: 'Notice how you feel after time online. Happy and relaxed? Great. Tired, grumpy or worried? That might be a sign to change something.',
				illustration: emoji('🌡️', 'A thermometer')
			},
			{
				heading: 'Designed to keep you there',
				text: 'Autoplay, streaks, daily rewards and endless scrolling are designed to keep you on an app. Knowing this helps you decide for yourself when to stop.',
				illustration: emoji('🔁', 'Arrows going round in a loop')
			},
			{
				heading: 'Sleep matters',
				text: 'Children your age need lots of sleep to grow, learn and feel well. Bright screens and exciting games can keep your brain awake, so charge devices outside your bedroom if you can.',
				illustration: emoji('😴', 'A sleeping face')
			},
			{
				heading: 'Make a plan',
				text: 'Choose times for screens and times for other things you enjoy, like sport, music, friends and reading. A plan you make yourself is easier to stick to.',
				illustration: emoji('🗓️', 'A calendar')
			}
		],
		quiz: [
			{
				prompt: 'Why do some apps play the next video automatically?',
				options: ['To help you sleep', 'To keep you watching for longer', 'Because the law says they must'],
				correctIndex: 1,
				explanation: 'Autoplay is designed to keep you watching, so it is fine to switch it off and choose for yourself.'
			},
			{
				prompt: 'Which is a good sleep habit?',
				options: ['Charging your tablet outside your bedroom', 'Gaming until midnight', 'Checking messages in the night'],
				correctIndex: 0,
				explanation: 'Keeping devices out of the bedroom helps you get the sleep your body needs.'
			},
			{
				prompt: 'You feel grumpy every time you finish a game. What could you try?',
				options: ['Play for even longer', 'Notice the feeling, take breaks and talk about it', 'Hide it from everyone'],
				correctIndex: 1,
				explanation: 'Noticing your feelings and talking about them is a healthy habit.'
			},
			{
				prompt: 'What makes a screen-time plan easier to stick to?',
				options: ['Making it yourself, with things you enjoy', 'Never talking about it', 'Making it as strict as possible'],
				correctIndex: 0,
				explanation: 'A plan you helped make, full of things you like, is much easier to follow.'
			}
		]
	})
];
