/**
 * The graded categories themselves: four for pupils, two for staff.
 *
 * Rules owned here: the examples, first responses and escalations for each level.
 * Pupil levels rise with intent and repetition (a first lapse, the same after a
 * warning, deliberate harm, persistent or illegal harm); staff levels separate
 * careless misuse from deliberate or criminal misuse.
 */
import type { InfringementCategory } from './categories';

export const PUPIL_CATEGORIES: readonly InfringementCategory[] = [
	{
		key: 'pupil-A',
		audience: 'pupil',
		code: 'A',
		title: 'Minor misuse',
		description: 'A first, low-level lapse: technology used for something other than the lesson, or without permission, with no harm to anyone.',
		examples: [
			'Visiting websites that have nothing to do with the lesson',
			'Sending email without permission',
			'Using a phone or other device in class without permission, such as texting a friend',
			'Using chat apps or social networks the school has not allowed'
		],
		typicalActions: ['refer-class-teacher'],
		escalation: ['refer-senior-leader', 'refer-esafety-officer'],
		safeguardingActions: []
	},
	{
		key: 'pupil-B',
		audience: 'pupil',
		code: 'B',
		title: 'Repeated or risky misuse',
		description: 'Minor misuse carried on after a warning, or careless behaviour that puts the school’s systems, other people’s work or the pupil at risk.',
		examples: [
			'Carrying on with non-lesson websites, email, devices or chat after being warned',
			'Using file-sharing programs',
			'Trying to buy things online',
			'Damaging or deleting someone else’s work by accident and not telling an adult',
			'Coming across upsetting material by accident and neither closing it nor telling an adult'
		],
		typicalActions: ['refer-class-teacher', 'refer-senior-leader', 'refer-esafety-officer'],
		escalation: ['remove-access-for-period', 'remove-device-until-end-of-day', 'inform-parents'],
		safeguardingActions: []
	},
	{
		key: 'pupil-C',
		audience: 'pupil',
		code: 'C',
		title: 'Deliberate harm or serious misuse',
		description: 'A deliberate act that harms someone else, their privacy or their work, or a single serious attempt to reach unsuitable material.',
		examples: [
			'Damaging or deleting someone else’s work on purpose',
			'Breaking someone’s privacy, or posting unkind or unsuitable messages, pictures or videos online',
			'Sending a message that bullies or harasses someone (a single time)',
			'Trying to find offensive or pornographic material (a single time)',
			'Ordering or paying for things online',
			'Sending adverts or other commercial material'
		],
		typicalActions: ['refer-class-teacher', 'refer-esafety-officer', 'refer-headteacher', 'remove-access-for-period'],
		escalation: ['inform-parents', 'remove-equipment'],
		safeguardingActions: ['filter-site']
	},
	{
		key: 'pupil-D',
		audience: 'pupil',
		code: 'D',
		title: 'Persistent or illegal harm',
		description:
			'Bullying that carries on after a warning, deliberately dealing in offensive or hateful material, breaking copyright or data protection law, or harming the school’s good name.',
		examples: [
			'Continuing to send bullying or harassing messages after a warning',
			'Deliberately making, looking for, downloading or passing on offensive, obscene, defamatory, racist, homophobic or violent material',
			'Sending or receiving material that breaks copyright or data protection law',
			'Bringing the school into disrepute'
		],
		typicalActions: ['refer-headteacher', 'inform-parents'],
		escalation: ['report-police-ceop'],
		safeguardingActions: ['preserve-evidence', 'inform-service-provider', 'request-content-removal', 'report-police-ceop']
	}
];

export const STAFF_CATEGORIES: readonly InfringementCategory[] = [
	{
		key: 'staff-A',
		audience: 'staff',
		code: 'A',
		title: 'Misconduct',
		description: 'Careless or unprofessional use of school technology that falls short of the staff agreement but shows no intent to cause harm.',
		examples: [
			'Heavy personal use of the internet in work time, such as shopping, personal email or messaging',
			'Using memory sticks or other personal storage without thinking about what is on them or who can see it',
			'Not following the school’s safeguarding procedures',
			'Online behaviour that undermines the person’s professional standing',
			'Careless handling of passwords or other basic security',
			'Breaking copyright or licences, such as installing unlicensed software'
		],
		typicalActions: ['refer-line-manager', 'refer-headteacher'],
		escalation: ['give-warning'],
		safeguardingActions: []
	},
	{
		key: 'staff-B',
		audience: 'staff',
		code: 'B',
		title: 'Gross misconduct',
		description:
			'Deliberate or serious misuse: damaging systems, breaking security or data protection on purpose, dealing in offensive material, or harming the school’s good name.',
		examples: [
			'Seriously misusing, or deliberately damaging, school or council hardware or software',
			'Deliberately trying to get round data protection or security rules',
			'Deliberately making, looking for, downloading or passing on offensive, obscene, defamatory, racist, homophobic or violent material',
			'Sending or receiving material that breaks copyright or data protection law',
			'Bringing the school into disrepute'
		],
		typicalActions: ['refer-headteacher', 'refer-governors'],
		escalation: ['report-local-authority', 'report-human-resources', 'report-police-ceop'],
		safeguardingActions: ['secure-equipment', 'external-equipment-audit', 'record-material-details', 'preserve-evidence']
	}
];
