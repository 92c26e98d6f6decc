/**
 * Public surface of the curriculum domain: pure rules for termly e-safety
 * lessons. Services and pages import from here, not from individual modules.
 */
export * from './types';
export * from './age-bands';
// Dates and academic years are the calendar's; the curriculum's surface passes them on.
export * from '../calendar/dates';
export { academicYearStartFor, academicYearBounds } from '../calendar/academic-year';
export * from './strands';
export * from './terms';
export * from './catalogue';
export * from './progress';
export * from './csv';
export * from './validation';
export * from './assignments';
export * from './pupil-names';
export * from './self-study';
export * from './lesson-activity';
export * from './planner';
