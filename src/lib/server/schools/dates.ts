import { londonDate } from '../../domain/schools/academic-calendar';

/** A calendar date as Postgres `date` text (YYYY-MM-DD), as the date is in England. */
export function isoDate(d: Date): string {
	return londonDate(d);
}
