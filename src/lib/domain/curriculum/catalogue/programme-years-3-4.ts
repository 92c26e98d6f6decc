/**
 * Years 3–4 (ages 7–9): twelve lessons. Four first written for all of Key
 * Stage 2 now sit here (their slugs keep '7-11'); eight are new, including
 * class email etiquette, scams and phishing, and real money in games.
 */
import type { Lesson } from '../types';
import { differentiate, programmeLesson, question, scenario, section, task, type LessonExtension } from './define';

export const YEARS_3_4_EXTENSIONS: Readonly<Record<string, LessonExtension>> = {
	'information-7-11-online-detective': {
		ageBand: '7-9',
		durationMinutes: 30,
		iCan: ['I can use detective questions to check whether something online is true.'],
		scenarios: [
			scenario(
				'The chocolate cure',
				'A post says, "Scientists prove chocolate cures colds! Share with everyone!" It has lots of likes.',
				['Ask: who wrote it, and can I find it on a trusted site?', 'No trusted site agrees. Good detective work stopped a false story spreading.', true],
				['Share it, because lots of people liked it.', 'Likes do not make something true. Now your friends believe it too.', false]
			),
			scenario(
				'Project research',
				'For a project on volcanoes, the first search result is from a shop selling volcano kits.',
				['Look further for a museum or encyclopedia site.', 'You find clear facts from experts. The shop wanted to sell, not teach.', true],
				['Copy the shop page.', 'Some facts were wrong and it was really an advert.', false]
			)
		],
		discussion: [
			'Why might a false story get more shares than a true one?',
			'Which websites do you trust, and why?',
			'How can you tell a page is trying to sell you something?',
			'What would you do if a friend shared something untrue?'
		],
		task: task('In pairs, check three printed "posts" with the detective questions and sort them into true, false and not sure.', 8),
		differentiation: differentiate(
			'Give a checklist card with three questions: Who made it? Why? Can I find it somewhere else?',
			'Ask pupils to write their own convincing but false headline, then explain which clues give it away.'
		),
		moreQuestions: [
			question(
				'A post has thousands of likes. Does that make it true?',
				['Yes', 'No', 'Only if it has pictures'],
				1,
				'Likes show something is popular, not that it is true.'
			)
		]
	},
	'wellbeing-7-11-healthy-habits-online': {
		ageBand: '7-9',
		durationMinutes: 30,
		iCan: ['I can notice how screen time makes me feel and plan a healthy balance.'],
		scenarios: [
			scenario(
				'Autoplay',
				'Ravi meant to watch one video. Autoplay has shown him six more and it is nearly dinner time.',
				['Ravi turns off autoplay and stops.', 'Ravi feels in charge of his time again, and he is on time for dinner.', true],
				['Ravi lets it carry on "just one more".', 'An hour has gone and Ravi feels grumpy. Autoplay is designed to keep you watching.', false]
			),
			scenario(
				'Phone by the bed',
				'Grace keeps her tablet by her bed. It buzzes with messages at night.',
				['Grace charges it in the kitchen overnight.', 'Grace sleeps better and feels brighter at school.', true],
				['Grace checks every buzz.', 'Grace is tired all day. Screens and sleep do not mix.', false]
			)
		],
		discussion: [
			'How do you feel after an hour of games or videos? Why?',
			'What tricks do apps use to keep you there longer?',
			'What helps you fall asleep?',
			'What would a healthy screen-time plan look like for you?'
		],
		task: task('Write a one-week screen-time plan with a partner, including off-screen activities and a "screens off" time.', 10),
		differentiation: differentiate(
			'Give a timetable template with pictures of activities to choose from.',
			'Ask pupils to list features that keep people on apps (autoplay, streaks, notifications) and how to switch them off.'
		),
		moreQuestions: [
			question(
				'What is autoplay designed to do?',
				['Keep you watching', 'Help you sleep', 'Save battery'],
				0,
				'Autoplay keeps you watching, so you can switch it off.'
			)
		]
	},
	'copyright-7-11-credit-where-due': {
		ageBand: '7-9',
		durationMinutes: 30,
		iCan: ["I can give credit when I use someone else's work."],
		scenarios: [
			scenario(
				'The perfect photo',
				'Sofia finds the perfect tiger photo for her poster. It says "© Wildlife Photos".',
				['Sofia looks for a free-to-use picture and writes who took it.', 'Her poster looks great, and she respected the photographer.', true],
				['Sofia uses it and says nothing.', 'The photographer owns that photo. Using it without permission is not fair.', false]
			),
			scenario(
				'A class song',
				'The class records a song. Someone wants to add a famous pop song as backing music.',
				['Use music the class made, or music marked free to use.', 'The song is all yours to share proudly.', true],
				['Add the pop song and put it online.', 'The video might be taken down, because the music belongs to someone else.', false]
			)
		],
		discussion: [
			'How would you feel if someone used your work and said it was theirs?',
			'What does the © sign tell you?',
			'Where can we find pictures we are allowed to use?',
			'How do you give credit in a piece of work?'
		],
		task: task('Make a fact sheet using one free-to-use picture and write a credit line for it.', 8),
		differentiation: differentiate(
			'Provide a credit sentence frame: "Picture by ___ from ___."',
			'Ask pupils to explain the difference between being inspired by work and copying it.'
		),
		moreQuestions: [question('What does © mean?', ['Someone owns this', 'Free for anyone', 'Copy me'], 0, 'The © sign shows someone owns the work.')]
	},
	'privacy-7-11-guard-your-details': {
		ageBand: '7-9',
		durationMinutes: 30,
		iCan: ['I can keep my personal details private and make a strong password.'],
		scenarios: [
			scenario(
				'The quiz',
				'An online quiz asks, "What is your pet\'s name and the street you grew up on?" to find your "pop star name".',
				['Skip it: those answers are often used as password questions.', 'Your details stay private. Quizzes like this can be a way to collect them.', true],
				['Answer it for fun and share the result.', 'You have shared clues someone could use to guess your passwords.', false]
			),
			scenario(
				'School photo',
				'Nadia wants to post a photo of herself in her school uniform outside her house.',
				['Nadia picks a photo without her uniform or house number.', 'Nobody can work out where she lives or goes to school.', true],
				['Nadia posts it as it is.', 'The badge and house number show where to find her.', false]
			)
		],
		discussion: [
			'Which details could help a stranger find you?',
			'Why is "three random words" a good password idea?',
			'Who, if anyone, should know your password?',
			'What would you do if you think someone knows your password?'
		],
		task: task('Invent (but do not use) a strong three-word password and explain to a partner why it is strong.', 8),
		differentiation: differentiate(
			'Sort detail cards into "private" and "fine to share" before the scenarios.',
			'Ask pupils to spot every personal detail hidden in a sample photo and caption.'
		)
	}
};

export const YEARS_3_4_NEW_LESSONS: readonly Lesson[] = [
	programmeLesson('self-image-7-9-my-avatar-and-me', '7-9', {
		title: 'My avatar and me',
		strand: 'self-image-and-identity',
		iCan: ['I can explain how an avatar can be different from the real me.', 'I can say why comparing myself to others online can make me feel bad.'],
		sections: [
			section(
				'Avatars',
				'An avatar is a character that stands for you in a game or app. You can choose its hair, clothes and powers.',
				'🧑‍🚀',
				'An astronaut character'
			),
			section(
				'Trying things out',
				'It is fun to try out a different look online. But remember: the real you is not a costume to change.',
				'🎭',
				'Theatre masks'
			),
			section('Comparing', 'Other players may have rare skins or high scores. It is easy to feel you are not good enough.', '📊', 'A bar chart'),
			section('Being proud of you', 'Your worth is not your score or your outfit. Kindness, effort and friendship matter more.', '🌟', 'A glowing star')
		],
		scenarios: [
			scenario(
				'The rare skin',
				'Everyone in Josh\'s group has a rare skin. Someone says, "Default skins are for losers."',
				['Josh says, "I like my skin, and it\'s the playing that counts."', 'Others agree. Nobody needs to spend money to fit in.', true],
				['Josh begs his parents to buy one so he is not left out.', 'Josh still feels worried about the next thing. Fitting in should not cost money.', false]
			),
			scenario(
				'Pretending to be older',
				'Amira makes an avatar that looks like a teenager and says she is 15.',
				['Amira changes it back to something fun that does not pretend to be older.', 'She stays in spaces meant for her age.', true],
				['Amira keeps pretending so older players talk to her.', 'Older players might talk about things not meant for children.', false]
			)
		],
		discussion: [
			'What would your ideal avatar look like? Why?',
			'How is your avatar like you, and how is it different?',
			'Why might comparing scores or outfits make someone feel bad?',
			'What makes someone a good person to play with?'
		],
		task: task('Design an avatar, then write three true things about the real you that an avatar cannot show.', 10),
		differentiation: differentiate(
			'Provide an avatar outline and word bank of qualities.',
			'Ask pupils to write advice for a friend who feels left out because of their avatar.'
		),
		quiz: [
			question(
				'What is an avatar?',
				['A character that stands for you online', 'Your real photo', 'A password'],
				0,
				'An avatar stands for you, but it is not the real you.'
			),
			question(
				'Someone says default skins are for losers. What is true?',
				['You need to buy one', 'What you wear in a game does not decide your worth', 'You should quit'],
				1,
				'Your worth is not your outfit or your score.'
			),
			question(
				'Why not pretend to be older online?',
				['Older players might talk about things not for children', 'It is always fine', 'It gets you more points'],
				0,
				'Staying yourself keeps you in spaces meant for you.'
			),
			question(
				'Comparing yourself online can make you feel…',
				['Not good enough', 'Always happy', 'Taller'],
				0,
				'Comparing often makes people feel worse, so be kind to yourself.'
			),
			question('What matters most in a team?', ['Kindness and effort', 'The rarest skin', 'The most coins'], 0, 'Kindness and effort make a great teammate.')
		]
	}),
	programmeLesson('relationships-7-9-writing-good-emails', '7-9', {
		title: 'Writing good emails',
		strand: 'online-relationships',
		iCan: ['I can write a clear, polite email with a subject, greeting and sign-off.', 'I can explain why I never forward chain messages.'],
		sections: [
			section(
				'Parts of an email',
				'An email has a "To" address, a subject line, a greeting, the message, and a sign-off. Each part helps the reader.',
				'📨',
				'An incoming envelope'
			),
			section('Subject lines', 'A good subject line says what the email is about in a few words, such as "Questions about your book".', '🏷️', 'A label'),
			section(
				'Tone',
				'The reader cannot see your face. Capital letters look like shouting, and jokes can be misread. Read it back before sending.',
				'🗣️',
				'A speaking head'
			),
			section(
				'Chain messages',
				'Some messages say, "Send this to ten people or something bad will happen." That is not true. Do not forward them: tell a teacher.',
				'⛓️',
				'A chain'
			)
		],
		scenarios: [
			scenario(
				'Asking the museum',
				'Class 4 is writing to a museum to ask about Roman coins.',
				[
					'Subject "Questions about Roman coins", "Dear…", two clear questions, "Thank you, Class 4".',
					'The museum replies with photos. Clear emails get clear answers.',
					true
				],
				['No subject, "hey", and one long sentence.', 'The museum is not sure what you want and the email gets missed.', false]
			),
			scenario(
				'The scary chain letter',
				'An email arrives: "Forward this to everyone or you will have bad luck for a year!"',
				['Do not forward it, and show the teacher.', 'Nothing bad happens. The teacher explains chain letters are tricks to spread.', true],
				['Forward it to the whole class just in case.', 'Now everyone is worried. Our class email will not send chain letters anyway.', false]
			)
		],
		discussion: [
			'How is writing an email different from talking face to face?',
			'Why does the subject line matter?',
			'How could a joke in an email be misunderstood?',
			'Why do people make chain messages?'
		],
		task: task('Write a class email to a real partner (an author, museum or partner school) with every part labelled, ready for the teacher to check.', 10),
		differentiation: differentiate(
			'Give an email template with the five parts as boxes to fill.',
			'Ask pupils to rewrite a rude, unclear email so it is polite and clear.'
		),
		quiz: [
			question(
				'What does a subject line do?',
				['Says what the email is about', 'Hides the message', 'Adds a picture'],
				0,
				'It tells the reader what to expect.'
			),
			question('Why avoid writing in CAPITALS?', ['It looks like shouting', 'It is faster', 'It is more polite'], 0, 'Capitals can look like shouting.'),
			question(
				'A message says "forward to 10 people or bad luck". What do you do?',
				['Forward it', 'Tell a teacher and do not forward it', 'Reply angrily'],
				1,
				'Chain messages are tricks; a teacher can help.'
			),
			question('Which is a good sign-off?', ['"Thank you, Class 4"', '"Bye loser"', 'Nothing at all'], 0, 'A polite sign-off leaves a good impression.'),
			question(
				'Before you press send, you should…',
				['Read it back', 'Add more capitals', 'Add your home address'],
				0,
				'Reading it back helps you spot mistakes and unkind tone.'
			)
		]
	}),
	programmeLesson('relationships-7-9-playing-games-together', '7-9', {
		title: 'Playing games together',
		strand: 'online-relationships',
		iCan: ['I can play and chat in games safely and kindly.', 'I can say what to do if another player makes me uncomfortable.'],
		sections: [
			section('Online players', 'In online games you may play with people you have never met. Some are children; some are adults.', '🎮', 'A game controller'),
			section('Safe settings', 'Games have settings to choose who can chat to you. "Friends only" is safest. Ask a grown-up to help.', '⚙️', 'A cog'),
			section('Warning signs', 'Be careful if a player offers free gifts, asks personal questions, or wants to chat somewhere private.', '🚩', 'A red flag'),
			section('Block and tell', 'You can block and report a player. Then tell a grown-up. You will not be in trouble.', '🛡️', 'A shield')
		],
		scenarios: [
			scenario(
				'Free coins',
				'A friendly player offers Dan 1,000 free coins if he tells them his age and which school he goes to.',
				['Dan says no, blocks them and tells his dad.', 'His dad reports the player. Real friends do not trade gifts for personal details.', true],
				['Dan tells them so he gets the coins.', 'The player now knows where to find Dan. Gifts can be a trick to get details.', false]
			),
			scenario(
				"Let's chat somewhere else",
				'A player says, "This game chat is boring, add me on a different app where nobody can see."',
				['Say no and tell a grown-up.', 'Wanting to go somewhere "nobody can see" is a warning sign. The grown-up helps.', true],
				['Add them on the other app.', 'Now there are no safety settings or grown-ups watching. That is risky.', false]
			)
		],
		discussion: [
			'How can you tell if a game is right for your age?',
			'What makes someone a good teammate online?',
			'Why might an adult pretend to be a child in a game?',
			'Which grown-ups could you tell if a player worried you?'
		],
		task: task('In groups, write five "golden rules" for playing online games and present them to the class.', 10),
		differentiation: differentiate(
			'Give picture cards of situations to sort into "fine", "careful" and "stop and tell".',
			'Ask pupils to write a script of what to say when blocking and reporting a player.'
		),
		quiz: [
			question('Which chat setting is safest?', ['Friends only', 'Everyone', 'Strangers only'], 0, 'Friends only means people you know.'),
			question(
				'A player offers free gifts for your address. This is…',
				['A warning sign', 'Very kind', 'Normal'],
				0,
				'Gifts for personal details are a warning sign.'
			),
			question(
				'A player wants to chat somewhere nobody can see. What do you do?',
				['Say no and tell a grown-up', 'Go there', 'Keep it secret'],
				0,
				'Telling a grown-up keeps you safe.'
			),
			question('Will you be in trouble for telling?', ['No', 'Yes', 'Only sometimes'], 0, 'Telling is always the right thing.'),
			question(
				'What can you do to an unkind player?',
				['Block and report them', 'Send them your password', 'Be unkind back'],
				0,
				'Blocking and reporting helps you and others.'
			)
		]
	}),
	programmeLesson('reputation-7-9-my-digital-footprint', '7-9', {
		title: 'My digital footprint',
		strand: 'online-reputation',
		iCan: ['I can explain what a digital footprint is.', 'I can decide what I would be happy for others to find about me.'],
		sections: [
			section(
				'Footprints',
				'Everything you post, like or comment on leaves a trail called a digital footprint. Other people can follow it.',
				'👣',
				'Footprints'
			),
			section('Copies', 'A photo can be copied or screenshotted in a second. Deleting yours does not delete the copies.', '📸', 'A camera'),
			section(
				'Others leave footprints about you',
				'Friends and family might post about you too. It is fine to ask them to check with you first.',
				'👨‍👩‍👧‍👦',
				'A family'
			),
			section('A footprint to be proud of', 'You can build a good footprint: share your best work, be kind, and help others.', '🏅', 'A medal')
		],
		scenarios: [
			scenario(
				'The angry comment',
				'Ellie is cross with a friend and starts typing a mean comment under his video.',
				['Ellie stops, waits until she is calm, and talks to him in person.', 'They sort it out, and nothing unkind is left online.', true],
				['Ellie posts it straight away.', 'Lots of people see it. Even after deleting, someone has a screenshot.', false]
			),
			scenario(
				"Mum's post",
				"Aaron's mum wants to post a photo of him crying at his party.",
				['Aaron asks kindly if she could choose a different photo.', 'His mum agrees. It is fair to have a say about your footprint.', true],
				['Aaron says nothing but feels embarrassed.', 'It is OK to speak up kindly. Grown-ups often do not realise.', false]
			)
		],
		discussion: [
			'Who might look at your footprint in the future?',
			'Why is a screenshot a problem if you want to delete something?',
			'Is it fair for others to post about you without asking?',
			'What would you like your footprint to say about you?'
		],
		task: task('Draw a trail of footprints and fill each with something you would be proud for people to find about you.', 10),
		differentiation: differentiate(
			'Sort example posts into "proud footprint" and "think again".',
			'Ask pupils to write advice for a new pupil about building a good footprint.'
		),
		quiz: [
			question('What is a digital footprint?', ['The trail you leave online', 'A shoe size', 'A game'], 0, 'Everything you do online leaves a trail.'),
			question(
				'If you delete a post, is it gone everywhere?',
				['Not always: copies can stay', 'Yes, always', 'Only on Mondays'],
				0,
				'Screenshots and copies can stay.'
			),
			question(
				'You are angry. When is a good time to post?',
				['After you calm down, or not at all', 'Straight away', 'At midnight'],
				0,
				'Waiting helps you choose kind words.'
			),
			question(
				'Can you ask a grown-up not to post a photo of you?',
				['Yes, kindly', 'No, never', 'Only if you shout'],
				0,
				'You can have a say about your footprint.'
			),
			question(
				'How can you build a good footprint?',
				['Share your best work and be kind', 'Post everything', 'Post rude jokes'],
				0,
				'Kind and proud posts build a good footprint.'
			)
		]
	}),
	programmeLesson('bullying-7-9-banter-or-bullying', '7-9', {
		title: 'Banter or bullying?',
		strand: 'online-bullying',
		iCan: ['I can tell the difference between a joke and online bullying.', 'I can report bullying and support someone who is hurt.'],
		sections: [
			section('Joking together', 'A joke is funny when everyone is laughing, including the person it is about.', '😂', 'A laughing face'),
			section(
				'When it stops being a joke',
				'If someone is upset, or it keeps happening, or lots of people join in, it is not a joke any more. It is bullying.',
				'😢',
				'A crying face'
			),
			section('Leaving people out', 'Leaving someone out of a group chat or game on purpose, again and again, can be bullying too.', '🚪', 'A door'),
			section('What you can do', 'Do not join in. Save the evidence. Report it in the app, and tell a trusted adult.', '📝', 'A notepad')
		],
		scenarios: [
			scenario(
				'The edited photo',
				'Someone edits a photo of Max to make him look silly and shares it in a game chat. Everyone posts laughing faces.',
				['You do not add a laughing face, and tell a teacher.', 'The teacher helps remove it. Max knows someone stood up for him.', true],
				['You add a laughing face so you fit in.', 'Max sees that you joined in. Every laugh makes it worse.', false]
			),
			scenario(
				'Left out again',
				'A group keeps making new chats without Layla, then talking about her in them.',
				['Invite Layla to play and tell an adult what is happening.', 'Layla feels less alone, and the adult helps the group change.', true],
				['Stay quiet so you are not left out too.', 'Layla feels more and more alone. Staying quiet lets it carry on.', false]
			)
		],
		discussion: [
			'How can you tell if the person being joked about is really laughing?',
			'Why do people join in with unkind jokes?',
			'Why is saving evidence useful?',
			'What could you say to someone who is being bullied?'
		],
		task: task('Make a "joke or not?" thermometer and place example messages on it, explaining each choice.', 8),
		differentiation: differentiate(
			'Use simple picture-based examples and a two-way sort: "fun for all" or "hurting someone".',
			'Ask pupils to write a message of support to someone who was left out.'
		),
		quiz: [
			question(
				'A joke is only a joke when…',
				['Everyone, including the person it is about, is laughing', 'You think it is funny', 'Lots of people like it'],
				0,
				'A joke that hurts someone is not a joke.'
			),
			question(
				'Leaving someone out on purpose again and again is…',
				['A kind of bullying', 'Always fine', 'A game rule'],
				0,
				'Leaving people out on purpose can be bullying.'
			),
			question(
				'What should you do with evidence of bullying?',
				['Save it and show an adult', 'Share it more', 'Delete it quickly'],
				0,
				'Evidence helps adults sort it out.'
			),
			question('Adding a laughing face to an unkind post…', ['Makes it worse', 'Is harmless', 'Helps'], 0, 'Joining in, even a little, adds to the hurt.'),
			question('Who can you tell about bullying?', ['A trusted adult', 'Nobody', 'Only the bully'], 0, 'A trusted adult can help.')
		]
	}),
	programmeLesson('privacy-7-9-too-good-to-be-true', '7-9', {
		title: 'Too good to be true: scams and phishing',
		strand: 'privacy-and-security',
		iCan: ['I can spot signs of a scam or phishing message.', 'I can say what to do instead of clicking.'],
		sections: [
			section(
				'What is a scam?',
				'A scam is a trick to get your money, your password or your details. Scammers pretend to be someone you trust.',
				'🎭',
				'Masks'
			),
			section(
				'Phishing',
				'Phishing is when a message "fishes" for your details. It might look like it is from a game, a bank or a delivery company.',
				'🎣',
				'A fishing rod'
			),
			section(
				'Warning signs',
				'Watch out for: hurry-up words, prizes you did not enter, spelling mistakes, strange links, and requests for passwords.',
				'🚨',
				'A siren'
			),
			section('What to do', 'Do not click or reply. Show a grown-up. If you typed a password, tell them so it can be changed.', '🙋', 'A hand raised')
		],
		scenarios: [
			scenario(
				'Your account will be deleted',
				'A message says: "URGENT! Your game account will be deleted in 1 hour. Log in here to save it." The link looks strange.',
				['Do not click, and show a grown-up.', 'The grown-up checks the real game: the account is fine. It was phishing.', true],
				['Click and type your password to save it.', 'Scammers now have your password. Tell a grown-up straight away so it can be changed.', false]
			),
			scenario(
				'The free tablet',
				'A pop-up says, "You are our 1,000,000th visitor! Enter your parent\'s card to pay postage for your free tablet."',
				['Close the page and tell a grown-up.', 'Nothing is lost. Prizes you did not enter are usually scams.', true],
				['Fetch the card to claim the prize.', 'The card is charged, and there is no tablet. That is a scam.', false]
			)
		],
		discussion: [
			'Why do scam messages try to make you hurry?',
			'What clues show a message might not be from who it says?',
			'Why would a real company never ask for your password?',
			'What should you do if you already clicked?'
		],
		task: task('Play "scam spotter": circle the warning signs on three printed messages and explain them to a partner.', 10),
		differentiation: differentiate(
			'Give a checklist of five warning signs with pictures.',
			'Ask pupils to write a short guide for younger pupils about spotting scams.'
		),
		quiz: [
			question(
				'What is phishing?',
				['A message fishing for your details', 'A fishing game', 'A safe website'],
				0,
				'Phishing tries to trick you into giving details.'
			),
			question(
				'Which is a warning sign?',
				['"Hurry! Act now!"', 'A message from your teacher in class email', 'A library book'],
				0,
				'Hurry-up words are a common trick.'
			),
			question(
				'Would a real game ask for your password in a message?',
				['No', 'Yes', 'Only at weekends'],
				0,
				'Real companies never ask for your password like that.'
			),
			question(
				'You clicked a bad link and typed your password. What now?',
				['Tell a grown-up so it can be changed', 'Hide it', 'Do it again'],
				0,
				'Telling quickly keeps the damage small.'
			),
			question('You won a prize you never entered. It is probably…', ['A scam', 'Real', 'From school'], 0, 'Prizes you did not enter are usually scams.')
		]
	}),
	programmeLesson('wellbeing-7-9-real-money-in-games', '7-9', {
		title: 'Real money in games',
		strand: 'health-wellbeing-and-lifestyle',
		iCan: ['I can explain how in-game purchases and loot boxes use real money.', 'I can describe how games try to keep me spending and playing.'],
		sections: [
			section(
				'In-app purchases',
				'Many free games make money by selling things inside the game: coins, skins, lives or boosts. These cost real money.',
				'🛒',
				'A shopping trolley'
			),
			section(
				'Loot boxes',
				'A loot box is a surprise you pay for. You might get something rare, but usually you do not. Paying for a chance like this is like gambling.',
				'🎰',
				'A slot machine'
			),
			section('Game tricks', 'Games use timers, "limited offers", daily rewards and streaks to make you feel you must play or pay now.', '⏳', 'An hourglass'),
			section(
				'Staying in control',
				'Ask before buying, set a limit with your grown-ups, and remember you can enjoy a game without paying.',
				'🎛️',
				'Control knobs'
			)
		],
		scenarios: [
			scenario(
				'Limited offer',
				'A banner flashes: "Legendary pack! Only 10 minutes left! 80% off!"',
				['Wait and ask a grown-up.', 'The timer ends and Ben realises he did not need it. Timers are there to rush you.', true],
				['Buy it before the timer runs out.', 'Ben spends £4.99 without asking. The same offer comes back next week.', false]
			),
			scenario(
				'Just one more box',
				'Chloe has opened five loot boxes and got nothing rare. Her friend says the next one "has to be lucky".',
				['Chloe stops and talks to her mum.', 'Each box is a new chance: it never "has to" be lucky. Stopping saves her money.', true],
				['Chloe buys five more.', 'Still nothing rare, and she has spent a lot. Loot boxes are designed that way.', false]
			)
		],
		discussion: [
			'Why do "free" games still make lots of money?',
			'How is a loot box like a lucky dip or a slot machine?',
			'How do timers and streaks make you feel?',
			'What limit would be sensible for spending in games?'
		],
		task: task('Design a fair game shop where players always know what they are buying, and explain why it is fair.', 10),
		differentiation: differentiate(
			'Use a lucky dip bag with mostly plain items to show how loot boxes work.',
			'Ask pupils to work out how much ten loot boxes at 99p cost, and what else that could buy.'
		),
		quiz: [
			question(
				'What is an in-app purchase?',
				['Buying something inside a game with real money', 'A free gift', 'A type of password'],
				0,
				'In-app purchases cost real money.'
			),
			question(
				'A loot box is…',
				['A paid surprise you usually do not win much from', 'Always full of rare items', 'Free'],
				0,
				'Paying for a chance is like gambling.'
			),
			question(
				'Why do games show countdown timers on offers?',
				['To rush you into buying', 'To help you sleep', 'To be fair'],
				0,
				'Timers make you feel you must hurry.'
			),
			question(
				'You have opened five boxes with nothing rare. Is the next one more likely to be lucky?',
				['No, each one is a new chance', 'Yes, it has to be', 'Only if you pay more'],
				0,
				'Each box is a new chance, so it never "has to" be lucky.'
			),
			question('Before buying anything in a game you should…', ['Ask a grown-up', 'Buy quickly', "Use a friend's card"], 0, 'Always ask first.')
		]
	}),
	programmeLesson('information-7-9-adverts-everywhere', '7-9', {
		title: 'Adverts everywhere',
		strand: 'managing-online-information',
		iCan: ['I can spot adverts online, including ones that do not look like adverts.', 'I can explain why adverts want my attention.'],
		sections: [
			section('What adverts do', 'Adverts try to make you want something. Companies pay for them so you will buy or click.', '📣', 'A megaphone'),
			section(
				'Hidden adverts',
				'Some adverts look like videos, games or search results. Look for "Ad", "Sponsored" or "Promoted".',
				'🔍',
				'A magnifying glass'
			),
			section('Influencers', 'Some video makers are paid to show products. They should say so, but it is not always clear.', '🤳', 'A person taking a selfie'),
			section('Adverts that know you', 'Apps notice what you watch and show adverts to match. That is why the same toy keeps appearing.', '🎯', 'A target')
		],
		scenarios: [
			scenario(
				'The unboxing video',
				'A YouTuber opens a new toy and says it is "the best ever". At the start it said "includes paid promotion".',
				['Notice it is an advert and check other reviews.', 'Other reviews say it breaks easily. Spotting the advert helped.', true],
				['Believe it is the best toy ever.', 'The YouTuber was paid to say nice things. Adverts are not the full story.', false]
			),
			scenario(
				'The top result',
				'Searching for "fun maths games", the first result has a small "Ad" label.',
				['Scroll down to find a school-recommended site too.', 'You find a free game your teacher suggested.', true],
				['Click the first one without looking.', 'It asks for payment. The top result was an advert.', false]
			)
		],
		discussion: [
			'Where have you seen adverts online this week?',
			'How can you tell if a video is an advert?',
			'Why do companies pay influencers?',
			'How do adverts make you feel about the things you already have?'
		],
		task: task('Create an honest advert for a classroom object, then list the tricks real adverts use that you left out.', 10),
		differentiation: differentiate(
			'Show screenshots and circle the "Ad" labels together.',
			'Ask pupils to explain how apps use what you watch to choose adverts.'
		),
		quiz: [
			question('Which label can show an advert?', ['Sponsored', 'Homework', 'Chapter 1'], 0, '"Sponsored", "Ad" and "Promoted" show adverts.'),
			question(
				'Why do companies make adverts?',
				['To make you want to buy or click', 'To teach you maths', 'For no reason'],
				0,
				'Adverts want your money or attention.'
			),
			question(
				'An influencer is paid to show a toy. Is their review the full story?',
				['Not always', 'Always', 'Never true'],
				0,
				'Paid reviews may leave things out.'
			),
			question(
				'Why does the same toy advert keep appearing?',
				['Apps notice what you watch', 'By magic', 'Your teacher sent it'],
				0,
				'Apps use what you watch to choose adverts.'
			),
			question(
				'The first search result says "Ad". What does that mean?',
				['Someone paid to put it there', 'It is the best', 'It is from school'],
				0,
				'Paid results are not always the best.'
			)
		]
	})
];
