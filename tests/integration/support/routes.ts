// Calls the app's real route modules (loads, form actions, endpoints) the way SvelteKit
// does, with a real session's locals, and reports what the browser would get: a status,
// a redirect's location, the data or the failure. Whatever SvelteKit would turn into a
// 500 (any throw that is not `error()` or `redirect()`) comes back as status 500 with the
// error, so tests can assert that nothing crashes. Routes are found on the filesystem,
// so a new route is included automatically.
import { isActionFailure, isHttpError, isRedirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../src/lib/server/db';
import { users } from '../../../src/lib/server/db/schema';
import { createSession, generateSessionToken } from '../../../src/lib/server/auth/session';
import { loadActor } from '../../../src/lib/server/auth/actor';

type Module = Record<string, unknown>;
const MODULES = import.meta.glob<Module>('/src/routes/**/+{page.server,layout.server,server}.ts');

export interface RouteFile {
	/** e.g. `(staff)/staff/classes/[classId]/+page.server.ts` */
	file: string;
	/** the URL pattern, groups removed: `/staff/classes/[classId]` */
	pattern: string;
	/** the names of the path's parameters, in order */
	params: string[];
	kind: 'page' | 'layout' | 'endpoint';
	load(): Promise<Module>;
}

export function routeFiles(): RouteFile[] {
	return Object.entries(MODULES).map(([key, load]) => {
		const file = key.replace(/^\/src\/routes\//, '');
		const dir = file
			.split('/')
			.slice(0, -1)
			.filter((part) => !/^\(.*\)$/.test(part));
		const name = file.split('/').at(-1)!;
		return {
			file,
			pattern: `/${dir.join('/')}`,
			params: dir.filter((p) => p.startsWith('[')).map((p) => p.slice(1, -1)),
			kind: name.startsWith('+layout') ? 'layout' : name.startsWith('+server') ? 'endpoint' : 'page',
			load
		};
	});
}

export function routeFile(file: string): RouteFile {
	const found = routeFiles().find((r) => r.file === file);
	if (!found) throw new Error(`no route file ${file}`);
	return found;
}

export interface Visitor {
	locals: App.Locals;
	address: string;
}

/** A signed-in visitor with a real session row, as the authenticate hook would build it. */
export async function visitorFor(db: Database, username: string): Promise<Visitor> {
	const [user] = await db.select().from(users).where(eq(users.username, username));
	if (!user) throw new Error(`no user ${username}`);
	const session = await createSession(db, generateSessionToken(), user);
	const sessionUser = { id: user.id, schoolId: user.schoolId, username: user.username, role: user.role, firstName: user.firstName, surname: user.surname };
	return { locals: { user: sessionUser, session, actor: await loadActor(db, sessionUser), sessionEnded: null, secondStep: null }, address: '203.0.113.9' };
}

export const anonymous = (): Visitor => ({ locals: { user: null, session: null, actor: null, sessionEnded: null, secondStep: null }, address: '203.0.113.10' });

export interface Outcome {
	status: number;
	location?: string;
	data?: unknown;
	error?: unknown;
}

function pathFor(route: RouteFile, params: Record<string, string>): string {
	return route.pattern.replace(/\[(\w+)\]/g, (_m, name: string) => encodeURIComponent(params[name] ?? ''));
}

function eventFor(route: RouteFile, visitor: Visitor, params: Record<string, string>, request: Request) {
	const jar = new Map<string, string>();
	return {
		locals: visitor.locals,
		params,
		url: new URL(request.url),
		request,
		route: { id: route.file },
		getClientAddress: () => visitor.address,
		cookies: {
			get: (name: string) => jar.get(name),
			getAll: () => [...jar].map(([name, value]) => ({ name, value })),
			set: (name: string, value: string) => void jar.set(name, value),
			delete: (name: string) => void jar.delete(name),
			serialize: () => ''
		},
		setHeaders: () => {},
		depends: () => {},
		untrack: <T>(fn: () => T) => fn(),
		parent: async () => ({}),
		fetch,
		platform: undefined,
		isDataRequest: false,
		isSubRequest: false,
		isRemoteRequest: false
	};
}

async function settle(run: () => Promise<unknown>): Promise<Outcome> {
	try {
		const value = await run();
		if (isActionFailure(value)) return { status: value.status, data: value.data };
		if (value instanceof Response) return { status: value.status, data: value };
		return { status: 200, data: value };
	} catch (e) {
		if (isRedirect(e)) return { status: e.status, location: e.location };
		if (isHttpError(e)) return { status: e.status, data: e.body };
		return { status: 500, error: e };
	}
}

export interface Call {
	params?: Record<string, string>;
	search?: string;
	method?: string;
	body?: BodyInit | null;
	contentType?: string | null;
}

function requestFor(route: RouteFile, params: Record<string, string>, call: Call, suffix = ''): Request {
	const headers = new Headers();
	if (call.contentType) headers.set('content-type', call.contentType);
	const url = `http://school.test${pathFor(route, params)}${suffix}${call.search ?? ''}`;
	return new Request(url, { method: call.method ?? 'GET', headers, ...(call.body != null ? { body: call.body } : {}) });
}

/** Runs a page's or layout's load (GET). */
export async function callLoad(route: RouteFile, visitor: Visitor, call: Call = {}): Promise<Outcome> {
	const mod = await route.load();
	const load = mod.load as ((event: unknown) => unknown) | undefined;
	if (!load) return { status: 204 };
	const params = call.params ?? {};
	return settle(async () => load(eventFor(route, visitor, params, requestFor(route, params, call))));
}

/** Runs one form action with the given body. */
export async function callAction(route: RouteFile, name: string, visitor: Visitor, call: Call = {}): Promise<Outcome> {
	const actions = (await route.load()).actions as Record<string, (event: unknown) => unknown> | undefined;
	const action = actions?.[name];
	if (!action) throw new Error(`no action ${name} in ${route.file}`);
	const params = call.params ?? {};
	const suffix = name === 'default' ? '' : `?/${name}`;
	return settle(async () => action(eventFor(route, visitor, params, requestFor(route, params, { method: 'POST', ...call }, suffix))));
}

/** Runs an endpoint's handler for a method. */
export async function callEndpoint(route: RouteFile, method: string, visitor: Visitor, call: Call = {}): Promise<Outcome> {
	const handler = (await route.load())[method] as ((event: unknown) => unknown) | undefined;
	if (!handler) throw new Error(`no ${method} in ${route.file}`);
	const params = call.params ?? {};
	return settle(async () => handler(eventFor(route, visitor, params, requestFor(route, params, { method, ...call }))));
}

export async function actionNames(route: RouteFile): Promise<string[]> {
	return Object.keys(((await route.load()).actions as Record<string, unknown> | undefined) ?? {});
}

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** A urlencoded form body from fields (repeat a name by giving an array). */
export function formBody(fields: Record<string, string | string[]>): Call {
	const body = new URLSearchParams();
	for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(key, v);
	return { body: body.toString(), contentType: 'application/x-www-form-urlencoded' };
}
