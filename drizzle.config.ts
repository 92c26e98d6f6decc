import { defineConfig } from 'drizzle-kit';

// Generation only needs the schema; the app applies migrations itself at start.
export default defineConfig({
	schema: './src/lib/server/db/schema/index.ts',
	out: './drizzle',
	dialect: 'postgresql',
	casing: 'snake_case'
});
