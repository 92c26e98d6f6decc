// Who is told: active accounts by role in one school, and the current teachers of a class.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../db';
import { users, type Role } from '../db/schema';

export async function activeUsersWithRole(db: Executor, schoolId: string, roles: Role[]): Promise<{ id: string; username: string }[]> {
	return db
		.select({ id: users.id, username: users.username })
		.from(users)
		.where(and(eq(users.schoolId, schoolId), inArray(users.role, roles), isNull(users.disabledAt)));
}
