// A person's name as staff pages show it ("Amira Khan"), built in SQL so a list reads it in
// the same query as the rows it names.
import { sql } from 'drizzle-orm';
import { users } from './schema';

export const userFullName = sql<string>`${users.firstName} || ' ' || ${users.surname}`;
