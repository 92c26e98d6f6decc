// How a phrase rule's match can begin, read from the pattern's tree (pattern-tree.ts), so
// phrases.ts tries a rule only at words that can begin it. For every way a match can
// start it lists the first letters up to a depth, stopping early at a space, at the end of
// the match or at a wide character class ([a-z], \d): a shorter beginning is a weaker test,
// never a wrong one. Look-arounds and anchors take no letters, so they are stepped over.
// A pattern the reader cannot read, or that could begin with no letter at all, gives null:
// always tried.

import { readPattern, UnreadablePattern, type Leaf, type PatternNode, type PatternTree } from './pattern-tree.js';

// How many characters of the view a beginning holds at most: it may run on past the first
// word ("i want", "you r"), since the view's words are joined by single spaces. A pattern
// whose beginnings would be too many at this depth is read again less deep.
const DEPTHS = [8, 6, 4, 3] as const;
export const BEGINNING_DEPTH = DEPTHS[0];
// A class with more characters than this stops the beginning there.
const NARROW = 4;
const MAX_BEGINNINGS = 400;

/** True when every match of the pattern begins with a letter or a digit. */
export function beginsWithWordChar(pattern: RegExp): boolean {
	const tree = treeOf(pattern);
	if (tree === null) return false;
	try {
		const first = { wordOnly: true };
		// One letter deep: every way to begin must take a first character, and only [a-z0-9].
		const open = walkBranches(tree.branches, new Set(['']), new Set(), { depth: 1, first });
		return first.wordOnly && open.size === 0;
	} catch (error) {
		if (error instanceof UnreadablePattern) return false;
		throw error;
	}
}

/** The beginnings of every match in the word view, or null when they cannot be listed. */
export function patternBeginnings(pattern: RegExp): string[] | null {
	const tree = treeOf(pattern);
	if (tree === null) return null;
	// As deep as the beginnings stay few; shallower beginnings are weaker tests, never wrong ones.
	for (const depth of DEPTHS) {
		try {
			const found = new Set<string>();
			const open = walkBranches(tree.branches, new Set(['']), found, { depth, first: { wordOnly: true }, view: true });
			for (const s of open) found.add(s);
			if (found.has('')) return null;
			if (found.size <= MAX_BEGINNINGS) return [...found];
		} catch (error) {
			if (!(error instanceof UnreadablePattern)) throw error;
		}
	}
	return null;
}

function treeOf(pattern: RegExp): PatternTree | null {
	try {
		return readPattern(pattern);
	} catch (error) {
		if (error instanceof UnreadablePattern) return null;
		throw error;
	}
}

interface Walk {
	/** How many letters a beginning holds. */
	depth: number;
	/** Cleared when some match can begin with a character other than [a-z0-9]. */
	first: { wordOnly: boolean };
	/**
	 * Reading beginnings in the word view, which holds only [a-z0-9] and single spaces: a
	 * beginning runs on over a space into the next word, and a way that needs any other
	 * character can never match there, so it gives no beginning.
	 */
	view?: boolean;
}

/** Carry the unfinished beginnings in `open` through a sequence; finished ones go to `found`. */
function walk(seq: readonly PatternNode[], open: Set<string>, found: Set<string>, how: Walk): Set<string> {
	let current = open;
	for (const node of seq) {
		if (current.size === 0) break;
		current = step(node, current, found, how);
		// Too many ways to begin: read again less deep.
		if (found.size + current.size > MAX_BEGINNINGS * 4) throw new UnreadablePattern();
	}
	return current;
}

function walkBranches(branches: readonly PatternNode[][], open: Set<string>, found: Set<string>, how: Walk): Set<string> {
	const next = new Set<string>();
	for (const branch of branches) for (const s of walk(branch, open, found, how)) next.add(s);
	return next;
}

function step(node: PatternNode, open: Set<string>, found: Set<string>, how: Walk): Set<string> {
	if (node.t === 'anchor') return open;
	if (node.t === 'group') return node.kind === 'plain' ? walkBranches(node.branches, open, found, how) : open;
	if (node.t === 'repeat') {
		let current = open;
		for (let i = 0; i < node.min && current.size > 0; i += 1) current = step(node.node, current, found, how);
		const all = new Set(current);
		// Each further copy adds a letter to every beginning still open, so depth + 1 copies cover them all.
		const extra = Math.min(node.max - node.min, how.depth + 1);
		for (let i = 0; i < extra && current.size > 0; i += 1) {
			current = step(node.node, current, found, how);
			for (const s of current) all.add(s);
		}
		return all;
	}
	const chars = charsOf(node);
	const next = new Set<string>();
	for (const s of open) {
		if (s.length === 0 && !isWordOnly(node)) how.first.wordOnly = false;
		if (chars === null) {
			found.add(s);
			continue;
		}
		for (const c of chars) {
			const extends_ = /[a-z0-9]/.test(c) || (how.view === true && c === ' ' && s.length > 0);
			if (!extends_) {
				if (how.view !== true || c === ' ') found.add(s);
				continue;
			}
			if (s.length + 1 >= how.depth) found.add(s + c);
			else next.add(s + c);
		}
	}
	return next;
}

/** What one character of the match can be, listed for a narrow class ([a@4]); null for a wide one. */
function charsOf(node: Leaf): string | null {
	if (node.t === 'char') return node.char;
	if (node.t === 'any' || node.negated || node.shorthands !== '' || node.size > NARROW) return null;
	let chars = '';
	for (let i = 0; i < node.ranges.length; i += 2)
		for (let code = node.ranges[i] as number; code <= (node.ranges[i + 1] as number); code += 1) chars += String.fromCodePoint(code);
	return chars;
}

/** True when every character the node can match is [a-z0-9]. */
function isWordOnly(node: Leaf): boolean {
	if (node.t === 'char') return /[a-z0-9]/.test(node.char);
	if (node.t === 'any' || node.negated) return false;
	return /^d*$/.test(node.shorthands) && rangesAreWordOnly(node);
}

function rangesAreWordOnly(set: Leaf): boolean {
	for (let i = 0; i < set.ranges.length; i += 2) {
		const from = set.ranges[i] as number;
		const to = set.ranges[i + 1] as number;
		const digits = from >= 48 && to <= 57;
		const letters = from >= 97 && to <= 122;
		if (!digits && !letters) return false;
	}
	return true;
}
