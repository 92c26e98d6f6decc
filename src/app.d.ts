// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Actor } from '$lib/domain/auth/permissions';
import type { PendingSecondStep, SessionRecord, SessionUser } from '$lib/server/auth/session';

declare global {
	namespace App {
		interface Locals {
			user: SessionUser | null;
			session: SessionRecord | null;
			actor: Actor | null;
			/** Why a session that came with the request was ended, to tell the user on the login page. */
			sessionEnded: 'idle-locked' | 'expired' | null;
			/** A right password whose second step (a code, or setting two-step up) is still owed. */
			secondStep: PendingSecondStep | null;
		}
		interface Error {
			message: string;
			errorId?: string;
		}
	}
}
export {};
