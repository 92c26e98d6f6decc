// Finds exported functions, constants and classes under src/lib that no production file
// uses (not even their own file), yet some test does: their tests pass whatever production
// does. Read by text, not types, which is enough for names this distinctive.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

function sourceFiles(dir: string, out: string[] = []): string[] {
	for (const name of readdirSync(dir)) {
		if (name === 'node_modules' || name.startsWith('.')) continue;
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) sourceFiles(full, out);
		else if (/\.(ts|js|svelte)$/.test(name)) out.push(full);
	}
	return out;
}

const isTest = (file: string): boolean => file.endsWith('.spec.ts') || file.split(path.sep).includes('tests');

/** `relative/path.ts:name` for each export used only by tests, sorted. */
export function exportsUsedOnlyByTests(root: string): string[] {
	const files = ['src', 'server', 'scripts', 'tests'].flatMap((d) => sourceFiles(path.join(root, d)));
	const text = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
	const production = files.filter((f) => !isTest(f));
	const tests = files.filter(isTest);
	const found: string[] = [];
	for (const file of production.filter((f) => f.includes(`${path.sep}src${path.sep}lib${path.sep}`) && f.endsWith('.ts'))) {
		const source = text.get(file)!;
		for (const match of source.matchAll(/^export (?:async )?(?:function|const|class) ([A-Za-z0-9_]+)/gm)) {
			const name = match[1]!;
			const word = new RegExp(`\\b${name}\\b`);
			const usedInOwnFile = (source.match(new RegExp(`\\b${name}\\b`, 'g')) ?? []).length > 1;
			if (usedInOwnFile || production.some((other) => other !== file && word.test(text.get(other)!))) continue;
			if (tests.some((t) => word.test(text.get(t)!))) found.push(`${path.relative(root, file)}:${name}`);
		}
	}
	return found.sort();
}
