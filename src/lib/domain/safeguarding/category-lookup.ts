/**
 * Looking categories up by key or by audience and code.
 *
 * Rules owned here: the set of valid category keys, and which audience each belongs to.
 */
import type { CategoryAudience, CategoryKey, InfringementCategory } from './categories';
import { PUPIL_CATEGORIES, STAFF_CATEGORIES } from './categories-data';

export const ALL_CATEGORIES: readonly InfringementCategory[] = [...PUPIL_CATEGORIES, ...STAFF_CATEGORIES];

const BY_KEY: ReadonlyMap<string, InfringementCategory> = new Map(ALL_CATEGORIES.map((c) => [c.key, c]));

export const CATEGORY_KEYS: readonly CategoryKey[] = ALL_CATEGORIES.map((c) => c.key);

export function isCategoryKey(value: unknown): value is CategoryKey {
	return typeof value === 'string' && BY_KEY.has(value);
}

export function getCategory(key: CategoryKey): InfringementCategory {
	const found = BY_KEY.get(key);
	if (found === undefined) throw new RangeError(`Unknown infringement category: ${key}`);
	return found;
}

export function findCategory(audience: CategoryAudience, code: string): InfringementCategory | null {
	return BY_KEY.get(`${audience}-${code}`) ?? null;
}

export function categoriesFor(audience: CategoryAudience): readonly InfringementCategory[] {
	return audience === 'pupil' ? PUPIL_CATEGORIES : STAFF_CATEGORIES;
}
