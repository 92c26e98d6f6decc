// Moderation owns the queue and imports no other domain's review handler (issue 20): the map
// from kinds to handlers is `src/lib/server/review-targets.ts`, and every review item is put
// in the queue through `moderation/submit.ts`. Read from each file's parsed import list.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const SERVER = path.resolve(__dirname, '../../../src/lib/server');

function importsOf(file: string): string[] {
	return ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((i) => path.resolve(path.dirname(file), i.fileName));
}

function serverFiles(dir = SERVER): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? serverFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []
	);
}

describe('the moderation seams', () => {
	it('moderation imports no domain’s review handler (it looks them up in the one map)', () => {
		const handlers = ['messaging/review-targets', 'email/review-target', 'email/report-target', 'sharing/review-target'].map((f) => path.join(SERVER, f));
		const moderation = readdirSync(path.join(SERVER, 'moderation')).map((f) => path.join(SERVER, 'moderation', f));
		const offenders = moderation.filter((file) => importsOf(file).some((i) => handlers.includes(i)));
		expect(offenders).toEqual([]);
	});

	it('only moderation/submit.ts writes new review items (the demo seed too goes through it)', () => {
		const writers = serverFiles().filter((file) => {
			const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
			let writes = false;
			const visit = (node: ts.Node): void => {
				// db.insert(reviewItems) in drizzle, or `insert into review_items` in a SQL template.
				if (ts.isCallExpression(node) && node.expression.getText(source).endsWith('.insert') && node.arguments[0]?.getText(source) === 'reviewItems')
					writes = true;
				if (
					(ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) &&
					/insert\s+into\s+review_items/i.test(node.text)
				)
					writes = true;
				ts.forEachChild(node, visit);
			};
			visit(source);
			return writes;
		});
		expect(writers.map((f) => path.relative(SERVER, f)).sort()).toEqual(['moderation/submit.ts']);
	});
});
