// A nudge for the outbox worker: an approval wakes it at once instead of waiting for the
// next tick. Kept on globalThis because the SvelteKit bundle and the production entry
// each load their own copy of this module.
const KEY = Symbol.for('safe-classroom.email-outbox-kick');
type Holder = { kick?: () => void };
const holder: Holder = ((globalThis as Record<symbol, unknown>)[KEY] as Holder | undefined) ?? ((globalThis as Record<symbol, unknown>)[KEY] = {});

export function onOutboxKick(kick: (() => void) | undefined): void {
	holder.kick = kick;
}

/** Does nothing when no worker runs in this process (tests, scripts). */
export function kickOutbox(): void {
	holder.kick?.();
}
