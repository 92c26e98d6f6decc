/**
 * Years 1–2 (ages 5–7): the twelve lessons of the youngest band. Eight grew from
 * the first catalogue (extensions below); four are new. Written to be read
 * aloud: short sentences, one idea at a time, a grown-up always nearby.
 */
import type { Lesson } from '../types';
import { differentiate, programmeLesson, question, scenario, section, task, type LessonExtension } from './define';

export const YEARS_1_2_EXTENSIONS: Readonly<Record<string, LessonExtension>> = {
	'self-image-5-7-the-real-me': {
		durationMinutes: 30,
		iCan: ['I can say something I like about the real me.'],
		scenarios: [
			scenario(
				'The silly filter',
				'Sam puts a funny filter on a photo. It gives Sam huge eyes and sparkly skin. A friend says, "You look better like that."',
				['Sam says, "It is just a game. I like my real face too."', 'Sam smiles. Filters are fun, and the real Sam is great.', true],
				['Sam feels sad and wants the filter all the time.', 'Sam can talk to a grown-up. Nobody needs a filter to be special.', false]
			),
			scenario(
				'Pretending online',
				'In a game, Mia can pick any name and picture. Mia wonders if she should pretend to be a grown-up.',
				['Mia picks a fun made-up name, not her real one.', 'Good choice. A made-up name keeps Mia private, and she is still herself.', true],
				['Mia says she is a grown-up so she can chat to anyone.', 'That could lead to chats that are not for children. Mia asks a grown-up first.', false]
			)
		],
		discussion: [
			'What makes you special? Can a photo show all of it?',
			'Why might a picture online look different from real life?',
			'How does a kind word make you feel?',
			'Who could you talk to if something online made you feel bad about yourself?'
		],
		task: task('Draw yourself and write or say three things that make you you, not what you look like.', 10),
		differentiation: differentiate(
			'Give picture cards of qualities (kind, funny, brave) for children to choose from.',
			'Ask children to write a kind sentence about a partner that is not about how they look.'
		),
		moreQuestions: [
			question(
				'A photo has a filter on it. Is it how the person really looks?',
				['Yes, always', 'Not always', 'Photos never change'],
				1,
				'Filters and edits can change photos, so they do not always show real life.'
			),
			question(
				'Something online makes you feel bad about yourself. What can you do?',
				['Keep it a secret', 'Talk to a grown-up you trust', 'Look at it more'],
				1,
				'A grown-up you trust can help you feel better.'
			)
		]
	},
	'relationships-5-7-who-am-i-talking-to': {
		durationMinutes: 30,
		iCan: ['I can say who I message, and tell a grown-up if someone I do not know messages me.'],
		scenarios: [
			scenario(
				'A friend request',
				'Leo is playing a game. Someone called StarKid99 asks to be friends. Leo does not know who StarKid99 is.',
				['Leo says no and tells his mum.', 'Well done, Leo. His mum checks the game settings so only friends can chat.', true],
				['Leo says yes because the name sounds fun.', 'Leo does not know who it really is. He should stop and tell a grown-up.', false]
			),
			scenario(
				'A secret message',
				'Someone online says, "Let\'s keep our chats a secret. Don\'t tell your mum."',
				['Tell a grown-up straight away.', 'Yes. Safe people do not ask children to keep secrets from their grown-ups.', true],
				['Keep the secret to be nice.', 'This is a secret that is not safe. Telling a grown-up is always right.', false]
			)
		],
		discussion: [
			'Who are the people you know in real life that you could message?',
			'How can you tell if a message is from someone you really know?',
			'What is the difference between a surprise and a secret?',
			'Who are the grown-ups you could tell?'
		],
		task: task('Draw your "trusted circle": the grown-ups you could tell if something online worries you.', 10),
		differentiation: differentiate(
			'Use photos or names of real adults in school for children to place in their circle.',
			'Ask children to sort example messages into "from someone I know" and "check with a grown-up".'
		),
		moreQuestions: [
			question(
				'Someone online asks you to keep a secret from your grown-ups. What do you do?',
				['Keep it', 'Tell a grown-up', 'Ask them why'],
				1,
				'Safe people never ask you to keep secrets from your grown-ups.'
			),
			question('What is a good name to use in a game?', ['My full name', 'A made-up name', 'My school name'], 1, 'A made-up name keeps you private.')
		]
	},
	'reputation-5-7-footprints-online': {
		durationMinutes: 30,
		iCan: ['I can say that what I put online can stay there, and ask before I share.'],
		scenarios: [
			scenario(
				'The funny photo',
				'Ava has a funny photo of her brother with food on his face. She wants to show it online.',
				['Ava asks her brother first. He says no, so she keeps it.', 'Kind choice. Asking first shows respect, and her brother feels safe.', true],
				['Ava puts it online without asking.', 'Her brother feels upset. Lots of people could see it, and it is hard to take back.', false]
			),
			scenario(
				'A picture in the class gallery',
				'Jay draws a lovely picture. His teacher asks if it can go in the class gallery.',
				['Jay says yes, because it is something he is proud of.', 'Lovely. Good things we share leave happy footprints.', true],
				['Jay adds a rude word to make people laugh.', 'People might remember the rude word, not his great drawing.', false]
			)
		],
		discussion: [
			'What is a footprint? How is something online like a footprint?',
			'Why should we ask before sharing a picture of someone else?',
			'What are things you would be happy for everyone to see?',
			'What could you do if you shared something by mistake?'
		],
		task: task('Make a footprint shape and draw inside it something you would be proud to share.', 10),
		differentiation: differentiate(
			'Sort picture cards into "happy to share" and "ask first" as a group with an adult.',
			'Ask children to explain to a partner why something shared online is hard to take back.'
		),
		moreQuestions: [
			question(
				'Before you share a photo of a friend, what should you do?',
				['Ask them', 'Share it fast', 'Hide it'],
				0,
				'Asking first shows you care about your friend.'
			),
			question('You shared something by mistake. Who can help?', ['Nobody', 'A grown-up you trust', 'A stranger online'], 1, 'A grown-up can help you fix it.')
		]
	},
	'bullying-5-7-when-words-hurt': {
		durationMinutes: 30,
		iCan: ['I can say what to do if someone is unkind to me or my friend online.'],
		scenarios: [
			scenario(
				'An unkind message',
				'Zara gets a message that says, "Your drawing is rubbish. Nobody likes you."',
				['Zara does not reply and shows her teacher.', 'Well done, Zara. Her teacher helps, and it was not her fault.', true],
				['Zara sends an unkind message back.', 'Now two people feel hurt. Showing a grown-up is better.', false]
			),
			scenario(
				'A sad friend',
				'Ben looks sad. He tells you someone was mean to him in a game.',
				['Be kind to Ben and help him tell a grown-up.', 'Good friend. Ben feels better, and a grown-up can sort it out.', true],
				['Say, "It is only a game," and walk away.', 'Ben still feels sad. Unkind words hurt, even in games.', false]
			)
		],
		discussion: [
			'How do kind words make people feel? How about unkind ones?',
			'Why is it better not to reply to an unkind message?',
			'How could you help a friend who is upset?',
			'Which grown-ups could you show?'
		],
		task: task('Make a "kind words" poster with a class list of kind things to say online.', 10),
		differentiation: differentiate(
			'Give children kind and unkind sentence cards to sort with an adult.',
			'Ask children to write a reply that helps a friend who got an unkind message.'
		),
		moreQuestions: [
			question(
				'Someone is unkind to you online. Whose fault is it?',
				['Yours', 'Not yours', 'Nobody can say'],
				1,
				'It is never your fault when someone is unkind to you.'
			),
			question(
				'Your friend is upset by a message. What can you do?',
				['Laugh', 'Help them tell a grown-up', 'Ignore them'],
				1,
				'Helping your friend tell a grown-up is kind and brave.'
			)
		]
	},
	'information-5-7-is-it-true': {
		durationMinutes: 30,
		iCan: ['I can say that not everything online is true, and ask a grown-up to check.'],
		scenarios: [
			scenario(
				'The talking cat',
				'Noah sees a video of a cat that talks and does maths. Noah wants to tell everyone it is real.',
				['Noah asks his dad if it could be real.', 'His dad explains that videos can be made up. Good checking, Noah.', true],
				['Noah tells the whole class it is true.', 'It was a made-up video. It is good to check first.', false]
			),
			scenario(
				'A homework fact',
				'Priya needs a fact about sharks. A website says sharks can fly.',
				['Priya checks in a library book too.', 'The book says sharks swim, not fly. Checking two places helps.', true],
				['Priya writes it down straight away.', 'Her fact was wrong. One website can be wrong, so check another place.', false]
			)
		],
		discussion: [
			'Can you think of something that is make-believe? How do you know?',
			'Why might someone put something untrue online?',
			'Where could you check if something is true?',
			'Who could help you check?'
		],
		task: task('Play "true or made up?" with picture cards, and say how you could check each one.', 10),
		differentiation: differentiate(
			'Use real objects and pictures so children can see the difference between real and pretend.',
			'Ask children to think of a question they could ask to check if something is true.'
		),
		moreQuestions: [
			question('Is everything online true?', ['Yes', 'No', 'Only videos'], 1, 'Some things online are made up, so it is good to check.'),
			question('Where can you check a fact?', ['A book or a grown-up', 'Nowhere', 'A pop-up advert'], 0, 'Books and grown-ups can help you check.')
		]
	},
	'wellbeing-5-7-time-to-switch-off': {
		durationMinutes: 30,
		iCan: ['I can say when it is time to switch off, and choose something else to do.'],
		scenarios: [
			scenario(
				'One more game',
				'It is bedtime. Ella is playing a game on a tablet. She wants one more go.',
				['Ella switches off and reads a story.', 'Ella sleeps well and wakes up ready to play.', true],
				['Ella hides under the covers and keeps playing.', 'Ella is very tired the next day. Screens before bed make sleep harder.', false]
			),
			scenario(
				'A sunny day',
				'It is sunny. Omar has been watching videos all morning. His friend knocks to play outside.',
				['Omar switches off and goes out to play.', 'Omar has fun, and his body and mind feel good.', true],
				['Omar says no and keeps watching.', 'Omar misses out on fun. A balance of screen time and other things is best.', false]
			)
		],
		discussion: [
			'What do you like doing that does not need a screen?',
			'How do you feel after a long time on a screen?',
			'Why is sleep important?',
			'What could help you remember to switch off?'
		],
		task: task('Make a "my day" clock showing screen time, play, food and sleep.', 10),
		differentiation: differentiate(
			'Use picture cards of activities for children to place on the clock.',
			'Ask children to plan a screen-free afternoon with three activities.'
		),
		moreQuestions: [
			question('When is a good time to switch off screens?', ['Before bed', 'Never', 'Only at lunch'], 0, 'Switching off before bed helps you sleep.'),
			question(
				'Which is a good thing to do without a screen?',
				['Play outside', 'Watch more videos', 'Play on a tablet in bed'],
				0,
				'Playing outside is great for your body and mind.'
			)
		]
	},
	'privacy-5-7-keep-it-private': {
		durationMinutes: 30,
		iCan: ['I can name things about me that are private and keep them safe.'],
		scenarios: [
			scenario(
				'A game asks a question',
				'A new game asks, "What is your address? Type it here to get a free pet!"',
				['Stop and ask a grown-up.', 'The grown-up says no. Addresses are private. The game still works without it.', true],
				['Type the address to get the pet.', 'Now strangers might know where you live. Private things stay private.', false]
			),
			scenario(
				'A password',
				'A friend says, "Tell me your password and I will play for you."',
				['Say, "Passwords are private," and play together instead.', 'Good. Your password stays safe, and you still have fun.', true],
				['Tell them the password.', 'Your friend could change your things by mistake. Passwords are only for you and your grown-up.', false]
			)
		],
		discussion: [
			'What things about you are private?',
			'Why do we keep our address private?',
			'What could you do if a game asks for something private?',
			'Why does our class computer stop some messages?'
		],
		task: task('Make a "treasure box" and draw the private things to keep inside it.', 10),
		differentiation: differentiate(
			'Use picture cards (house, phone, padlock) to sort into private and fine to share.',
			'Ask children to explain why a password should be kept private.'
		),
		moreQuestions: [
			question(
				'A friend asks for your password. What do you say?',
				['Here it is', 'Passwords are private', 'I will tell everyone'],
				1,
				'Passwords are only for you and your grown-up.'
			),
			question(
				'A game offers a free pet for your address. What do you do?',
				['Type it in', 'Stop and ask a grown-up', 'Share it with a friend'],
				1,
				'Your address is private, so ask a grown-up first.'
			)
		]
	},
	'copyright-5-7-whose-work-is-it': {
		durationMinutes: 30,
		iCan: ['I can say who made something and ask before I use it.'],
		scenarios: [
			scenario(
				'A lovely picture',
				'Finn finds a lovely picture online. He wants to put it in his class book.',
				['Finn asks his teacher if he can use it, and writes who made it.', 'Good. The person who made it gets the thanks.', true],
				['Finn says he drew it himself.', 'That is not fair to the person who made it. Always say who made it.', false]
			),
			scenario(
				'Copying a friend',
				"Lily likes Tom's story. She wants to copy it and put her name on it.",
				["Lily writes her own story and says she liked Tom's.", 'Tom feels proud, and Lily has her own great story.', true],
				['Lily copies it with her name on.', 'Tom feels sad. Work belongs to the person who made it.', false]
			)
		],
		discussion: [
			'How do you feel when someone likes your work?',
			'How would you feel if someone said your work was theirs?',
			'How can we say thank you to the person who made something?',
			"What should you do before using someone else's picture?"
		],
		task: task('Make a picture, sign it with your first name, and swap with a partner to say who made each one.', 10),
		differentiation: differentiate(
			'Model signing a picture and saying "Made by…" together.',
			'Ask children to write a short "thank you" note to the maker of a picture they like.'
		),
		moreQuestions: [
			question(
				'You want to use a picture you found online. What do you do first?',
				['Ask a grown-up', 'Say you made it', 'Use it quickly'],
				0,
				'A grown-up can help you check if you can use it.'
			),
			question('Who owns a story you wrote?', ['You do', 'Anyone', 'The computer'], 0, 'Things you make belong to you.')
		]
	}
};

export const YEARS_1_2_NEW_LESSONS: readonly Lesson[] = [
	programmeLesson('self-image-5-7-how-does-it-make-me-feel', '5-7', {
		title: 'How does it make me feel?',
		strand: 'self-image-and-identity',
		iCan: ['I can say how something online makes me feel.', 'I can tell a grown-up if something online worries me.'],
		sections: [
			section('Feelings', 'Things we see online can make us feel happy, sad, scared or cross. All feelings are OK.', '😊', 'A happy face'),
			section('Body clues', 'Our bodies give clues. A tummy ache or a fast heart can mean we feel worried.', '💓', 'A beating heart'),
			section('Stop and tell', 'If something online makes you feel worried, stop. Turn the screen over. Tell a grown-up.', '✋', 'A hand held up to say stop'),
			section('Not your fault', 'You are never in trouble for telling. Grown-ups want to help you feel safe again.', '🤗', 'A hugging face')
		],
		scenarios: [
			scenario(
				'A scary video',
				'Kai is watching cartoons. A scary video starts playing by itself.',
				['Kai turns the tablet over and tells his grandad.', 'His grandad helps. Kai feels safe, and they pick a better video.', true],
				['Kai keeps watching even though he feels scared.', 'Kai has bad dreams. It is always OK to stop and tell.', false]
			),
			scenario(
				'A happy picture',
				'Rosa sees a picture of her class on the school website. She feels proud.',
				['Rosa tells her mum how happy it made her feel.', 'Sharing good feelings is lovely too.', true],
				['Rosa keeps her feelings to herself.', 'That is fine, but talking about feelings, happy or sad, helps us.', false]
			)
		],
		discussion: [
			'How does your body feel when you are worried?',
			'What could you do if a video made you feel scared?',
			'Who could you tell at home and at school?',
			'What online things make you feel happy?'
		],
		task: task('Make a feelings face on a paper plate, and act out "stop, turn over, tell" with a partner.', 10),
		differentiation: differentiate(
			'Use emotion picture cards to name feelings before the scenarios.',
			'Ask children to write a sentence: "When I feel worried online, I will…"'
		),
		quiz: [
			question(
				'Something online makes you feel scared. What do you do?',
				['Keep watching', 'Stop and tell a grown-up', 'Tell nobody'],
				1,
				'Stopping and telling a grown-up helps you feel safe.'
			),
			question('Are you in trouble if you tell a grown-up?', ['Yes', 'No', 'Sometimes'], 1, 'You are never in trouble for telling.'),
			question(
				'Which is a body clue that you feel worried?',
				['A tummy ache', 'A big smile', 'Feeling sleepy after lunch'],
				0,
				'A tummy ache can be a clue that we feel worried.'
			),
			question('What can you do with the screen?', ['Turn it over', 'Hold it closer', 'Turn it up'], 0, 'Turning the screen over stops you seeing it.'),
			question('Are all feelings OK?', ['Yes', 'No', 'Only happy ones'], 0, 'All feelings are OK, and you can talk about them.')
		]
	}),
	programmeLesson('relationships-5-7-our-class-email', '5-7', {
		title: 'Our class email',
		strand: 'online-relationships',
		iCan: ['I can write a kind, clear email from our class.', 'I can say why a teacher checks our emails first.'],
		sections: [
			section('What is email?', 'An email is a message sent on a computer. It is like a letter, but much faster.', '📧', 'An envelope with an email sign'),
			section('Our class address', 'Our class has one email address. We all write from it together.', '🏫', 'A school building'),
			section('A good email', 'A good email says hello, says what you want, and says goodbye. It uses kind words.', '👋', 'A waving hand'),
			section('Teacher checks first', 'Our teacher reads every email before it goes. This keeps everyone safe.', '👩‍🏫', 'A teacher')
		],
		scenarios: [
			scenario(
				'Writing to an author',
				'Class 2 wants to write to an author about her book.',
				['Start with "Dear…", ask a question, and end with "From Class 2".', 'The author writes back! A clear, kind email gets a friendly answer.', true],
				['Write "SEND MORE BOOKS NOW" in big letters.', 'Big letters look like shouting. The author might feel upset.', false]
			),
			scenario(
				'Adding your address',
				'Tia wants the author to send a postcard to her house.',
				['Tia asks the author to write back to the class.', 'Good. Her home address stays private.', true],
				['Tia puts her home address in the email.', 'Our class computer stops it. Home addresses are private.', false]
			)
		],
		discussion: [
			'How is an email like a letter? How is it different?',
			'Why do we say hello and goodbye in an email?',
			'Why do you think our teacher reads our emails first?',
			'Who would you like our class to write to?'
		],
		task: task('Write a class email together to someone the class admires, with a greeting, a question and a goodbye.', 10),
		differentiation: differentiate(
			'Give a sentence frame: "Dear ___, We liked ___. Can you tell us ___? From Class ___."',
			'Ask children to add a second question and check every word is kind.'
		),
		quiz: [
			question('How should an email start?', ['Dear… or Hello', 'Nothing', 'A rude word'], 0, 'A greeting is a friendly way to start.'),
			question('Who reads our class emails before they go?', ['Our teacher', 'Nobody', 'A stranger'], 0, 'Our teacher checks emails to keep us safe.'),
			question(
				'What does writing in BIG LETTERS look like?',
				['Shouting', 'Whispering', 'Singing'],
				0,
				'Big letters can look like shouting, so use normal letters.'
			),
			question('Should you put your home address in an email?', ['Yes', 'No', 'Only on Fridays'], 1, 'Your home address is private.'),
			question(
				'How should an email end?',
				['With a goodbye and who it is from', 'With nothing', 'With a secret'],
				0,
				'Saying goodbye and who it is from is polite.'
			)
		]
	}),
	programmeLesson('privacy-5-7-tricky-messages', '5-7', {
		title: 'Tricky messages and prizes',
		strand: 'privacy-and-security',
		iCan: ['I can spot a tricky message that offers a prize.', 'I can stop and ask a grown-up before I click.'],
		sections: [
			section('Too good to be true', 'Some messages say, "You won a prize!" Often they are tricks.', '🎁', 'A wrapped present'),
			section('What tricksters want', 'Tricksters want you to click or type private things. Then they can take things.', '🎣', 'A fishing rod'),
			section('Flashing buttons', 'Pop-ups might flash and say "Click now!" You do not have to click.', '⚠️', 'A warning sign'),
			section('Stop, ask, then decide', 'If you are not sure, stop. Ask a grown-up. They can help you decide.', '🛑', 'A red stop sign')
		],
		scenarios: [
			scenario(
				'A free pet',
				'A pop-up says, "Click here for a free puppy in your game!"',
				['Close it and tell a grown-up.', 'The grown-up says it was a trick. Well spotted!', true],
				['Click to get the puppy.', "It asks for your mum's bank card. That was a trick. Stop and ask next time.", false]
			),
			scenario(
				'A message from "the game"',
				'A message says, "This is the game. Tell us your password or lose all your coins!"',
				['Do not answer, and show a grown-up.', 'Real games never ask for your password. Your coins stay safe.', true],
				['Type your password quickly.', 'A trickster now has your password. A grown-up can help change it.', false]
			)
		],
		discussion: [
			'Why might someone send a message about a prize?',
			'How do tricky messages try to make us hurry?',
			'What should you never type into a pop-up?',
			'Who can you ask when you are not sure?'
		],
		task: task('Design a "Stop! Ask a grown-up!" sign to keep beside the class computer.', 10),
		differentiation: differentiate(
			'Show two pop-ups side by side and spot the tricks together.',
			'Ask children to list three clues that a message is a trick.'
		),
		quiz: [
			question('A message says you won a prize. What could it be?', ['A trick', 'Always real', 'A present from school'], 0, 'Prize messages are often tricks.'),
			question(
				'A pop-up says "Click now!" What do you do?',
				['Click it', 'Stop and ask a grown-up', 'Click it twice'],
				1,
				'You never have to click, and a grown-up can help.'
			),
			question('Does a real game ask for your password in a message?', ['Yes', 'No', 'Every day'], 1, 'Real games do not ask for your password.'),
			question('What do tricksters want?', ['Private things', 'To help you', 'To give you sweets'], 0, 'Tricksters want private things, so keep them safe.'),
			question('Who can help you decide?', ['A grown-up you trust', 'The pop-up', 'Nobody'], 0, 'A grown-up you trust can help.')
		]
	}),
	programmeLesson('wellbeing-5-7-games-and-real-money', '5-7', {
		title: 'Games and real money',
		strand: 'health-wellbeing-and-lifestyle',
		iCan: ['I can say that buying things in games uses real money.', 'I can ask a grown-up before I buy anything.'],
		sections: [
			section('Coins and gems', 'Games have coins, gems and stars. Some can be bought with real money.', '💎', 'A gem'),
			section('Real money', 'Real money comes from your grown-ups. It pays for food, homes and clothes.', '💷', 'A pound note'),
			section('Always ask', 'Before you buy anything in a game, ask a grown-up. Even if it looks cheap.', '🙋', 'A child with a hand up'),
			section(
				'Mystery boxes',
				'Some games sell mystery boxes. You do not know what is inside. It can feel exciting, but often it is not worth it.',
				'📦',
				'A closed box'
			)
		],
		scenarios: [
			scenario(
				'The shiny hat',
				'A game shows a shiny hat for 99p. The "Buy" button is right there.',
				['Ask a grown-up first.', 'The grown-up says not today. You keep playing and still have fun.', true],
				['Press "Buy" quickly.', 'Real money was spent without asking. Your grown-up is upset. Always ask first.', false]
			),
			scenario(
				'Another mystery box',
				'Kit opens a mystery box. It has nothing good inside. The game says, "Try again! Next time could be amazing!"',
				['Kit stops and plays the free part of the game.', 'Kit still has fun, and no money is spent.', true],
				['Kit keeps buying boxes to get something good.', 'Kit spends lots and still does not get the prize. That is how mystery boxes work.', false]
			)
		],
		discussion: [
			'Where does the money to buy things in games come from?',
			'Why might a game make buying look fun and easy?',
			'How would you feel if a mystery box had nothing good in it?',
			'What could you do instead of buying something?'
		],
		task: task('Play a class game with paper "gems": decide together whether each thing is worth asking a grown-up to buy.', 10),
		differentiation: differentiate(
			'Use pretend coins so children can see money being used up.',
			'Ask children to explain why "try again" messages make people keep spending.'
		),
		quiz: [
			question('Buying things in games uses…', ['Real money', 'Pretend money only', 'Nothing'], 0, 'Many games use real money from your grown-ups.'),
			question('Before you buy something in a game, you should…', ['Ask a grown-up', 'Buy it fast', 'Hide it'], 0, 'Always ask a grown-up first.'),
			question('Do you know what is in a mystery box?', ['Yes', 'No', 'Always a prize'], 1, 'You do not know what is inside, so it can be a waste.'),
			question(
				'The game says "Try again!" after a bad box. What is a good choice?',
				['Stop and play for free', 'Buy lots more', 'Cry'],
				0,
				'Stopping keeps your money safe.'
			),
			question('Is something for 99p free?', ['Yes', 'No', 'Only on Saturdays'], 1, '99p is real money, so ask first.')
		]
	})
];
