/**
 * Categories of online-safety infringement, as schools' e-safety policies grade them.
 *
 * Rules owned here:
 * - pupil infringements run from A (minor, first time) to D (serious or repeated
 *   after a warning); staff infringements are A (misconduct) and B (gross misconduct);
 * - each level names the people it is usually referred to and the actions that
 *   typically follow; the final choice always rests with the school's leaders,
 *   so these are defaults to offer, not a rulebook to enforce;
 * - descriptions and examples are the project's own words for the facts the
 *   policies record.
 */

export type CategoryAudience = 'pupil' | 'staff';
export type PupilCategoryCode = 'A' | 'B' | 'C' | 'D';
export type StaffCategoryCode = 'A' | 'B';
export type CategoryKey = `pupil-${PupilCategoryCode}` | `staff-${StaffCategoryCode}`;

/** What a school may do in response; a closed list so reports can count them. */
export type ResponseAction =
	| 'refer-class-teacher'
	| 'refer-esafety-officer'
	| 'refer-senior-leader'
	| 'refer-headteacher'
	| 'refer-line-manager'
	| 'refer-governors'
	| 'give-warning'
	| 'remove-access-for-period'
	| 'remove-device-until-end-of-day'
	| 'remove-equipment'
	| 'inform-parents'
	| 'filter-site'
	| 'preserve-evidence'
	| 'inform-service-provider'
	| 'request-content-removal'
	| 'secure-equipment'
	| 'external-equipment-audit'
	| 'record-material-details'
	| 'report-local-authority'
	| 'report-human-resources'
	| 'report-police-ceop';

export const RESPONSE_ACTION_LABELS: Readonly<Record<ResponseAction, string>> = {
	'refer-class-teacher': 'Refer to the class teacher',
	'refer-esafety-officer': 'Refer to the e-safety officer (DSL)',
	'refer-senior-leader': 'Refer to a senior leader',
	'refer-headteacher': 'Refer to the headteacher',
	'refer-line-manager': 'Refer to the line manager',
	'refer-governors': 'Refer to the governors',
	'give-warning': 'Give a formal warning',
	'remove-access-for-period': 'Remove internet or messaging access for a period',
	'remove-device-until-end-of-day': 'Keep the phone or device until the end of the day',
	'remove-equipment': 'Withdraw school equipment',
	'inform-parents': 'Contact the parents or carers',
	'filter-site': 'Ask technical support to filter the site',
	'preserve-evidence': 'Secure and keep the evidence',
	'inform-service-provider': 'Tell the sender’s email or service provider',
	'request-content-removal': 'Ask the provider or poster to take the material down',
	'secure-equipment': 'Lock the computer away so nobody can use it',
	'external-equipment-audit': 'Have an outside agency audit the school’s ICT equipment',
	'record-material-details': 'Record exactly what the material is',
	'report-local-authority': 'Report to the local authority / safeguarding partnership',
	'report-human-resources': 'Report to personnel / HR',
	'report-police-ceop': 'Report to the police / CEOP (abuse or illegal activity suspected)'
};

export interface InfringementCategory {
	readonly key: CategoryKey;
	readonly audience: CategoryAudience;
	readonly code: PupilCategoryCode | StaffCategoryCode;
	readonly title: string;
	readonly description: string;
	readonly examples: readonly string[];
	/** Who it goes to and what usually happens first. */
	readonly typicalActions: readonly ResponseAction[];
	/** What the school may move on to if that is not enough. */
	readonly escalation: readonly ResponseAction[];
	/** Protective steps that apply whatever the sanction. */
	readonly safeguardingActions: readonly ResponseAction[];
}

// The data and lookup live in their own modules to keep each file short;
// callers import everything from here.
export { PUPIL_CATEGORIES, STAFF_CATEGORIES } from './categories-data';
export { ALL_CATEGORIES, CATEGORY_KEYS, categoriesFor, findCategory, getCategory, isCategoryKey } from './category-lookup';
