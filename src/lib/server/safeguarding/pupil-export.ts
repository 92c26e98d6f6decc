// A pupil's data as a ZIP (subject access): one JSON file per area and a README that says
// what each holds. Built in memory with fflate (no native code, no dependencies, and the
// archive for one pupil is small). The export is audited with who asked and what was in it.
import { strToU8, zipSync } from 'fflate';
import type { Executor } from '../db';
import type { Actor } from '../../domain/auth/permissions';
import { assertCan } from '../auth/authorize';
import { pupilResource } from '../auth/resources';
import { recordAudit } from '../audit/record';
import { NotFoundError } from '../errors';
import { and, eq, ne } from 'drizzle-orm';
import { users } from '../db/schema';
import { otherPupilsPattern, redactOtherPupils, type PupilIdentity } from '../../domain/safeguarding/redact-others';
import { gatherPupilRecords } from './pupil-records';
import { hidesRecordsAboutHead } from '../../domain/safeguarding/head-allegations';

const README = (name: string, at: Date, areas: string[]): string =>
	[
		`Data held about ${name}, exported ${at.toISOString()}.`,
		'',
		'Each file is JSON (open it in any text editor). Times are in UTC.',
		'',
		...areas.map((a) => `- ${a}.json`),
		'',
		"Other children are never named here: wherever another pupil's name, username or id",
		'appeared (an incident about several pupils, a note, a message) it reads "another pupil".',
		'Messages a pupil wrote that the screen stopped',
		'are in blocked-attempts.json. Incident records and safeguarding concerns appear only where the school decided',
		"sharing them is safe; evidence is limited to the pupil's own words, with its SHA-256 seal.",
		'Photos are listed in work.json; ask the school for copies of the image files.',
		''
	].join('\r\n');

export interface PupilExport {
	filename: string;
	bytes: Uint8Array;
}

export async function exportPupil(db: Executor, actor: Actor, pupilId: string, options: { includeIncidents: boolean }, now = new Date()): Promise<PupilExport> {
	const resource = await pupilResource(db, pupilId);
	if (!resource) throw new NotFoundError('That pupil does not exist.');
	assertCan(actor, 'pupil.export', resource);
	// The head's export leaves out any allegation about the head (head-allegations.ts).
	const gathered = await gatherPupilRecords(db, actor.schoolId, pupilId, options.includeIncidents, !hidesRecordsAboutHead(actor.role));
	const profile = gathered.profile as PupilIdentity;
	// Every other pupil of the school (leavers too) is taken out of every text in the copy.
	const records = redactOtherPupils(gathered, otherPupilsPattern(profile, await otherPupils(db, actor.schoolId, pupilId)));
	const files: Record<string, Uint8Array> = {};
	for (const [area, value] of Object.entries(records)) files[`${area}.json`] = strToU8(JSON.stringify(value, null, 2));
	files['README.txt'] = strToU8(README(`${profile.firstName} ${profile.surname}`, now, Object.keys(records)));
	const bytes = zipSync(files, { level: 6, mtime: now });
	await recordAudit(db, {
		schoolId: actor.schoolId,
		actorId: actor.userId,
		action: 'pupil.exported',
		targetType: 'pupil',
		targetId: pupilId,
		details: { areas: Object.keys(records), includeIncidents: options.includeIncidents, bytes: bytes.length }
	});
	// Named by date and id, never by the child's name (files are never named after a child).
	return { filename: `pupil-export-${now.toISOString().slice(0, 10)}-${pupilId.slice(0, 8)}.zip`, bytes };
}

function otherPupils(db: Executor, schoolId: string, pupilId: string): Promise<PupilIdentity[]> {
	return db
		.select({ id: users.id, username: users.username, firstName: users.firstName, surname: users.surname })
		.from(users)
		.where(and(eq(users.schoolId, schoolId), eq(users.role, 'pupil'), ne(users.id, pupilId)));
}
