// The screen: compiles a school's context once, runs every detector over
// the views of a message, resolves overlapping findings and decides the
// verdict (any block kind -> block, else any hold kind -> hold, else allow)
// and, after the rules, lets the word model (classifier.ts) add holds the rules missed,
// and the severity (severity.ts). A number split across the writer's last few
// messages is looked for in those messages and this one read together.

import { explainFinding, explainForTeacher } from './explanations.js';
import { findGrooming } from './grooming.js';
import { findLocations } from './location.js';
import { compileSchool, findSchoolDetails, type CompiledSchool } from './school.js';
import { findSchoolClues, findSchoolCluesWithoutContext } from './school-clues.js';
import { findSchoolTold } from './school-told.js';
import { findSelfHarm } from './selfharm.js';
import { severityOf } from './severity.js';
import { findThreats } from './threat.js';
import { findUnknownAdult } from './unknown-adult.js';
import { findEmails } from './email.js';
import { findEmailRecipes } from './email-recipe.js';
import { findAddresses } from './address.js';
import { findChainLetters } from './chain.js';
import { findDerivedDetails } from './derived-details.js';
import { classifyHolds } from './classifier.js';
import { markDoubtful } from './urgent-doubt.js';
import { compileRoster, findFullNames, type CompiledRoster } from './fullname.js';
import { findSurnameClues } from './surname-clue.js';
import { compileWords, findProfanity, type CompiledWords } from './language.js';
import { buildLinkView } from './link-words.js';
import { findMeetings } from './meeting.js';
import { findKeptMeetings } from './meeting-kept.js';
import { buildWordView, normaliseText, originalSpan } from './normalise.js';
import { findPhoneNumbers } from './phone.js';
import { findPhoneInParts } from './phone-in-parts.js';
import { findPostcodes } from './postcode.js';
import { findPostcodeInParts } from './postcode-in-parts.js';
import { findSecrecy } from './secrecy.js';
import { findSocialHandles } from './social.js';
import { readSpeaking } from './speaking.js';
import { findSplitDetails } from './split-messages.js';
import { findUnkindPhrases } from './unkind.js';
import { findLinks } from './url.js';
import { findLinkRecipes } from './url-recipe.js';
import {
	BLOCK_KINDS,
	type Finding,
	type FindingKind,
	type RawFinding,
	type Screener,
	type ScreeningContext,
	type ScreeningResult,
	type Verdict
} from './types.js';

export const DEFAULT_CONTEXT: Readonly<ScreeningContext> = Object.freeze({
	rosterNames: [],
	approvedDomains: [],
	extraWords: [],
	allowedWords: []
});

interface CompiledContext {
	words: CompiledWords;
	roster: CompiledRoster;
	approvedDomains: readonly string[];
	school: CompiledSchool;
}

const BLOCK = new Set<FindingKind>(BLOCK_KINDS);

/** Compile a school's context once; `screen` can then be called for every message. */
export function createScreener(context: ScreeningContext = DEFAULT_CONTEXT): Screener {
	const compiled: CompiledContext = {
		words: compileWords(context.extraWords, context.allowedWords),
		roster: compileRoster(context.rosterNames ?? []),
		approvedDomains: (context.approvedDomains ?? []).map((d) =>
			d
				.trim()
				.toLowerCase()
				.replace(/^(?:https?:\/\/)?(?:www\.)?/, '')
				.replace(/\/.*$/, '')
		),
		school: compileSchool(context.schoolName, context.schoolTown, context.teacherNames)
	};
	return { screen: (text: string, recent?: readonly string[]): ScreeningResult => screenWith(text, compiled, recent) };
}

const screenerCache = new WeakMap<ScreeningContext, Screener>();
let defaultScreener: Screener | undefined;

/** Screen one message. Contexts are compiled once and remembered per object. */
export function screenText(text: string, context?: ScreeningContext): ScreeningResult {
	if (context === undefined || context === DEFAULT_CONTEXT) {
		defaultScreener ??= createScreener(DEFAULT_CONTEXT);
		return defaultScreener.screen(text);
	}
	let screener = screenerCache.get(context);
	if (screener === undefined) {
		screener = createScreener(context);
		screenerCache.set(context, screener);
	}
	return screener.screen(text);
}

function screenWith(text: string, compiled: CompiledContext, recent: readonly string[] = []): ScreeningResult {
	const normalised = normaliseText(text);
	const words = buildWordView(normalised);
	const links = buildLinkView(normalised);
	// Who is speaking (a lesson, a story, a quote…): read once, on first asking, for every rule that asks.
	const speaking = readSpeaking(words.text);
	// One array appended to in turn (in the order the findings have always come in), not a spread of eighteen.
	const raw: RawFinding[] = [];
	const add = appendTo(raw);
	// The readings of a detail told in pieces come after the detail's own rules, only when those found nothing,
	// so the evidence is the number or code itself wherever it is written whole.
	const phones = findPhoneNumbers(normalised);
	add(phones.length > 0 ? phones : findPhoneInParts(words, text));
	const emails = findEmails(links, text);
	add(emails.length > 0 ? emails : findEmailRecipes(words));
	const found = findLinks(links, text, compiled.approvedDomains);
	add(found.length > 0 ? found : findLinkRecipes(words, compiled.approvedDomains));
	const postcodes = findPostcodes(normalised);
	add(postcodes.length > 0 ? postcodes : findPostcodeInParts(words));
	add(findDerivedDetails(normalised));
	add(findAddresses(words, text));
	add(findSocialHandles(normalised, text));
	add(findMeetings(words, speaking));
	add(findLocations(words, normalised));
	add(findSchool(normalised, words, compiled.school, text));
	add(findGrooming(words, speaking));
	add(findThreats(words, speaking));
	add(findSelfHarm(words));
	const fullNames = findFullNames(words, text, compiled.roster);
	add(fullNames.length > 0 ? fullNames : findSurnameClues(words, compiled.roster));
	add(findProfanity(words, normalised.text, compiled.words, (s, e) => originalSpan(normalised, s, e), text));
	add(findUnkindPhrases(words, speaking));
	add(findChainLetters(words, speaking));
	add(findSecrecy(words, speaking));
	// A meeting kept quiet with a bare "dont tell", or made for the reader alone, at night or somewhere lonely.
	if (raw.some(isMeetingMade) && !raw.some((f) => f.kind === 'secrecy')) add(findKeptMeetings(words));
	add(findSplitDetails(text, recent));
	if (raw.some((f) => f.kind === 'meeting' || f.kind === 'location')) add(findUnknownAdult(words));
	// The word model only adds holds, and only for kinds no rule found.
	// A sure grooming reading inside a family's saying is held but pages nobody (urgent-doubt.ts).
	add(markDoubtful(classifyHolds(words, text, new Set(raw.map((f) => f.kind)), speaking), words.text));
	const findings = resolveOverlaps(raw).map((f): Finding => ({
		kind: f.kind,
		start: f.start,
		end: f.end,
		rule: f.rule,
		explanation: explainFinding(f.kind, f.rule),
		forTeacher: explainForTeacher(f.kind, f.rule)
	}));
	return { verdict: decideVerdict(findings), findings, alerts: alertsFor(findings), severity: severityOf(findings) };
}

/** A meeting arranged, not only a question of where someone lives. */
function isMeetingMade(finding: RawFinding): boolean {
	return finding.kind === 'meeting' && finding.rule !== 'meeting.ask-where';
}

// Made by a function rather than written as a named arrow in screenWith: under tsx every named
// arrow is wrapped in a helper that defines its name, which cost about a microsecond a message.
function appendTo(raw: RawFinding[]): (found: readonly RawFinding[]) => void {
	return (found) => {
		for (let i = 0; i < found.length; i += 1) raw.push(found[i] as RawFinding);
	};
}

// The school's name typed a letter at a time ("a s h g r o v e") is whole only in the word view, and so are
// the school's nicknames, initials and clues (school-clues.ts).
function findSchool(
	normalised: ReturnType<typeof normaliseText>,
	words: ReturnType<typeof buildWordView>,
	school: CompiledSchool,
	original: string
): RawFinding[] {
	const found = findSchoolDetails(normalised, school);
	if (found.length > 0) return found;
	const spaced = words.tokens.some((t) => t.spaced === true) ? findSchoolDetails(words, school) : found;
	if (spaced.length > 0) return spaced;
	if (school.clues === null) return findSchoolCluesWithoutContext(words, original);
	const clues = findSchoolClues(words, school.clues);
	return clues.length > 0 ? clues : findSchoolTold(words, school.clues);
}

/** Any block kind blocks; otherwise any finding holds. */
export function decideVerdict(findings: readonly Pick<Finding, 'kind'>[]): Verdict {
	if (findings.some((f) => BLOCK.has(f.kind))) return 'block';
	return findings.length > 0 ? 'hold' : 'allow';
}

/** True for the findings the safeguarding lead is alerted to: secrecy and meeting requests. */
export function isSafeguardingSignal(finding: Pick<Finding, 'kind'>): boolean {
	return finding.kind === 'secrecy' || finding.kind === 'meeting';
}

function alertsFor(findings: readonly Finding[]): ScreeningResult['alerts'] {
	return { secrecy: findings.some((f) => f.kind === 'secrecy'), meeting: findings.some((f) => f.kind === 'meeting') };
}

// When one finding sits inside another, the outer one explains it better
// (an email contains a link-shaped domain; a link contains an @handle).
const OUTRANKS: Partial<Record<FindingKind, readonly FindingKind[]>> = {
	// A pupil's name inside an address or a handle ("ellie.parker@…", "zac_holloway_09") is told by the address.
	// Letters and digits inside an address ("d 1 4 @ y a") can spell a postcode too.
	email: ['url', 'social', 'profanity', 'phone', 'fullname', 'postcode'],
	url: ['social', 'email', 'phone'],
	social: ['url', 'meeting', 'fullname'],
	address: ['postcode', 'phone'],
	meeting: ['unkind'],
	chain: ['unkind']
};

function resolveOverlaps(raw: readonly RawFinding[]): RawFinding[] {
	const sorted = [...raw].sort((a, b) => a.start - b.start || b.end - a.end);
	const kept: RawFinding[] = [];
	for (const f of sorted) {
		const swallowed = kept.some((k) => {
			const contains = k.start <= f.start && f.end <= k.end;
			const overlaps = k.start < f.end && f.start < k.end;
			// A grown-up named inside a wider meeting is kept: it is what makes the meeting urgent.
			if (k.kind === f.kind) return overlaps && f.rule !== 'meeting.unknown-adult';
			return contains && (OUTRANKS[k.kind]?.includes(f.kind) ?? false);
		});
		if (!swallowed) kept.push(f);
	}
	// A later, longer finding of a higher rank can also swallow an earlier one.
	return kept.filter(
		(f) =>
			!kept.some(
				(k) =>
					k !== f &&
					k.kind !== f.kind &&
					k.start <= f.start &&
					f.end <= k.end &&
					k.end - k.start > f.end - f.start &&
					(OUTRANKS[k.kind]?.includes(f.kind) ?? false)
			)
	);
}
