// Reads a route module's TypeScript syntax tree (not its text) and lists every entry point
// that is not built by one of the shared wrappers in src/lib/server/http/handlers.ts. A
// guard in a comment, a handler declared as a plain function, an action passed by name or
// a re-export under a handler's name are all found, because only the tree is read.
import ts from 'typescript';

/** The names SvelteKit calls in +page.server.ts, +layout.server.ts and +server.ts. */
const HANDLER_NAMES = new Set(['load', 'actions', 'GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'fallback']);
const HANDLERS_MODULE = '$lib/server/http/handlers';
/** Wrappers that check a permission; each must be given one. */
export const GUARDED_WRAPPERS = new Set(['pageLoad', 'formAction', 'endpoint']);
/** Wrappers for signed-out visitors, allowed only in files listed as public. */
export const PUBLIC_WRAPPERS = new Set(['publicAction', 'publicHandler']);

export interface CoverageOptions {
	isPublic: boolean;
}

function unwrap(node: ts.Expression): ts.Expression {
	let e = node;
	while (ts.isSatisfiesExpression(e) || ts.isAsExpression(e) || ts.isParenthesizedExpression(e)) e = e.expression;
	return e;
}

/** The names this file imports from the shared handlers module (possibly renamed). */
function wrapperImports(source: ts.SourceFile): Map<string, string> {
	const local = new Map<string, string>();
	for (const statement of source.statements) {
		if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
		if (statement.moduleSpecifier.text !== HANDLERS_MODULE) continue;
		const bindings = statement.importClause?.namedBindings;
		if (bindings && ts.isNamedImports(bindings)) for (const el of bindings.elements) local.set(el.name.text, (el.propertyName ?? el.name).text);
	}
	return local;
}

/** Top-level `function f() { return wrapper(...) }` helpers (e.g. one per admin form). */
function localHelpers(source: ts.SourceFile): Map<string, ts.FunctionDeclaration> {
	const helpers = new Map<string, ts.FunctionDeclaration>();
	for (const s of source.statements) if (ts.isFunctionDeclaration(s) && s.name && !hasExport(s)) helpers.set(s.name.text, s);
	return helpers;
}

function hasExport(node: ts.Node): boolean {
	return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

export function findUnguarded(text: string, fileName: string, options: CoverageOptions): string[] {
	const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
	const imports = wrapperImports(source);
	const helpers = localHelpers(source);
	const problems: string[] = [];

	// A call to a shared wrapper, with a literal permission when the wrapper guards.
	const isWrapperCall = (node: ts.Expression, depth = 0): boolean => {
		const e = unwrap(node);
		if (!ts.isCallExpression(e) || !ts.isIdentifier(e.expression)) return false;
		const original = imports.get(e.expression.text);
		if (original && GUARDED_WRAPPERS.has(original)) return hasPermission(e.arguments[0]);
		if (original && PUBLIC_WRAPPERS.has(original)) return options.isPublic;
		const helper = helpers.get(e.expression.text);
		if (!helper?.body || depth > 0) return false;
		const returns = helper.body.statements.filter(ts.isReturnStatement);
		return returns.length > 0 && returns.every((r) => r.expression !== undefined && isWrapperCall(r.expression, depth + 1));
	};

	for (const statement of source.statements) {
		if (ts.isFunctionDeclaration(statement) && hasExport(statement) && statement.name && HANDLER_NAMES.has(statement.name.text))
			problems.push(`${statement.name.text} is a plain function, not built by a wrapper`);
		if (ts.isExportDeclaration(statement)) {
			const clause = statement.exportClause;
			if (!clause) problems.push('`export *` could re-export a handler unchecked');
			else if (ts.isNamedExports(clause))
				for (const el of clause.elements) if (HANDLER_NAMES.has(el.name.text)) problems.push(`${el.name.text} is re-exported, not built by a wrapper`);
		}
		if (!ts.isVariableStatement(statement) || !hasExport(statement)) continue;
		for (const decl of statement.declarationList.declarations) {
			if (!ts.isIdentifier(decl.name) || !HANDLER_NAMES.has(decl.name.text)) continue;
			const name = decl.name.text;
			if (!decl.initializer) {
				problems.push(`${name} has no value`);
			} else if (name === 'actions') {
				const init = unwrap(decl.initializer);
				if (!ts.isObjectLiteralExpression(init)) {
					problems.push('actions is not an object literal of wrapped actions');
					continue;
				}
				for (const prop of init.properties) {
					const key = prop.name ? prop.name.getText(source) : '(spread)';
					if (!ts.isPropertyAssignment(prop) || !isWrapperCall(prop.initializer)) problems.push(`action ${key} is not built by a wrapper`);
				}
			} else if (!isWrapperCall(decl.initializer)) {
				problems.push(`${name} is not built by a wrapper`);
			}
		}
	}
	return problems;
}

function hasPermission(arg: ts.Expression | undefined): boolean {
	if (!arg) return false;
	const spec = unwrap(arg);
	if (!ts.isObjectLiteralExpression(spec)) return false;
	return spec.properties.some((p) => ts.isPropertyAssignment(p) && p.name.getText() === 'permission' && ts.isStringLiteral(unwrap(p.initializer)));
}

/** Every `socket.on(event, handler)` whose handler never calls `assertCan`. */
export function findUnguardedSocketHandlers(text: string, fileName: string): { events: string[]; unguarded: string[] } {
	const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
	const events: string[] = [];
	const unguarded: string[] = [];
	const callsAssertCan = (node: ts.Node): boolean =>
		(ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'assertCan') || (ts.forEachChild(node, callsAssertCan) ?? false);
	const visit = (node: ts.Node): void => {
		if (
			ts.isCallExpression(node) &&
			ts.isPropertyAccessExpression(node.expression) &&
			node.expression.name.text === 'on' &&
			ts.isIdentifier(node.expression.expression) &&
			node.expression.expression.text === 'socket'
		) {
			const [event, handler] = node.arguments;
			const name = event && ts.isStringLiteral(event) ? event.text : '(computed)';
			events.push(name);
			if (!handler || !(ts.isArrowFunction(handler) || ts.isFunctionExpression(handler)) || !callsAssertCan(handler.body)) unguarded.push(name);
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return { events, unguarded };
}
