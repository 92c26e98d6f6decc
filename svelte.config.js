import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build' }),
		// Forms are checked against the Origin header; the socket handshake does the same (see realtime/).
		csrf: { trustedOrigins: [] },
		// Content-Security-Policy on every page. `auto` puts a fresh nonce on SvelteKit's own
		// inline start-up script for server-rendered pages (hashes if a page is ever
		// prerendered), so no other inline script runs. Styles keep 'unsafe-inline' because
		// app.html's wrapper and Svelte set style attributes; styles cannot run code.
		// connect-src 'self' covers the same-origin socket.io connection (ws/wss).
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
