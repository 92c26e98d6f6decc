/**
 * Strand: online relationships. One lesson per age band.
 * Children's text is the project's own: short, kind, concrete.
 */
import type { Lesson } from '../types';
import { catalogueLesson, emoji } from './define';

export const ONLINE_RELATIONSHIPS_LESSONS: readonly Lesson[] = [
	catalogueLesson('relationships-5-7-who-am-i-talking-to', {
		title: 'Who am I talking to?',
		strand: 'online-relationships',
		ageBand: '5-7',
		durationMinutes: 15,
		objectives: [
			'I can explain that I only message people I know, when a grown-up says yes.',
			'I can say what to do if someone I do not know sends me a message.',
			'I can use kind words in my messages.'
		],
		sections: [
			{
				heading: 'People we know',
				text: 'Your family, your class and your teacher are people you know. When a grown-up says yes, you can send them messages.',
				illustration: emoji('👨‍👩‍👧', 'A family of three')
			},
			{
				heading: 'People we do not know',
				text: 'Sometimes a stranger might send a message. They might ask to be friends in a game. You do not have to answer. Tell a grown-up straight away.',
				illustration: emoji('❓', 'A question mark')
			},
			{
				heading: 'Kind messages',
				text: 'Sending a message is like talking. Use kind words. Think about how your friend will feel when they read it.',
				illustration: emoji('🙂', 'A smiling face')
			}
		],
		quiz: [
			{
				prompt: 'Someone you do not know sends you a message in a game. What should you do?',
				options: ['Answer and ask their name', 'Tell a grown-up you trust', 'Send them a photo'],
				correctIndex: 1,
				explanation: 'Telling a grown-up you trust is always the right thing, and they will help you stay safe.'
			},
			{
				prompt: 'Which message is kind?',
				options: ['Your picture is great, well done!', 'Your picture is silly', 'You are not my friend'],
				correctIndex: 0,
				explanation: 'Kind words make people feel good, online and in the playground.'
			},
			{
				prompt: 'Who can you send messages to at school?',
				options: ['Anyone on the internet', 'Your class, and people your teacher says yes to', 'People in adverts'],
				correctIndex: 1,
				explanation: 'Your teacher helps you choose safe people to talk to.'
			}
		]
	}),
	catalogueLesson('relationships-7-11-trust-and-secrets', {
		title: 'Trust, secrets and online friends',
		strand: 'online-relationships',
		ageBand: '7-11',
		durationMinutes: 30,
		objectives: [
			'I can explain the difference between a friend I know in real life and someone I have only met online.',
			'I can recognise warning signs such as requests for secrets, gifts, photos or meeting up.',
			'I know how to stop replying, block, report and tell a trusted adult.'
		],
		sections: [
			{
				heading: 'Online-only friends',
				text: 'You might chat with someone while playing a game. Even if they seem friendly and funny, you cannot see who they really are. Someone you have only met online is still a stranger.',
				illustration: emoji('🎮', 'A game controller')
			},
			{
				heading: 'Warning signs',
				text: 'Take care if someone asks you to keep a secret, offers you gifts or game coins, asks for photos, or wants to meet. These are signs that something is wrong. A real friend never asks you to hide things from the adults who look after you.',
				illustration: emoji('🚩', 'A red warning flag')
			},
			{
				heading: 'Surprises and secrets',
				text: 'A surprise, like a birthday present, is kept for a short time and makes people happy. A bad secret makes you feel worried or uncomfortable. You can always tell a trusted adult a bad secret, even if you promised not to.',
				illustration: emoji('🎁', 'A wrapped present')
			},
			{
				heading: 'Stop, block, report, tell',
				text: 'If someone online worries you, stop replying and block them. Use the report button. Then tell a trusted adult. You will not be in trouble for telling.',
				illustration: emoji('🛡️', 'A shield')
			}
		],
		quiz: [
			{
				prompt: 'A player you met online asks you to keep your chats secret. What does this tell you?',
				options: ['They are a very good friend', 'Something may be wrong, so tell a trusted adult', 'You should reply more often'],
				correctIndex: 1,
				explanation: 'Asking for secrets is a warning sign, so telling a trusted adult is the safest thing to do.'
			},
			{
				prompt: 'Which of these is a good surprise?',
				options: ['Planning a party for your grandad', 'Someone online asking for your photo', 'Promising never to tell anyone about a chat'],
				correctIndex: 0,
				explanation: 'A good surprise is shared soon and makes people happy.'
			},
			{
				prompt: 'Someone you know only online wants to meet you at the park. What should you do?',
				options: ['Go, but take a friend', 'Say no and tell a trusted adult straight away', 'Meet them and tell nobody'],
				correctIndex: 1,
				explanation: 'Never meet someone you only know online, and tell a trusted adult at once so they can help.'
			},
			{
				prompt: 'What should you do if someone online worries you?',
				options: ['Reply, argue, forget', 'Stop, block, report, tell', 'Share, like, follow'],
				correctIndex: 1,
				explanation: 'Blocking stops them, reporting warns the app, and telling gets you help.'
			},
			{
				prompt: 'Will you be in trouble for telling an adult about a worrying chat?',
				options: ['Yes, always', 'No, telling is the right thing to do', 'Only if it happened at home'],
				correctIndex: 1,
				explanation: 'Telling keeps you safe, and the adults around you want to know.'
			}
		]
	})
];
