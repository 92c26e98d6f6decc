// ESLint: TypeScript and Svelte rules, plus the project's one layering rule: pure domain code
// under src/lib/domain imports nothing from the server, the framework, the database or Node's
// I/O modules. Formatting is Prettier's job (eslint-config-prettier turns the overlap off).
import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'data/', '.test-data/', 'test-results/', 'playwright-report/', 'drizzle/', 'node_modules/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig } }
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
			// The app is served from the root, never under a base path, so resolve() would add nothing
			// to a plain '/staff/…' link; links are checked by the route tests instead.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		// The screen matches invisible, combining and control characters on purpose: that is
		// how it sees through disguised text.
		files: ['src/lib/domain/screening/**/*.ts'],
		rules: { 'no-misleading-character-class': 'off', 'no-control-regex': 'off' }
	},
	{
		files: ['src/lib/domain/**/*.ts'],
		ignores: ['src/lib/domain/**/*.spec.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['**/server/**', '../server/*', '../../server/*'], message: 'Domain code is pure: it must not import server code.' },
						{ group: ['$app/*', '@sveltejs/*', 'svelte', 'svelte/*'], message: 'Domain code is framework-free.' },
						{
							group: ['drizzle-orm', 'drizzle-orm/*', 'postgres', 'pg', '@electric-sql/*', 'socket.io', 'nodemailer', 'ioredis', 'redis'],
							message: 'Domain code does no I/O.'
						},
						{ group: ['node:fs', 'node:fs/*', 'fs', 'node:net', 'node:http', 'node:https', 'node:child_process'], message: 'Domain code does no I/O.' }
					]
				}
			]
		}
	}
);
