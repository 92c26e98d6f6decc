// Screen JSON lines from stdin: {"id","text"} in (optionally "recent": the writer's
// earlier messages in the same room, oldest first), {"id","verdict","severity","findings"} out.
// Usage: npm run --silent screen [-- --context school.json] [-- --kinds location,school,selfharm] < messages.jsonl
// --kinds keeps only findings of those kinds in the output (every kind, old and new, is accepted).
// A bad line gets {"id":null,"error":"…"} and the rest carry on.

import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { BLOCK_KINDS, HOLD_KINDS, createScreener, type FindingKind, type ScreeningContext } from '../src/lib/domain/screening/index.js';
import { contextFromJson } from '../src/lib/domain/screening/context-json.js';

function readContext(argv: readonly string[]): ScreeningContext | undefined {
	const at = argv.indexOf('--context');
	if (at < 0) return undefined;
	const file = argv[at + 1];
	if (file === undefined) throw new Error('--context needs a file path');
	return contextFromJson(JSON.parse(readFileSync(file, 'utf8')));
}

const ALL_KINDS: readonly string[] = [...BLOCK_KINDS, ...HOLD_KINDS];

function readKinds(argv: readonly string[]): Set<FindingKind> | null {
	const at = argv.indexOf('--kinds');
	if (at < 0) return null;
	const list = (argv[at + 1] ?? '')
		.split(',')
		.map((k) => k.trim())
		.filter((k) => k !== '');
	const unknown = list.filter((k) => !ALL_KINDS.includes(k));
	if (list.length === 0 || unknown.length > 0) throw new Error(`--kinds takes a comma-separated list of: ${ALL_KINDS.join(', ')}`);
	return new Set(list as FindingKind[]);
}

function screenLine(line: string, screen: ReturnType<typeof createScreener>['screen'], kinds: Set<FindingKind> | null): string {
	let input: unknown;
	try {
		input = JSON.parse(line);
	} catch {
		return JSON.stringify({ id: null, error: 'line is not valid JSON' });
	}
	if (typeof input !== 'object' || input === null) return JSON.stringify({ id: null, error: 'line must be a JSON object' });
	const { id, text, recent } = input as { id?: unknown; text?: unknown; recent?: unknown };
	if (typeof text !== 'string') return JSON.stringify({ id: null, error: 'line needs a "text" string' });
	if (typeof id !== 'string' && typeof id !== 'number') return JSON.stringify({ id: null, error: 'line needs an "id" string or number' });
	if (recent !== undefined && (!Array.isArray(recent) || recent.some((r) => typeof r !== 'string')))
		return JSON.stringify({ id: null, error: '"recent" must be a list of strings' });
	const result = screen(text, recent as string[] | undefined);
	const findings = result.findings.filter((f) => kinds === null || kinds.has(f.kind)).map(({ kind, start, end, rule }) => ({ kind, start, end, rule }));
	return JSON.stringify({ id, verdict: result.verdict, severity: result.severity, findings });
}

async function main(): Promise<void> {
	let context: ScreeningContext | undefined;
	let kinds: Set<FindingKind> | null;
	try {
		context = readContext(process.argv.slice(2));
		kinds = readKinds(process.argv.slice(2));
	} catch (error) {
		process.stderr.write(`screen: ${(error as Error).message}\n`);
		process.exitCode = 2;
		return;
	}
	const screener = createScreener(context);
	const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
	for await (const line of lines) {
		if (line.trim() === '') continue;
		process.stdout.write(screenLine(line, screener.screen, kinds) + '\n');
	}
}

void main();
