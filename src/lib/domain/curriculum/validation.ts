/**
 * Pure validators for everything a person types into the curriculum feature,
 * split by use case: recording minutes (validate-records.ts), a school's own
 * lessons (validate-lesson.ts), and term dates and targets
 * (validate-terms.ts). Each returns every field's error at once, or the
 * clean value.
 */
export * from './validate-records';
export * from './validate-lesson';
export * from './validate-terms';
