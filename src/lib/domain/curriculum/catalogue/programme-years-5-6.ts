/**
 * Years 5–6 (ages 9–11): twelve lessons for pupils getting ready for secondary
 * school and their first phones. Four first written for all of Key Stage 2 now
 * sit here (slugs keep '7-11'); eight are new, including extreme ideas online
 * (the Prevent duty, pitched for primary pupils), social media age limits,
 * scams that look real, and gambling-like game design.
 */
import type { Lesson } from '../types';
import { differentiate, programmeLesson, question, scenario, section, task, type LessonExtension } from './define';

export const YEARS_5_6_EXTENSIONS: Readonly<Record<string, LessonExtension>> = {
	'self-image-7-11-online-me-real-me': {
		ageBand: '9-11',
		durationMinutes: 30,
		iCan: ['I can explain how images online are chosen and edited, and how that can affect how people feel.'],
		scenarios: [
			scenario(
				'Before and after',
				"Isla notices that her favourite star's photos always look perfect. She starts to dislike her own face in the mirror.",
				[
					'Isla talks to her aunt and learns how photos are lit, posed and edited.',
					'Isla feels better knowing the photos are not real life. She unfollows accounts that make her feel bad.',
					true
				],
				['Isla downloads an app to make all her photos look the same.', 'Isla feels worse when she sees herself without the filter.', false]
			),
			scenario(
				'Choosing a username',
				'Theo is setting up a game account and wants a username.',
				['Theo picks a name about his hobbies with no real name, age or town.', 'It shows who he is without giving away private details.', true],
				['Theo uses "TheoSmith2015Leeds".', 'That tells strangers his full name, age and town.', false]
			)
		],
		discussion: [
			'Why do people only post their best moments?',
			'How can you tell that an image has been edited?',
			'How might seeing "perfect" lives online affect someone\'s mood?',
			'What could you do if an account makes you feel bad about yourself?'
		],
		task: task('Compare an unedited and an edited photo (teacher-provided) and list every change you can find.', 10),
		differentiation: differentiate(
			'Provide a spot-the-difference sheet with the changes circled on one side.',
			'Ask pupils to write a persuasive message to a friend explaining why "perfect" photos are not real.'
		),
		moreQuestions: [
			question(
				'Which username keeps you private?',
				['DragonRider', 'AmyJones11Bristol', 'MyRealNameAndSchool'],
				0,
				'A username without your real name, age or town keeps you private.'
			)
		]
	},
	'relationships-7-11-trust-and-secrets': {
		ageBand: '9-11',
		durationMinutes: 30,
		iCan: ['I can recognise warning signs in an online friendship and know how to get help.'],
		scenarios: [
			scenario(
				'The understanding friend',
				'Jade has chatted to "Ellie, 11" for weeks. Ellie says Jade is mature, that her parents would not understand, and asks for a photo.',
				['Jade stops, keeps the messages and tells her dad.', 'Her dad reports it. Flattery, secrecy and photo requests are warning signs of grooming.', true],
				['Jade sends a photo because Ellie is her friend.', 'Jade cannot take the photo back. It is never her fault: she should tell an adult now.', false]
			),
			scenario(
				'Meeting up',
				'An online friend suggests meeting at the park on Saturday and says to come alone.',
				['Refuse and tell a trusted adult.', 'Never meet an online-only friend alone. The adult makes sure she is safe.', true],
				['Go, but only for ten minutes.', 'Even a short meeting alone with someone you only know online is dangerous.', false]
			)
		],
		discussion: [
			'How might someone online pretend to be someone they are not?',
			'Why might a person ask you to keep your chats secret?',
			'What makes an online friendship feel unsafe?',
			'Who could you tell, and how could you start the conversation?'
		],
		task: task('In groups, write a short role-play where a pupil notices warning signs and tells an adult; perform it for the class.', 10),
		differentiation: differentiate(
			'Give a warning-signs card (secrets, gifts, flattery, photos, meeting) to refer to.',
			'Ask pupils to explain why grooming often starts by being very kind.'
		)
	},
	'reputation-7-11-think-before-you-post': {
		ageBand: '9-11',
		durationMinutes: 30,
		iCan: ['I can think about who could see a post before I share it.'],
		scenarios: [
			scenario(
				'The screenshot',
				'Mo posts a joke about his teacher in a private group. Someone screenshots it.',
				['Mo apologises and learns that "private" is not always private.', 'Owning a mistake helps put it right.', true],
				['Mo says it was only a joke and deletes it.', 'The screenshot is still out there. Deleting does not undo it.', false]
			),
			scenario(
				'Future you',
				'Hana wants to post a video of herself pulling silly faces and saying rude words.',
				[
					'Hana asks: would I be happy for my family, teacher and a future employer to see this?',
					'She keeps it to herself. A good footprint protects future Hana.',
					true
				],
				['Hana posts it publicly.', 'Years later it could still be found.', false]
			)
		],
		discussion: [
			'Who might see something you post, now and in the future?',
			'Can a private chat ever really be private?',
			'What does "think before you post" mean to you?',
			'How can you fix a post you regret?'
		],
		task: task('Use the three-people check to sort ten example posts, then rewrite two so they are fine to share.', 8),
		differentiation: differentiate(
			'Provide a simple traffic-light sort for the posts.',
			'Ask pupils to draft a school guide on online reputation for Year 6 leavers.'
		),
		moreQuestions: [
			question(
				'Someone screenshots your post. What happens if you delete yours?',
				['The screenshot still exists', 'It disappears everywhere', 'The screenshot turns blank'],
				0,
				'Copies stay even when the original is deleted.'
			)
		]
	},
	'bullying-7-11-be-an-upstander': {
		ageBand: '9-11',
		durationMinutes: 30,
		iCan: ['I can act as an upstander when I see online bullying.'],
		scenarios: [
			scenario(
				'The pile-on',
				"In a class group chat, people start posting unkind comments about Aiden's clothes.",
				[
					'Post "Not cool, leave him alone", message Aiden privately and tell a teacher.',
					'Others stop. Aiden feels supported. One voice can change a group.',
					true
				],
				['Leave the chat without saying anything.', 'The bullying carries on. Leaving is better than joining in, but reporting helps more.', false]
			),
			scenario(
				'A fake account',
				'Someone makes a fake account pretending to be Kezia and posts embarrassing things.',
				['Report the account, save evidence, and tell Kezia and an adult.', 'The account is taken down quickly.', true],
				['Share it because it is funny.', 'Sharing spreads the hurt further.', false]
			)
		],
		discussion: [
			'What is the difference between a bystander and an upstander?',
			'Why is it hard to speak up in a group?',
			'What are safe ways to be an upstander?',
			'How does online bullying follow people home?'
		],
		task: task('Write three short upstander messages that are calm and kind, and a plan for who to tell.', 8),
		differentiation: differentiate(
			'Provide sentence starters for upstander messages.',
			"Ask pupils to plan an anti-bullying campaign for the school's online spaces."
		)
	}
};

export const YEARS_5_6_NEW_LESSONS: readonly Lesson[] = [
	programmeLesson('self-image-9-11-influencers-and-real-lives', '9-11', {
		title: 'Influencers and real lives',
		strand: 'self-image-and-identity',
		iCan: ['I can explain how influencers choose what to show and why.', 'I can describe ways to look after my self-esteem online.'],
		sections: [
			section(
				'What influencers do',
				'Influencers share their lives with many followers. Many earn money from brands, so their posts are often adverts.',
				'📱',
				'A mobile phone'
			),
			section(
				'The highlight reel',
				'Posts show the best moments. Bad days, mistakes and boring bits are left out, so lives look better than they are.',
				'🎬',
				'A clapperboard'
			),
			section('Comparison', 'Comparing yourself to a highlight reel is unfair on you. It can lower self-esteem and make people feel left out.', '⚖️', 'Scales'),
			section(
				'Looking after yourself',
				'Follow accounts that make you feel good, mute ones that do not, and spend time on things that make you proud offline.',
				'🌱',
				'A seedling'
			)
		],
		scenarios: [
			scenario(
				'The perfect morning',
				'An influencer posts a "perfect morning routine" with expensive skincare. Mia feels her mornings are boring.',
				['Mia remembers it is a highlight reel and probably an advert.', 'Mia enjoys her own morning and feels fine.', true],
				['Mia asks for all the products.', 'Mia feels no different. The routine was selling products.', false]
			),
			scenario(
				'Follower count',
				"Sami feels unpopular because his friend's game channel has more followers.",
				['Sami focuses on making videos he enjoys with friends.', 'Sami has fun again. Followers do not measure friendship.', true],
				['Sami buys fake followers.', 'The numbers go up but Sami still feels empty, and fake followers break the rules.', false]
			)
		],
		discussion: [
			'Why might an influencer never post a bad day?',
			'How can you tell when a post is really an advert?',
			'How do you feel after scrolling through perfect-looking posts?',
			'Which accounts make you feel good, and why?'
		],
		task: task('Make a "real life vs highlight reel" comic strip showing what a post leaves out.', 10),
		differentiation: differentiate('Provide a comic template with the first panel done.', 'Ask pupils to write guidelines for an honest influencer.'),
		quiz: [
			question(
				'A highlight reel shows…',
				['Only the best moments', 'Everything that happens', 'Only bad days'],
				0,
				'Posts usually show the best moments only.'
			),
			question('Many influencers earn money from…', ['Brands paying for posts', 'School', 'Nothing'], 0, 'Brand deals mean some posts are adverts.'),
			question(
				'A healthy way to use social media is to…',
				['Mute accounts that make you feel bad', 'Compare yourself all the time', 'Buy followers'],
				0,
				'You can choose what you see.'
			),
			question('Comparing your life to influencers can…', ['Lower self-esteem', 'Always make you happy', 'Make you taller'], 0, 'It is an unfair comparison.'),
			question('Do followers measure how good a friend you are?', ['No', 'Yes', 'Only over 1,000'], 0, 'Friendship is not a number.')
		]
	}),
	programmeLesson('relationships-9-11-extreme-ideas-online', '9-11', {
		title: 'Extreme ideas online',
		strand: 'online-relationships',
		iCan: [
			'I can recognise when someone online is trying to pull me towards hateful or extreme ideas.',
			'I can say who to tell and why it is always right to tell.'
		],
		objectives: [
			'Pupils understand that some people online spread hatred of groups of people and try to recruit young people.',
			'Pupils recognise persuasion tactics (belonging, blame, secrecy, "us and them") and know to tell a trusted adult.',
			'Pupils understand that everyone deserves respect and that nobody is in trouble for reporting a worry.'
		],
		sections: [
			section(
				'Everyone belongs',
				'In our school and country, people of every religion, background and colour have the right to be treated fairly and to be safe.',
				'🤝',
				'Two hands shaking'
			),
			section(
				'Extreme ideas',
				'A few people online spread hatred. They blame a whole group of people for problems and may say violence is the answer.',
				'⚠️',
				'A warning sign'
			),
			section(
				'How they pull people in',
				'They may seem friendly and understanding. They offer belonging, say "only we tell the truth", share shocking videos, and ask you to keep it secret.',
				'🧲',
				'A magnet'
			),
			section(
				'What to do',
				'If something online makes you uneasy, or someone pushes hateful ideas, stop and tell a trusted adult. Teachers are there to help, not to blame you.',
				'🗣️',
				'A speaking head'
			)
		],
		scenarios: [
			scenario(
				'A new online friend',
				'In a game, an older player often chats with Ryan. He says Ryan\'s problems are all the fault of "people like them" and sends him videos, saying, "Your teachers won\'t tell you the truth."',
				[
					'Ryan stops chatting, keeps the messages, and tells his teacher.',
					'The teacher thanks him and gets help. Ryan did the right thing: blaming a whole group is a warning sign.',
					true
				],
				[
					'Ryan keeps watching the videos because the player understands him.',
					'The player is using friendship to pull Ryan in. It is never too late to tell an adult.',
					false
				]
			),
			scenario(
				'A shocking meme',
				'A meme mocking a religion is shared in a group chat. Some people say it is "just a joke".',
				['Do not share it; say it is not OK and tell an adult.', 'Hateful "jokes" can make hatred seem normal. Speaking up protects everyone.', true],
				['Forward it so you are not left out.', 'Sharing spreads hate and can hurt people in your own school.', false]
			)
		],
		discussion: [
			'What makes our school a place where everyone belongs?',
			'Why might someone who feels lonely be targeted by people with extreme ideas?',
			'How can you tell the difference between disagreeing with someone and hating a whole group?',
			'Who could you tell if you were worried about something you saw, or about a friend?'
		],
		task: task('In groups, list the "pulling in" tactics from the lesson and write a kind, true reply to each one.', 8),
		differentiation: differentiate(
			'Focus on "fair and unfair" statements about groups of people, with an adult guiding the discussion.',
			'Ask pupils to explain how a video or meme can persuade without giving facts.'
		),
		quiz: [
			question(
				'Someone online blames a whole group of people for everything. This is…',
				['A warning sign', 'A fact', 'A good argument'],
				0,
				'Blaming a whole group is a sign of hateful ideas.'
			),
			question(
				'An online friend says your teachers will not tell you the truth. What do you do?',
				['Tell a trusted adult', 'Keep it secret', 'Believe them'],
				0,
				'Trying to separate you from trusted adults is a warning sign.'
			),
			question(
				'Will you be in trouble for telling an adult about extreme content?',
				['No, it is the right thing to do', 'Yes', 'Only if you watched it'],
				0,
				'Adults want to help, not blame you.'
			),
			question(
				'Which is a way people try to pull others in?',
				['Offering belonging and asking for secrecy', 'Inviting you to a school club', 'Helping with homework in class'],
				0,
				'Belonging plus secrecy is a common tactic.'
			),
			question(
				'A hateful meme is called "just a joke". What is a good choice?',
				['Do not share it and tell an adult', 'Forward it', 'Add a laughing face'],
				0,
				'Not sharing and telling stops hate spreading.'
			)
		]
	}),
	programmeLesson('reputation-9-11-old-enough-for-social-media', '9-11', {
		title: 'Old enough for social media?',
		strand: 'online-reputation',
		iCan: ['I can explain why social media apps have age limits.', 'I can describe what to think about before joining an app.'],
		sections: [
			section(
				'Age limits',
				"Most social media apps say you must be at least 13 to join. WhatsApp in the UK says 13 too. These limits come from the law about children's data.",
				'🔞',
				'An age limit sign'
			),
			section(
				'Why the limits exist',
				'Apps collect data, show adverts and let strangers contact you. Younger users are more easily hurt by this, so the law gives them extra protection.',
				'🛡️',
				'A shield'
			),
			section(
				'Lying about your age',
				'If you say you are older, the app treats you like an older user: fewer protections, more adverts and adult content.',
				'🎂',
				'A birthday cake'
			),
			section(
				'Getting ready',
				'Before you join any app, check its age limit, talk with your family, learn the privacy settings, and agree what to do if something goes wrong.',
				'✅',
				'A tick'
			)
		],
		scenarios: [
			scenario(
				'Everyone has it',
				"Most of Zain's class say they are on a video app that is 13+. Zain is 10 and feels left out.",
				['Zain talks to his family and they agree on a child-safe app for now.', 'Zain still keeps in touch with friends, with the right protections.', true],
				['Zain makes an account with a fake birthday.', 'Zain starts seeing content meant for adults and messages from strangers.', false]
			),
			scenario(
				'The group chat',
				'A friend adds Lottie to a big group chat on an app for over-13s with people she does not know.',
				['Lottie leaves and tells her mum.', 'Her mum helps her set up a safer way to chat with real friends.', true],
				['Lottie stays and shares her photo.', 'Strangers in the group now have her photo.', false]
			)
		],
		discussion: [
			"Why do you think the law protects children's data?",
			'Is it fair to have age limits? Why?',
			'What would you need to know before joining a new app?',
			'What could you say if friends pressure you to join an app?'
		],
		task: task('Make a "ready to join?" checklist for any app, and test it on an app your teacher describes.', 10),
		differentiation: differentiate(
			'Provide a partly completed checklist with picture prompts.',
			'Ask pupils to write a balanced argument for and against lowering age limits.'
		),
		quiz: [
			question('What is the minimum age for most social media apps?', ['13', '8', '21'], 0, 'Most apps say 13.'),
			question(
				'Why do apps have age limits?',
				["To protect children's data and safety", 'To be mean', 'For no reason'],
				0,
				'The law gives children extra protection.'
			),
			question(
				'If you lie about your age on an app, you…',
				['Lose protections meant for children', 'Get safer', 'Nothing changes'],
				0,
				'The app treats you as older.'
			),
			question(
				'Friends pressure you to join a 13+ app. A good response is…',
				['Talk to your family about safe options', 'Make a fake account', 'Share your password'],
				0,
				'Families can help you find a safe option.'
			),
			question(
				'Before joining an app you should check…',
				['Its age limit and privacy settings', 'Only its colour', 'How many adverts it has'],
				0,
				'Age limits and settings matter most.'
			)
		]
	}),
	programmeLesson('bullying-9-11-group-chats', '9-11', {
		title: 'Group chats',
		strand: 'online-bullying',
		iCan: ['I can explain how group chats can go wrong and how to keep them kind.', 'I can report unkind behaviour in a group chat.'],
		sections: [
			section(
				'Lots of voices',
				'Group chats are great for planning and sharing, but with many people, messages move fast and misunderstandings grow.',
				'💬',
				'A speech bubble'
			),
			section('The crowd effect', 'People say things in groups they would not say alone, and others join in so they are not left out.', '👥', 'Two people'),
			section('Who is reading?', 'Anyone in the chat can screenshot or forward a message. Someone you do not know may be added.', '👀', 'Eyes'),
			section(
				'Keeping it kind',
				'Set simple rules, check before adding people, leave chats that turn nasty, and report and tell an adult when needed.',
				'📋',
				'A clipboard'
			)
		],
		scenarios: [
			scenario(
				'The secret chat',
				'Someone makes a chat called "Everyone except Priya" to plan a party.',
				['Say it is unkind, leave, and tell an adult.', 'The chat is closed and Priya is invited. Saying something helped.', true],
				['Stay quiet but do not post.', 'Priya finds out and is hurt. Silent members make the group look bigger.', false]
			),
			scenario(
				'Late-night messages',
				'The class chat is buzzing at 11pm with arguments. Nobody can sleep.',
				['Mute the chat and agree with the class on quiet times.', 'Everyone sleeps better, and fewer arguments happen when people are tired.', true],
				['Keep replying to every message.', 'The argument gets worse and everyone is exhausted.', false]
			)
		],
		discussion: [
			'Why do people join in with unkind messages in a group?',
			'What rules would make a good class group chat?',
			'When should you leave a chat?',
			'How would you report a problem in a chat?'
		],
		task: task('Write a group-chat agreement of five rules for your class and explain each.', 10),
		differentiation: differentiate(
			'Provide example rules to choose from and put in order.',
			'Ask pupils to script what a group admin could say to calm an argument.'
		),
		quiz: [
			question(
				'What is the crowd effect?',
				['People say things in groups they would not say alone', 'A type of crowd at football', 'A phone setting'],
				0,
				'Groups can make unkind behaviour grow.'
			),
			question(
				'A chat is made to leave someone out. What is a good choice?',
				['Say it is unkind, leave and tell an adult', 'Stay quiet', 'Join in'],
				0,
				'Speaking up and telling helps.'
			),
			question('Can messages in a group chat be screenshotted?', ['Yes', 'No', 'Only by the admin'], 0, 'Anyone can screenshot.'),
			question(
				'The chat is noisy late at night. What helps?',
				['Mute it and agree quiet times', 'Reply to everything', 'Turn the volume up'],
				0,
				'Muting protects your sleep.'
			),
			question('Staying silent in an unkind chat…', ['Can make the group look bigger', 'Stops it', 'Helps the person'], 0, 'Silence can look like agreement.')
		]
	}),
	programmeLesson('information-9-11-fake-news-and-persuasion', '9-11', {
		title: 'Fake news and persuasion',
		strand: 'managing-online-information',
		iCan: ['I can check a news story with lateral reading before I trust or share it.', 'I can spot persuasive techniques in posts and videos.'],
		sections: [
			section(
				'Fake news',
				'Fake news is false information made to look like real news. Some is made for clicks and money, some to change what people think.',
				'📰',
				'A newspaper'
			),
			section(
				'Persuasion tricks',
				'Look for shocking headlines, strong emotions, "everyone knows", made-up experts and pictures taken out of context.',
				'🎯',
				'A target'
			),
			section(
				'Lateral reading',
				'Do not just read down one page: open new tabs and check what trusted sources say about the story and who made it.',
				'🗂️',
				'Tabs in a folder'
			),
			section(
				'AI and edited media',
				'Pictures, voices and videos can now be made by computers. If it seems unbelievable, check before you believe.',
				'🤖',
				'A robot'
			)
		],
		scenarios: [
			scenario(
				'The shocking headline',
				'A post says "School holidays to be cancelled forever!" with an angry-face picture. It has been shared 50,000 times.',
				['Check a trusted news site and the government website.', 'No trusted source says this. It was made for clicks.', true],
				['Share it with "OMG!!"', 'Your friends panic. Checking first stops false stories spreading.', false]
			),
			scenario(
				'The celebrity video',
				'A video shows a famous footballer saying a new energy drink makes him play better. His lips look slightly odd.',
				["Look for the footballer's official account or news coverage.", 'It was an AI fake advert. Good checking.', true],
				['Buy the drink.', 'The video was fake. Real or not, adverts want your money.', false]
			)
		],
		discussion: [
			'Why would someone make up a news story?',
			'How do strong feelings stop us from checking?',
			'Which sources do you trust, and why?',
			'What should you do if you shared something false?'
		],
		task: task('In pairs, use lateral reading to investigate two printed stories and present your verdict with evidence.', 10),
		differentiation: differentiate(
			'Provide a three-step lateral reading card and one story to check together.',
			'Ask pupils to design a fake headline and explain which techniques would fool readers.'
		),
		quiz: [
			question(
				'What is lateral reading?',
				['Checking other trusted sources about a story', 'Reading sideways', 'Reading only the headline'],
				0,
				'Open new tabs to check.'
			),
			question(
				'A headline makes you very angry. What should you do first?',
				['Pause and check it', 'Share it', 'Comment angrily'],
				0,
				'Strong feelings are a sign to slow down.'
			),
			question('Can videos be made by computers to look real?', ['Yes', 'No', 'Only cartoons'], 0, 'AI can create realistic fakes.'),
			question(
				'Why is some fake news made?',
				['For clicks, money or to change minds', 'To help homework', 'By accident always'],
				0,
				'Fake news has a purpose.'
			),
			question(
				'You shared something false. What is a good step?',
				['Delete it and tell people it was false', 'Pretend it did not happen', 'Share it again'],
				0,
				'Correcting it helps stop the spread.'
			)
		]
	}),
	programmeLesson('wellbeing-9-11-hooked-by-design', '9-11', {
		title: 'Hooked by design: games and gambling',
		strand: 'health-wellbeing-and-lifestyle',
		iCan: ['I can explain how loot boxes, spins and streaks are like gambling.', 'I can make a plan to stay in control of my time and money in games.'],
		sections: [
			section(
				'What gambling is',
				'Gambling is risking money on a chance to win something. It is against the law for children in most forms because it can be hard to stop.',
				'🎲',
				'A dice'
			),
			section(
				'Gambling-like games',
				'Loot boxes, prize spins and card packs let you pay for a random reward. Sounds, lights and near-misses make you want another go.',
				'🎰',
				'A slot machine'
			),
			section(
				'Streaks and rewards',
				'Daily rewards and streaks make you feel you will lose something if you miss a day. They are designed to bring you back.',
				'🔥',
				'A flame'
			),
			section(
				'Staying in control',
				'Set time and money limits with your family, turn off notifications, and notice when a game stops being fun.',
				'🧭',
				'A compass'
			)
		],
		scenarios: [
			scenario(
				'The near miss',
				'A prize wheel stops just one space before the jackpot. "So close! Spin again for 50 gems?"',
				['Recognise the near miss as a trick and stop.', 'Near misses are designed to make you keep going. Stopping is smart.', true],
				['Spin again because next time must win.', 'The wheel does not remember. Each spin is new, and the gems are gone.', false]
			),
			scenario(
				'The streak',
				'Ali is on a 120-day streak. He is ill and tired but feels he must log in.',
				['Ali rests. A streak is not worth his health.', 'He feels better, and realises the game still works without the streak.', true],
				['Ali plays late to keep the streak.', 'Ali feels worse, and the game has decided his evening for him.', false]
			)
		],
		discussion: [
			'How is a loot box similar to gambling? Is it different in any way?',
			'Why do games use sounds and lights when you win?',
			'How could you tell if a game was no longer fun?',
			'Who could you talk to if you or a friend spent money you should not have?'
		],
		task: task('Design a poster explaining three "hooks" games use, with a tip to beat each one.', 10),
		differentiation: differentiate(
			'Use a simple spinner with mostly blank spaces to show the odds.',
			'Ask pupils to calculate expected cost to get a 1-in-50 item at £1 per box.'
		),
		quiz: [
			question('Paying for a random reward is like…', ['Gambling', 'Saving', 'Homework'], 0, 'Paying for chance is what gambling is.'),
			question(
				'A wheel stops one space from the jackpot. Is the next spin more likely to win?',
				['No, each spin is new', 'Yes', 'Only at night'],
				0,
				'Near misses are a trick; spins do not remember.'
			),
			question('Why do games have streaks?', ['To bring you back every day', 'To help you sleep', 'To save money'], 0, 'Streaks are designed to hook you.'),
			question(
				'A good way to stay in control is to…',
				['Set limits with your family', 'Turn notifications up', 'Play until you win'],
				0,
				'Limits help you stay in charge.'
			),
			question(
				'You spent money in a game you should not have. What do you do?',
				['Tell a trusted adult', 'Hide it', 'Spend more to win it back'],
				0,
				'An adult can help put it right.'
			)
		]
	}),
	programmeLesson('privacy-9-11-scams-that-look-real', '9-11', {
		title: 'Scams that look real',
		strand: 'privacy-and-security',
		iCan: ['I can check whether a message is really from who it claims to be.', 'I can explain how two-step checks and strong passwords protect accounts.'],
		sections: [
			section('Pretending to be someone', "Scammers copy logos, names and even friends' accounts. A message can look real and still be fake.", '🎭', 'Masks'),
			section(
				'"Hi Mum, new number"',
				'A common scam: a message from an unknown number says it is a family member who needs money urgently.',
				'📲',
				'A phone with an arrow'
			),
			section(
				'Check another way',
				'If a message asks for money, codes or passwords, check using a way you already trust: call the real person or visit the real website.',
				'☎️',
				'A telephone'
			),
			section(
				'Locking your accounts',
				'Use a long password for each account and turn on two-step verification, so a stolen password alone is not enough.',
				'🔐',
				'A locked padlock with key'
			)
		],
		scenarios: [
			scenario(
				'The friend in trouble',
				"A message from Sam's account says: \"I'm stuck, can you send me a gift card code? Don't tell anyone.\"",
				['Call or speak to Sam in person to check.', "Sam's account was hacked. Checking another way stopped the scam.", true],
				['Buy the code and send it.', 'The money is gone. Urgency plus secrecy is a scam pattern.', false]
			),
			scenario(
				'The six-digit code',
				'Someone messages: "I sent you a code by mistake, can you send it back?"',
				['Never share the code; tell a grown-up.', 'That code was to take over your account. Keeping it protected you.', true],
				['Send the code to be helpful.', 'The scammer now controls your account.', false]
			)
		],
		discussion: [
			'Why do scams often say "urgent" and "don\'t tell anyone"?',
			"How can a message come from a friend's account but not from your friend?",
			'What is two-step verification and why does it help?',
			'How could you help an older relative avoid scams?'
		],
		task: task('Create a "check another way" flowchart for any message asking for money, codes or passwords.', 10),
		differentiation: differentiate(
			'Provide a partly completed flowchart with yes/no boxes.',
			'Ask pupils to write a short guide for grandparents about the "Hi Mum" scam.'
		),
		quiz: [
			question(
				'A message asks for money urgently and says keep it secret. It is likely…',
				['A scam', 'Genuine', 'A game'],
				0,
				'Urgency and secrecy are scam signs.'
			),
			question(
				'How should you check a surprising message from a friend?',
				['Contact them another way you trust', 'Reply to the same message', 'Do what it says'],
				0,
				'Check using a way you already trust.'
			),
			question(
				'Someone asks you to send back a code you were texted. You…',
				['Never share it', 'Send it', 'Post it publicly'],
				0,
				'Codes protect your account.'
			),
			question(
				'What does two-step verification do?',
				['Needs a second check as well as a password', 'Makes passwords shorter', 'Turns off security'],
				0,
				'A stolen password alone is then not enough.'
			),
			question('Should you use the same password everywhere?', ['No', 'Yes', 'Only for games'], 0, 'One leak would unlock everything.')
		]
	}),
	programmeLesson('copyright-9-11-remix-and-respect', '9-11', {
		title: 'Remix and respect',
		strand: 'copyright-and-ownership',
		iCan: ['I can explain what copyright protects and how licences let people reuse work.', 'I can credit sources properly in my own work.'],
		sections: [
			section(
				'Copyright',
				'Copyright is a law that protects creators. Stories, music, photos, videos and code belong to the people who made them.',
				'©️',
				'The copyright symbol'
			),
			section(
				'Licences',
				'Some creators let others reuse their work with a licence, such as Creative Commons. The licence says what you may do and how to credit them.',
				'📜',
				'A scroll'
			),
			section(
				'Remix with respect',
				'Remixing means building something new from existing work. Check the licence, change it meaningfully, and credit the original.',
				'🎛️',
				'Control knobs'
			),
			section('Your work counts', 'Your own work is protected too. You can choose whether and how others may use it.', '✍️', 'A writing hand')
		],
		scenarios: [
			scenario(
				'The game soundtrack',
				'Olu is making a game for the school fair and wants music.',
				['Olu uses music with a licence that allows reuse and credits the composer.', 'His game is shared proudly with no problems.', true],
				['Olu uses a chart song.', 'The song belongs to others, so his game cannot be shared online.', false]
			),
			scenario(
				'The homework copy',
				'Jess finds a great paragraph about the Tudors and pastes it into her homework.',
				['Jess writes it in her own words and lists the website as a source.', 'She learns more and her work is honest.', true],
				['Jess hands it in as her own.', 'Her teacher recognises it. Copying words without credit is plagiarism.', false]
			)
		],
		discussion: [
			'Why is it fair that creators own their work?',
			'What is the difference between being inspired and copying?',
			'How would you want others to credit your work?',
			"When is it OK to use someone else's work?"
		],
		task: task('Create a short fact page using one Creative Commons image and write a full credit (title, creator, source, licence).', 10),
		differentiation: differentiate(
			'Provide a credit template and a pre-chosen licensed image.',
			'Ask pupils to compare two licences and explain what each allows.'
		),
		quiz: [
			question('What does copyright protect?', ["Creators' work", 'Only books', 'Nothing online'], 0, 'Copyright protects many kinds of work.'),
			question(
				'What does a Creative Commons licence tell you?',
				['How you may reuse the work', 'That it is secret', 'That it is for sale only'],
				0,
				'Licences explain what you may do.'
			),
			question('Handing in copied words as your own is…', ['Plagiarism', 'Research', 'Remixing'], 0, 'Always use your own words and credit sources.'),
			question('A good credit includes…', ['Title, creator, source and licence', 'Only "from Google"', 'Nothing'], 0, 'A full credit respects the creator.'),
			question('Is your own work protected?', ['Yes', 'No', 'Only when printed'], 0, 'Your work belongs to you.')
		]
	})
];
