// `npm run purge`: runs the retention purge now, for every school, on the database named
// by the environment (DATABASE_URL, or the embedded database in DATA_DIR), and prints what
// it removed and what it kept and why. The server also runs it daily.
import { closeDatabase, initDatabase } from '../src/lib/server/db';
import { purgeAllSchools } from '../src/lib/server/safeguarding/purge';

const handle = await initDatabase();
try {
	for (const result of await purgeAllSchools(handle.db)) {
		console.log(JSON.stringify(result));
	}
} finally {
	await closeDatabase();
}
