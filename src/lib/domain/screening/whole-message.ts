// A finding that spans the whole message: what the readings of a situation return, since the
// detail or the risk is in how the sentence goes together, not in one span of it. One module
// function, not an arrow made per message (under tsx each named arrow costs about a microsecond).

import type { WordView } from './normalise.js';
import type { FindingKind, RawFinding } from './types.js';

export function wholeMessage(view: WordView, kind: FindingKind, rule: string): RawFinding {
	return { kind, start: view.starts[0] ?? 0, end: view.ends[view.text.length - 1] ?? 0, rule };
}
