// A child process that reproduces postgres.js's null-socket crash (porsager/postgres#1208):
// a reserved connection whose backend is terminated, then used twice. Unpatched, the
// second query throws from a timer and the process dies; patched, both queries reject
// and the process carries on. Prints SURVIVED when it did.
import postgres from 'postgres';

const url = process.env.DATABASE_URL!;
const sql = postgres(url, { max: 2, onnotice: () => {} });
const killer = postgres(url, { max: 1, onnotice: () => {} });
const reserved = await sql.reserve();
const [row] = await reserved<{ pid: number }[]>`select pg_backend_pid() as pid`;
await killer`select pg_terminate_backend(${row!.pid})`;
const outcomes: string[] = [];
for (let i = 0; i < 2; i++) {
	outcomes.push(
		await Promise.race([
			reserved`select 1`.then(
				() => 'answered',
				(e: { code?: string }) => `rejected:${e.code ?? 'error'}`
			),
			new Promise<string>((r) => setTimeout(() => r('waiting'), 2000))
		])
	);
}
// The pool itself still answers after the fault.
await sql`select 1`;
console.log(`SURVIVED ${outcomes.join(',')}`);
await Promise.all([sql.end({ timeout: 1 }), killer.end({ timeout: 1 })]);
process.exit(0);
