/**
 * Progress tracking, split by use case: tallying minutes and statuses
 * (tally.ts), a class grid (class-grid.ts), the school view (school-view.ts),
 * and the chart and a pupil's own view (pupil-views.ts).
 */
export * from './tally';
export * from './class-grid';
export * from './school-view';
export * from './pupil-views';
export * from './evidence';
