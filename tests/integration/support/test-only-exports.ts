// Finds exported functions, constants and classes under src/lib that no production file
// uses (not even their own file), yet some test does: their tests pass whatever production
// does; and those nothing uses at all, which are dead code. Read by text, not types, which
// is enough for names this distinctive.
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

// A spec-helpers.ts file sits beside the specs it serves and is imported by nothing else: test code.
const isTest = (file: string): boolean => file.endsWith('.spec.ts') || file.endsWith('spec-helpers.ts') || file.split(path.sep).includes('tests');

export interface UnusedExports {
	/** `relative/path.ts:name` for each export used only by tests, sorted. */
	testOnly: string[];
	/** The same for each export nothing uses, not even a test. */
	unused: string[];
}

export function findUnusedExports(root: string): UnusedExports {
	// The root's own config files (vite.config.ts loads the realtime plug-in) are production too.
	const rootFiles = readdirSync(root)
		.filter((name) => /\.(ts|js)$/.test(name))
		.map((name) => path.join(root, name));
	const files = [...rootFiles, ...['src', 'server', 'scripts', 'tests'].flatMap((d) => sourceFiles(path.join(root, d)))];
	const text = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
	const production = files.filter((f) => !isTest(f));
	const tests = files.filter(isTest);
	const found: UnusedExports = { testOnly: [], unused: [] };
	// Every export of the database schema is read by drizzle-kit to write migrations (a sequence
	// no query names is still part of the schema), so those files are left out.
	const schema = `${path.sep}db${path.sep}schema${path.sep}`;
	for (const file of production.filter((f) => f.includes(`${path.sep}src${path.sep}lib${path.sep}`) && f.endsWith('.ts') && !f.includes(schema))) {
		const source = text.get(file)!;
		for (const match of source.matchAll(/^export (?:async )?(?:function|const|class) ([A-Za-z0-9_]+)/gm)) {
			const name = match[1]!;
			const word = new RegExp(`\\b${name}\\b`);
			const usedInOwnFile = (source.match(new RegExp(`\\b${name}\\b`, 'g')) ?? []).length > 1;
			if (usedInOwnFile || production.some((other) => other !== file && word.test(text.get(other)!))) continue;
			const where = tests.some((t) => word.test(text.get(t)!)) ? found.testOnly : found.unused;
			where.push(`${path.relative(root, file)}:${name}`);
		}
	}
	return { testOnly: found.testOnly.sort(), unused: found.unused.sort() };
}
