// Signing out ends the session in the database and then drops its sockets on every
// process, so nothing live reaches a browser that has signed out.
import type { Database } from '../db';
import { recordAudit } from '../audit/record';
import { invalidateSession, type SessionRecord, type SessionUser } from './session';
import { disconnectSessions } from '../realtime/session-sockets';

export async function signOut(db: Database, session: Pick<SessionRecord, 'id'>, user: Pick<SessionUser, 'id' | 'schoolId'>): Promise<void> {
	await db.transaction(async (tx) => {
		await invalidateSession(tx, session.id);
		await recordAudit(tx, { schoolId: user.schoolId, actorId: user.id, action: 'auth.logout' });
	});
	disconnectSessions([session.id], 'signed-out');
}
