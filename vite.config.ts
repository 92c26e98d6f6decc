import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { realtimeDevPlugin } from './src/lib/server/realtime/vite-plugin';

export default defineConfig({
	plugins: [sveltekit(), realtimeDevPlugin()],
	server: { port: 3000, strictPort: false },
	test: {
		include: ['src/**/*.spec.ts', 'tests/integration/**/*.spec.ts'],
		environment: 'node',
		testTimeout: 30_000,
		hookTimeout: 60_000,
		// A test that checks nothing fails: every test must make at least one assertion.
		expect: { requireAssertions: true }
	}
});
