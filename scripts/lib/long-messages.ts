// The 500-character messages the screen's p99 is measured on: every seventh start in a set, its
// messages joined with spaces and cut at 500 characters. The benchmark and the profiler share
// this one definition so that the profiler looks at the same messages the README's p99 is taken on.

export function longMessages(texts: readonly string[], n: number): string[] {
	const out: string[] = [];
	for (let k = 0; out.length < n; k += 7) {
		let message = '';
		for (let j = k; message.length < 500; j += 1) message += texts[j % texts.length] + ' ';
		out.push(message.slice(0, 500));
	}
	return out;
}
