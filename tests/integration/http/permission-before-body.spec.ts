// A form action checks its permission before it reads the body: someone who may not act
// gets the same refusal whatever they send, and never a form's validation errors (which
// would tell them what the form takes and which of their values would pass). Every action
// under src/routes is tried by every role with an empty form and with a form of wrong
// values; its permission is read from the route's syntax tree, so a new action is included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { actionNames, callAction, formBody, routeFile, routeFiles, visitorFor, type Outcome, type RouteFile, type Visitor } from '../support/routes';
import { CONSENT_KINDS } from '../../../src/lib/domain/agreements';
import { ALL_PERMISSIONS, mayHoldSomewhere, type Permission } from '../../../src/lib/domain/auth/permissions';

let t: TestDatabase;
let school: TestSchool;
let visitors: [string, Visitor][];

beforeAll(async () => {
	t = await openTestDatabase();
	school = await createTestSchool(t.db, 1);
	const [firstClass] = school.classes;
	const people = { pupil: firstClass.pupils[0]!, parent: firstClass.parent, teacher: firstClass.teacher, dsl: school.dsl, admin: school.admin };
	visitors = await Promise.all(Object.entries(people).map(async ([role, user]) => [role, await visitorFor(t.db, user.username)] as [string, Visitor]));
}, 60_000);
afterAll(() => t.close());

const isPermission = (text: string): text is Permission => (ALL_PERMISSIONS as string[]).includes(text);

/** Each action's permission, read from the route's syntax tree (a local helper that returns the wrapper included); 'public' for signed-out forms. */
function permissionsOf(route: RouteFile): Map<string, Permission | 'public'> {
	const file = path.join('src/routes', route.file);
	const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
	const helpers = new Map<string, ts.Node>();
	for (const s of source.statements) if (ts.isFunctionDeclaration(s) && s.name) helpers.set(s.name.text, s);
	const permissionIn = (node: ts.Node): Permission | null => {
		if (ts.isPropertyAssignment(node) && node.name.getText() === 'permission' && ts.isStringLiteral(node.initializer) && isPermission(node.initializer.text))
			return node.initializer.text;
		if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && helpers.has(node.expression.text)) {
			const found = permissionIn(helpers.get(node.expression.text)!);
			if (found) return found;
		}
		return ts.forEachChild(node, (child) => permissionIn(child) ?? undefined) ?? null;
	};
	const isPublic = (node: ts.Node): boolean =>
		(ts.isCallExpression(node) && ts.isIdentifier(node.expression) && ['publicAction', 'publicHandler'].includes(node.expression.text)) ||
		(ts.forEachChild(node, isPublic) ?? false);
	const found = new Map<string, Permission | 'public'>();
	const visit = (node: ts.Node) => {
		if (ts.isVariableDeclaration(node) && node.name.getText() === 'actions' && node.initializer) {
			let init: ts.Expression = node.initializer;
			while (ts.isSatisfiesExpression(init) || ts.isAsExpression(init)) init = init.expression;
			if (ts.isObjectLiteralExpression(init))
				for (const prop of init.properties) {
					const permission = permissionIn(prop) ?? (isPublic(prop) ? 'public' : null);
					if (prop.name && permission) found.set(prop.name.getText(), permission);
				}
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return found;
}

// Real ids of the school, so a path's class or pupil exists and the refusal is about the person.
function paramsFor(route: RouteFile): Record<string, string> {
	const ids: Record<string, string> = { classId: school.classes[1].id, pupilId: school.classes[1].pupils[0]!.id };
	return Object.fromEntries(route.params.map((p) => [p, ids[p] ?? '00000000-0000-4000-8000-000000000000']));
}

// Values no schema here accepts for an id, a date, a number or a choice.
const WRONG = formBody({ pupilId: 'x', classId: 'x', parentId: 'x', itemId: 'x', id: 'x', date: 'x', kind: 'x', minutes: 'x', version: 'x', code: 'x' });

function expectRefusedUnread(outcome: Outcome, where: string) {
	expect([where, outcome.status]).toEqual([where, 403]);
	expect(JSON.stringify(outcome.data), where).toMatch(/not allowed/i);
}

describe('the permission comes before the body', () => {
	it('refuses, with no validation error, every action to every role that holds its permission for nothing', async () => {
		let tried = 0;
		let mapped = 0;
		for (const route of routeFiles().filter((r) => r.kind === 'page')) {
			const names = await actionNames(route);
			if (!names.length) continue;
			const permissions = permissionsOf(route);
			for (const name of names) {
				const permission = permissions.get(name);
				expect(permission, `${route.file} ?/${name}: permission not found in its syntax tree`).toBeDefined();
				mapped++;
				if (permission === 'public') continue;
				for (const [role, visitor] of visitors) {
					if (mayHoldSomewhere(visitor.locals.actor!, permission!)) continue;
					const where = `${role} → ${route.file} ?/${name} (${permission})`;
					for (const body of [formBody({}), WRONG]) expectRefusedUnread(await callAction(route, name, visitor, { params: paramsFor(route), ...body }), where);
					tried++;
				}
			}
		}
		// Every action was found, and the sweep is not empty.
		expect(mapped).toBeGreaterThan(80);
		expect(tried).toBeGreaterThan(200);
	}, 300_000);

	it('a teacher posting wrong values to the head’s account forms is refused, not told what is wrong', async () => {
		const teacher = visitors.find(([role]) => role === 'teacher')![1];
		const accounts = routeFile('(staff)/staff/accounts/+page.server.ts');
		for (const name of await actionNames(accounts)) expectRefusedUnread(await callAction(accounts, name, teacher, WRONG), `teacher → accounts ?/${name}`);
	});

	it('a form that names its pupil is refused for a parent of another child, after the body, as before', async () => {
		const otherParent = await visitorFor(t.db, school.classes[1].parent.username);
		const outcome = await callAction(routeFile('(parent)/parent/agreements/+page.server.ts'), 'consent', otherParent, {
			...formBody({ pupilId: school.classes[0].pupils[0]!.id, kind: CONSENT_KINDS[0]!, decision: 'given' })
		});
		expect(outcome.status).toBe(403);
	});

	it('someone who may act still gets the form’s own errors', async () => {
		const admin = visitors.find(([role]) => role === 'admin')![1];
		const outcome = await callAction(routeFile('(staff)/staff/admin/+page.server.ts'), 'createClass', admin, formBody({}));
		expect(outcome.status).toBe(400);
		expect(JSON.stringify(outcome.data)).not.toMatch(/not allowed/i);
	});
});
