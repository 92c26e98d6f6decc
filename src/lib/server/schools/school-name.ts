// The school's display name, for headings on printed reports.
import { eq } from 'drizzle-orm';
import type { Executor } from '../db';
import { schools } from '../db/schema';

export async function schoolName(db: Executor, schoolId: string): Promise<string> {
	const [row] = await db.select({ name: schools.name }).from(schools).where(eq(schools.id, schoolId));
	return row?.name ?? '';
}
