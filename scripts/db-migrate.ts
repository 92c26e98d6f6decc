// `npm run db:migrate`: applies the migrations in drizzle/ to the database named by
// DATABASE_URL (or the embedded one in DATA_DIR) and stops. The app also does this at start.
import { closeDatabase, initDatabase } from '../src/lib/server/db';

const handle = await initDatabase();
console.log(`Migrations applied (${handle.kind}).`);
await closeDatabase();
