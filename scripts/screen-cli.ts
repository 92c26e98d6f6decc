// Screen JSON lines from stdin: {"id","text"} in, {"id","verdict","findings"} out.
// Usage: npm run --silent screen [-- --context school.json] < messages.jsonl
// A bad line gets {"id":null,"error":"…"} and the rest carry on.

import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createScreener, type ScreeningContext } from '../src/lib/domain/screening/index.js';

function readContext(argv: readonly string[]): ScreeningContext | undefined {
	const at = argv.indexOf('--context');
	if (at < 0) return undefined;
	const file = argv[at + 1];
	if (file === undefined) throw new Error('--context needs a file path');
	const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('context must be a JSON object');
	return parsed as ScreeningContext;
}

function screenLine(line: string, screen: ReturnType<typeof createScreener>['screen']): string {
	let input: unknown;
	try {
		input = JSON.parse(line);
	} catch {
		return JSON.stringify({ id: null, error: 'line is not valid JSON' });
	}
	if (typeof input !== 'object' || input === null) return JSON.stringify({ id: null, error: 'line must be a JSON object' });
	const { id, text } = input as { id?: unknown; text?: unknown };
	if (typeof text !== 'string') return JSON.stringify({ id: null, error: 'line needs a "text" string' });
	if (typeof id !== 'string' && typeof id !== 'number') return JSON.stringify({ id: null, error: 'line needs an "id" string or number' });
	const result = screen(text);
	const findings = result.findings.map(({ kind, start, end, rule }) => ({ kind, start, end, rule }));
	return JSON.stringify({ id, verdict: result.verdict, findings });
}

async function main(): Promise<void> {
	let context: ScreeningContext | undefined;
	try {
		context = readContext(process.argv.slice(2));
	} catch (error) {
		process.stderr.write(`screen: cannot read context: ${(error as Error).message}\n`);
		process.exitCode = 2;
		return;
	}
	const screener = createScreener(context);
	const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
	for await (const line of lines) {
		if (line.trim() === '') continue;
		process.stdout.write(screenLine(line, screener.screen) + '\n');
	}
}

void main();
