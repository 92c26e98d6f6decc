// One way to draw a table: app.css's plain, `dense` and `boxed` tables. A component's own
// <style> may place what is in a table (alignment, type size) but may not draw its cells'
// borders or padding, or each copy drifts from the shared look. Read from Svelte's CSS syntax
// tree, so a comment or look-alike text neither trips the check nor satisfies it.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'svelte/compiler';

const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td']);
// `border` also covers border-collapse and border-spacing.
const DRAWS = /^(border|padding)/;

interface CssNode {
	type: string;
	prelude?: { children: { children: { selectors: { type: string; name?: string }[] }[] }[] } | string;
	block?: { children: CssNode[] } | null;
	property?: string;
}

/** Rules in a Svelte file's own <style> that draw table cells, as "th, td: border". */
function tableDrawingRules(source: string): string[] {
	const found: string[] = [];
	const visit = (nodes: readonly CssNode[]): void => {
		for (const node of nodes) {
			if (node.type === 'Rule' && typeof node.prelude === 'object') {
				// The element a selector styles is its last compound's: `td form` styles a form.
				const styled = node.prelude.children.flatMap((complex) => complex.children.at(-1)?.selectors ?? []);
				const parts = styled.filter((s) => s.type === 'TypeSelector' && TABLE_PARTS.has(s.name ?? '')).map((s) => s.name);
				const drawn = (node.block?.children ?? []).filter((d) => d.type === 'Declaration' && DRAWS.test(d.property ?? '')).map((d) => d.property);
				if (parts.length > 0 && drawn.length > 0) found.push(`${parts.join(', ')}: ${drawn.join(', ')}`);
			}
			if (node.block) visit(node.block.children);
		}
	};
	const css = parse(source, { modern: true }).css as { children: CssNode[] } | null;
	visit(css?.children ?? []);
	return found;
}

function svelteFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) return svelteFiles(full);
		return name.endsWith('.svelte') ? [full] : [];
	});
}

describe('table styles', () => {
	it('finds cell borders and padding drawn in a component, inside @media too, and nothing else', () => {
		const source = `<table></table>
<style>
	/* th { border: 1px solid } */
	table { border-collapse: collapse; }
	@media print { th, td { padding: 0; } }
	td form { padding: 0; }
	td { vertical-align: top; font-size: 0.9rem; }
	.note { border: 1px solid; }
</style>`;
		expect(tableDrawingRules(source)).toEqual(['table: border-collapse', 'th, td: padding']);
	});

	it('no component draws its own table: app.css’s table.dense and table.boxed do', () => {
		const offending = svelteFiles(path.resolve('src'))
			.map((file) => ({ file: path.relative(process.cwd(), file), rules: tableDrawingRules(readFileSync(file, 'utf8')) }))
			.filter((f) => f.rules.length > 0);
		expect(offending).toEqual([]);
	});
});
