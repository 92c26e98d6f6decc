// `npm run db:seed`: creates the demo school (and the second school beside it) on the
// database named by DATABASE_URL, or the embedded one in DATA_DIR. Does nothing if the
// demo school is already there.
import { closeDatabase, initDatabase } from '../src/lib/server/db';
import { DEMO_PASSWORD, seedDemo } from '../src/lib/server/schools/demo-seed';

const handle = await initDatabase();
const seeded = await seedDemo(handle.db);
console.log(
	seeded ? `Demo school created (${handle.kind}). Every demo account uses the password ${DEMO_PASSWORD}.` : 'The demo school is already there; nothing changed.'
);
await closeDatabase();
