// Words the safeguarding pages show for the domain's codes, in one place.
import { ALL_CATEGORIES, RESPONSE_ACTION_LABELS } from '$lib/domain/safeguarding/categories';
import { PARENT_CONTACT_METHODS } from '$lib/domain/safeguarding/incident';

export const CATEGORY_OPTIONS = ALL_CATEGORIES.map((c) => ({
	key: c.key,
	label: `${c.audience === 'pupil' ? 'Pupil' : 'Staff'} ${c.code}: ${c.title}`,
	description: c.description
}));

export const categoryLabel = (key: string): string => CATEGORY_OPTIONS.find((c) => c.key === key)?.label ?? key;

export const ACTION_OPTIONS = [
	...Object.entries(RESPONSE_ACTION_LABELS).map(([value, label]) => ({ value, label })),
	{ value: 'other', label: 'Other (describe it)' }
];

export const actionLabel = (value: string): string => ACTION_OPTIONS.find((a) => a.value === value)?.label ?? value;

export const METHOD_LABELS: Record<string, string> = { 'in-person': 'In person', phone: 'Phone', letter: 'Letter', email: 'Email', meeting: 'Meeting' };
export const METHOD_OPTIONS = PARENT_CONTACT_METHODS.map((m) => ({ value: m, label: METHOD_LABELS[m] ?? m }));

export const STATUS_LABELS: Record<string, string> = { open: 'Open', 'under-review': 'Under review', 'signed-off': 'Signed off' };

export const when = (d: Date | string | null): string =>
	d === null ? '' : new Date(d).toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' });

/** Names people on a record by id; someone since erased or gone is still shown, without a name. */
export const namesFrom =
	(names: Record<string, string>) =>
	(id: string): string =>
		names[id] ?? 'Former member of the school';
