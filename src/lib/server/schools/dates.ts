/** A calendar date as Postgres `date` text (YYYY-MM-DD), in UTC. */
export function isoDate(d: Date): string {
	return d.toISOString().slice(0, 10);
}
