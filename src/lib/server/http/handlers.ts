// The one way a route answers. Every load, form action and endpoint is built by one of
// these wrappers: it checks the permission (with `assertCan`, the same rule as sockets and
// services), parses the form with its zod schema, runs one service call, and turns any
// service error into its status through the one mapper (service-errors.ts). Routes hold
// no try/catch. `tests/integration/guards-everywhere.spec.ts` fails if a handler is not
// built by a wrapper.
//
// A form action checks the permission before it reads the body, so someone who may not act
// learns nothing from the form's validation errors. Its resource comes either from the path
// (`resource`, checked in full first) or from the body (`resourceFromInput`: the body is read
// only once the actor holds the permission for something in their school, then checked in
// full against what the body names). The types give `resource` no input, so the order
// cannot be written the wrong way round.
import { error, fail, redirect, type RequestEvent, type ServerLoadEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import type { Actor, Permission, Resource } from '../../domain/auth/permissions';
import { assertCan, assertMayHoldSomewhere, ownSchool } from '../auth/authorize';
import { mapServiceError } from './service-errors';
import { parseForm, typedValues, type FormFailure } from './forms';

type MaybePromise<T> = T | Promise<T>;
type Locals = { actor: Actor | null };
type AnyEvent = { locals: Locals };

/** Who the check is about: the actor's own school when absent; null means "no such thing" (404). */
type ResourceOf<C> = (ctx: C) => MaybePromise<Resource | null>;

const NOT_FOUND = 'We could not find that.';

function signedIn(event: AnyEvent): Actor {
	if (!event.locals.actor) redirect(303, '/login');
	return event.locals.actor;
}

async function permitted<C extends { actor: Actor }>(ctx: C, permission: Permission, resource: ResourceOf<C> | undefined, notFound: string): Promise<Actor> {
	const target = resource ? await resource(ctx) : ownSchool(ctx.actor);
	if (!target) throw new NotFoundAnswer(notFound);
	return assertCan(ctx.actor, permission, target);
}

// A missing resource, said the same way as a service's NotFoundError.
class NotFoundAnswer extends Error {}

/** Runs `body`; a known service error becomes `error(status)` (loads and endpoints). */
async function answerOrError<T>(body: () => Promise<T>): Promise<T> {
	try {
		return await body();
	} catch (e) {
		if (e instanceof NotFoundAnswer) error(404, e.message);
		const mapped = mapServiceError(e);
		if (mapped) error(mapped.status === 401 ? 403 : mapped.status, mapped.message);
		throw e;
	}
}

export interface LoadSpec<E extends ServerLoadEvent, R> {
	permission: Permission;
	resource?: ResourceOf<{ event: NoInfer<E>; actor: Actor }>;
	notFound?: string;
	run: (ctx: { event: E; actor: Actor }) => MaybePromise<R>;
}

/** A guarded page or layout load. */
// The same bound SvelteKit puts on a load's output (its own type uses `any` here too).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function pageLoad<E extends ServerLoadEvent, R extends Record<string, any> | void>(spec: LoadSpec<E, R>): (event: E) => Promise<R> {
	return (event) =>
		answerOrError(async () => {
			const ctx = { event, actor: signedIn(event as unknown as AnyEvent) };
			const actor = await permitted(ctx, spec.permission, spec.resource, spec.notFound ?? NOT_FOUND);
			return spec.run({ event, actor });
		});
}

export interface EndpointSpec<E extends RequestEvent> {
	permission: Permission;
	resource?: ResourceOf<{ event: NoInfer<E>; actor: Actor }>;
	notFound?: string;
	run: (ctx: { event: E; actor: Actor }) => MaybePromise<Response>;
}

/** A guarded HTTP endpoint (+server.ts). */
export function endpoint<E extends RequestEvent>(spec: EndpointSpec<E>): (event: E) => Promise<Response> {
	return (event) =>
		answerOrError(async () => {
			const ctx = { event, actor: signedIn(event as unknown as AnyEvent) };
			const actor = await permitted(ctx, spec.permission, spec.resource, spec.notFound ?? NOT_FOUND);
			return spec.run({ event, actor });
		});
}

/** A form that is not plain text fields (photos): read by its own reader, failures shaped like parseForm's. */
export interface FormReader<T> {
	read(request: Request): Promise<{ ok: true; data: T; form: FormData } | { ok: false; failure: FormFailure }>;
}

type Input<S> = S extends z.ZodType ? z.infer<S> : S extends FormReader<infer T> ? T : Record<string, never>;

export interface ActionContext<E, S> {
	event: E;
	actor: Actor;
	input: Input<S>;
	form: FormData | null;
}

interface ActionSpecBase<E extends RequestEvent, S extends z.ZodType | FormReader<unknown> | undefined, R> {
	permission: Permission;
	notFound?: string;
	/** A zod schema for text fields, or a reader for forms with files. Without one the body is not read at all. */
	schema?: S;
	/** Fields read as lists (every value sent). */
	lists?: readonly string[];
	/** Longest text a field may hold, for forms that carry a whole document. */
	maxFieldLength?: number;
	/** Added to every failure, for pages with several forms. */
	formName?: string;
	run: (ctx: ActionContext<E, S>) => MaybePromise<R>;
}

/** The resource is known before the body is read (the path, or the actor's own school when absent): checked first, in full. */
interface PathResource<E extends RequestEvent> {
	resource?: ResourceOf<{ event: NoInfer<E>; actor: Actor }>;
	resourceFromInput?: never;
}

/** The body names the resource (a pupil chosen in the form): the body is read only if the actor may hold the permission at all. */
interface BodyResource<E extends RequestEvent, S> {
	resource?: never;
	resourceFromInput: ResourceOf<{ event: NoInfer<E>; actor: Actor; input: NoInfer<Input<S>> }>;
}

export type ActionSpec<E extends RequestEvent, S extends z.ZodType | FormReader<unknown> | undefined, R> = ActionSpecBase<E, S, R> &
	(PathResource<E> | BodyResource<E, S>);

/** Turns a known service error into the form's failure; rethrows anything else. */
function failFromError(e: unknown, form: FormData | null, formName?: string): FormFailure {
	const named = formName ? { formName } : {};
	if (e instanceof NotFoundAnswer) return fail(404, { errors: { form: e.message }, ...typedValues(form), ...named });
	const mapped = mapServiceError(e);
	if (!mapped) throw e;
	return fail(mapped.status, { errors: { [mapped.field]: mapped.message }, ...typedValues(form), ...named });
}

type BodyRead<S> = { ok: true; form: FormData | null; input: Input<S> } | { ok: false; failure: FormFailure };

async function readBody<E extends RequestEvent, S extends z.ZodType | FormReader<unknown> | undefined, R>(
	spec: ActionSpec<E, S, R>,
	request: Request
): Promise<BodyRead<S>> {
	if (!spec.schema) return { ok: true, form: null, input: {} as Input<S> };
	const parsed = 'read' in spec.schema ? await spec.schema.read(request) : await parseForm(request, spec.schema, spec.lists, spec.maxFieldLength);
	if (!parsed.ok)
		return { ok: false, failure: spec.formName ? fail(parsed.failure.status, { ...parsed.failure.data, formName: spec.formName }) : parsed.failure };
	return { ok: true, form: parsed.form, input: parsed.data as Input<S> };
}

/** A guarded form action: permission, then the body's schema, then one service call, one error mapping. */
export function formAction<E extends RequestEvent, S extends z.ZodType | FormReader<unknown> | undefined, R>(
	spec: ActionSpec<E, S, R>
): (event: E) => Promise<R | FormFailure> {
	const notFound = spec.notFound ?? NOT_FOUND;
	return async (event) => {
		const actor = signedIn(event as unknown as AnyEvent);
		// Before a byte of the body is read.
		let allowed: Actor;
		try {
			allowed = spec.resourceFromInput
				? assertMayHoldSomewhere(actor, spec.permission)
				: await permitted({ event, actor }, spec.permission, spec.resource, notFound);
		} catch (e) {
			return failFromError(e, null, spec.formName);
		}
		const body = await readBody(spec, event.request);
		if (!body.ok) return body.failure;
		const { form, input } = body;
		try {
			if (spec.resourceFromInput) allowed = await permitted({ event, actor, input }, spec.permission, spec.resourceFromInput, notFound);
			return await spec.run({ event, actor: allowed, input, form });
		} catch (e) {
			return failFromError(e, form, spec.formName);
		}
	};
}

export interface PublicActionSpec<E extends RequestEvent, S extends z.ZodType, R> {
	schema: S;
	run: (ctx: { event: E; input: z.infer<S>; form: FormData }) => MaybePromise<R>;
}

/**
 * A form action open to signed-out visitors (signing in, joining with a letter's code).
 * Only the pages listed as public in the guard-coverage test may use it.
 */
export function publicAction<E extends RequestEvent, S extends z.ZodType, R>(spec: PublicActionSpec<E, S, R>): (event: E) => Promise<R | FormFailure> {
	return async (event) => {
		const parsed = await parseForm(event.request, spec.schema);
		if (!parsed.ok) return parsed.failure;
		try {
			return await spec.run({ event, input: parsed.data, form: parsed.form });
		} catch (e) {
			return failFromError(e, parsed.form);
		}
	};
}

/** A load or endpoint open to signed-out visitors; only public pages may use it. */
export function publicHandler<E extends RequestEvent, R>(run: (event: E) => MaybePromise<R>): (event: E) => Promise<R> {
	return (event) => answerOrError(async () => run(event));
}
