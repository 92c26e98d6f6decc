import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build' }),
		// Forms are checked against the Origin header; the socket handshake does the same (see realtime/).
		csrf: { trustedOrigins: [] }
	}
};

export default config;
