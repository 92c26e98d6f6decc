// Attaches the same socket.io server to Vite's dev server. Modules are loaded through
// Vite's SSR graph so the dev socket server and the SvelteKit pages share one database.
import type { Plugin, ViteDevServer } from 'vite';
import type { Server as HttpServer } from 'node:http';

export function realtimeDevPlugin(): Plugin {
	return {
		name: 'safe-classroom-realtime',
		configureServer(server: ViteDevServer) {
			const http = server.httpServer as HttpServer | null;
			if (!http) return;
			http.once('listening', async () => {
				const startup = await server.ssrLoadModule('/src/lib/server/startup.ts');
				await startup.startApp();
				const realtime = await server.ssrLoadModule('/src/lib/server/realtime/server.ts');
				const config = await server.ssrLoadModule('/src/lib/server/config.ts');
				const settings = config.readConfig();
				await realtime.attachRealtime(http, { origins: settings.origins, adapter: settings.realtimeAdapter });
			});
		}
	};
}
