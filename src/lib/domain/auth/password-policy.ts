// Password rules per role. Staff passwords guard every child's data in the school, so they
// must be strong by an estimator (zxcvbn: score 3 of 4 resists an offline attack for
// years), not merely long. Parents get score 2 with a length floor. Pupils' passwords are
// set by their teacher and typed by five-year-olds, so they need only be long enough not
// to be guessed by a classmate at a glance.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import type { Role } from './roles';
import { isStaff } from './roles';

// Built on first use: the dictionaries are large and only password changes need them.
let estimator: ZxcvbnFactory | undefined;
function getEstimator(): ZxcvbnFactory {
	estimator ??= new ZxcvbnFactory({
		graphs: common.adjacencyGraphs,
		dictionary: { ...common.dictionary, ...english.dictionary },
		translations: english.translations
	});
	return estimator;
}

export const MAX_PASSWORD_LENGTH = 200;

export type PasswordCheck = { ok: true } | { ok: false; message: string };

interface Rule {
	minLength: number;
	minScore: 0 | 1 | 2 | 3 | 4;
}

function ruleFor(role: Role): Rule {
	if (isStaff(role) || role === 'governor') return { minLength: 10, minScore: 3 };
	if (role === 'parent') return { minLength: 8, minScore: 2 };
	return { minLength: 6, minScore: 0 };
}

/** `personal` holds words the password must not lean on: username, names, school. */
export function checkPassword(role: Role, password: string, personal: string[] = []): PasswordCheck {
	const rule = ruleFor(role);
	if (password.length > MAX_PASSWORD_LENGTH) return { ok: false, message: `Use at most ${MAX_PASSWORD_LENGTH} characters.` };
	if (password.length < rule.minLength) return { ok: false, message: `Use at least ${rule.minLength} characters.` };
	if (rule.minScore === 0) return { ok: true };
	const result = getEstimator().check(password, personal.filter(Boolean));
	if (result.score >= rule.minScore) return { ok: true };
	const hint = result.feedback.warning || result.feedback.suggestions[0] || '';
	return {
		ok: false,
		message: `This password is too easy to guess. ${hint} Try a few unrelated words together.`.replace(/\s+/g, ' ').trim()
	};
}
