// Representations the writers' evaluation (scripts/screen-writers.ts) can try in place of the
// screen's own (featuresAt in classifier.ts), through the same trainer (train-model.ts). None of
// them is read by the screen unless it wins and is moved into classifier.ts.

import { existsSync, readFileSync } from 'node:fs';
import { featuresAt } from '../../src/lib/domain/screening/classifier.js';
import type { Representation } from '../../src/lib/domain/screening/train-model.js';
import { SENSE_CLASSES } from './senses.js';

const NEGATORS = new Set(['not', 'never', 'isnt', 'arent', 'wasnt', 'werent', 'aint', 'no', 'nt']);

/** FNV-1a of a string into `buckets` (a power of two), so a hashed feature is a short name. */
function bucket(text: string, buckets: number): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
	return (h >>> 0) & (buckets - 1);
}

/**
 * Character n-grams (sizes `from` to `to`) of each word with its edges marked, and of the join
 * between a word and the next ("e>a" in "the>and"), hashed into `buckets` when buckets > 0.
 * The word and the pair it starts are kept, as in the screen's own features.
 */
export function charGrams(from: number, to: number, buckets: number, across: boolean): Representation {
	return {
		featuresAt(words, i, out) {
			const word = words[i] as string;
			const next = words[i + 1];
			if (next !== undefined) out.push(`${word} ${next}`);
			if (i > 0 && NEGATORS.has(words[i - 1] as string)) {
				out.push(`!${word}`);
				return;
			}
			out.push(word);
			const marked = `<${word}>` + (across && next !== undefined ? `${next.slice(0, to - 2)}` : '');
			const own = word.length + 2;
			for (let n = from; n <= to; n += 1)
				for (let k = 0; k + n <= marked.length; k += 1) {
					// Grams wholly inside the next word belong to that word's position.
					if (k >= own) break;
					const gram = marked.slice(k, k + n);
					out.push(buckets > 0 ? `#${bucket(gram, buckets).toString(36)}` : `#${gram}`);
				}
		}
	};
}

/** The word-sense classes (senses.ts), as lists, so a subset can be tried. */
export const SENSES: Readonly<Record<string, readonly string[]>> = Object.fromEntries(Object.entries(SENSE_CLASSES).map(([k, v]) => [k, v.split(' ')]));

/** Each word's classes, as `@class` features. */
function sensesOf(table: Readonly<Record<string, readonly string[]>>, only?: readonly string[]): Map<string, string[]> {
	const byWord = new Map<string, string[]>();
	for (const [sense, words] of Object.entries(table))
		for (const word of only === undefined || only.includes(sense) ? words : []) {
			const list = byWord.get(word) ?? [];
			if (!list.includes(`@${sense}`)) list.push(`@${sense}`);
			byWord.set(word, list);
		}
	return byWord;
}

/**
 * The screen's own features and, for a word in a sense class, the class (`@harmbody`), the class
 * with each class or word of the next `reach` words (`@harmbody @ending`, `@secret +mum`).
 */
export function senses(reach: number, base: Representation['featuresAt'] = featuresAt, only?: readonly string[], classPairsOnly = false): Representation {
	const byWord = sensesOf(SENSES, only);
	return {
		featuresAt(words, i, out) {
			base(words, i, out);
			const negated = i > 0 && NEGATORS.has(words[i - 1] as string);
			const mine = byWord.get(words[i] as string);
			if (mine === undefined) return;
			for (const s of mine) out.push(negated ? `!${s}` : s);
			for (let j = i + 1; j <= i + reach && j < words.length; j += 1) {
				const theirs = byWord.get(words[j] as string);
				for (const s of mine) {
					if (theirs !== undefined) for (const t of theirs) out.push(`${s} ${t}`);
					else if (!classPairsOnly) out.push(`${s} +${words[j] as string}`);
				}
			}
		}
	};
}

/** Word vectors read from a JSON file in wink-embeddings' layout (words, then one row a word). */
export function loadVectors(path: string, limit: number): Map<string, Float32Array> {
	if (!existsSync(path)) throw new Error(`no vectors at ${path}`);
	const raw = JSON.parse(readFileSync(path, 'utf8')) as { words: string[]; dimensions: number; vectors: Record<string, number[]> };
	const out = new Map<string, Float32Array>();
	for (const word of raw.words.slice(0, limit)) {
		const row = raw.vectors[word];
		if (row === undefined || !/^[a-z0-9]+$/.test(word)) continue;
		const v = Float32Array.from(row.slice(0, raw.dimensions));
		let norm = 0;
		for (const x of v) norm += x * x;
		norm = Math.sqrt(norm) || 1;
		for (let j = 0; j < v.length; j += 1) v[j] = (v[j] as number) / norm;
		out.set(word, v);
	}
	return out;
}

/** The screen's own features plus each word's vector (unit length, times `scale`) as dense values. */
export function withVectors(vectors: Map<string, Float32Array>, scale: number, base: Representation['featuresAt'] = featuresAt): Representation {
	const size = vectors.values().next().value?.length ?? 0;
	return {
		featuresAt: base,
		denseSize: size,
		denseAt(words, i) {
			if (i > 0 && NEGATORS.has(words[i - 1] as string)) return undefined;
			const v = vectors.get(words[i] as string);
			return v === undefined ? undefined : v.map((x) => x * scale);
		}
	};
}
