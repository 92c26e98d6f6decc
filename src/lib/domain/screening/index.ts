// Public entry to the screening domain: pure, framework-free, safe to import
// in the browser for a live hint while a child types.

export { createScreener, screenText, decideVerdict, isSafeguardingSignal, DEFAULT_CONTEXT } from './screen.js';
export { explainFinding, explainForTeacher, CHILDLINE } from './explanations.js';
export { severityOf } from './severity.js';
export { BLOCK_KINDS, HOLD_KINDS } from './types.js';
export type {
	BlockKind,
	Finding,
	FindingKind,
	HoldKind,
	RosterName,
	SafeguardingAlerts,
	Screener,
	ScreeningContext,
	ScreeningResult,
	Severity,
	Verdict
} from './types.js';
