import { defineConfig } from '@playwright/test';

// End-to-end tests run the production build (server/index.ts) on a throwaway embedded
// database, seeded with the demo school, in Debian's Chromium.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DATA_DIR = process.env.E2E_DATA_DIR ?? `.test-data/e2e-${Date.now()}`;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 1,
	// One retry: the browser tests share one server and a two-core machine with every other
	// runner. A test that passes only on its retry is listed as flaky in the summary: treat it as
	// a bug to fix, not as a pass to forget.
	retries: 1,
	timeout: 30_000,
	reporter: [['list'], ['json', { outputFile: process.env.E2E_JSON ?? '.test-data/e2e-results.json' }]],
	use: {
		baseURL: `http://localhost:${PORT}`,
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	webServer: {
		command: `node --import tsx server/index.ts`,
		url: `http://localhost:${PORT}/healthz`,
		reuseExistingServer: false,
		timeout: 120_000,
		env: {
			PORT: String(PORT),
			DATA_DIR,
			HOST: '127.0.0.1',
			SMTP_URL: process.env.E2E_SMTP_URL ?? 'smtp://127.0.0.1:2526',
			SMTP_INBOUND_PORT: process.env.E2E_SMTP_INBOUND_PORT ?? '2527',
			SMTP_INBOUND_HOST: '127.0.0.1'
		}
	}
});
