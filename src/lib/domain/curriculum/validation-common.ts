/**
 * Small helpers every curriculum validator shares, so each returns every
 * field's error at once in the same shape.
 */
import type { FieldErrors, ValidationResult } from './types';

export type Errors = Record<string, string>;

export function result<T>(errors: Errors, value: () => T): ValidationResult<T> {
	return Object.keys(errors).length > 0 ? { ok: false, errors: errors as FieldErrors } : { ok: true, value: value() };
}

export const isWholeNumberIn = (value: unknown, min: number, max: number): value is number =>
	typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

export const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
