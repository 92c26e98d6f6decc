// Importing a roster: read the upload, compare it with the school (the dry run), and only
// on the admin's confirmation write it, in one transaction, if the school has not changed
// since the preview they saw. The same functions serve the admin page and `npm run import`.
import { createHash } from 'node:crypto';
import type { Database } from '../../db';
import type { Actor } from '../../../domain/auth/permissions';
import { decodeUpload } from '../../../domain/schools/import/decode';
import { readTable } from '../../../domain/schools/import/table';
import { csvMappingSchema, guessMapping, missingColumns, rosterFromMappedCsv, type CsvMapping } from '../../../domain/schools/import/csv-mapping';
import { ONEROSTER_FILES, rosterFromOneRoster } from '../../../domain/schools/import/oneroster';
import { planImport, type ImportPlan, type PlanOptions } from '../../../domain/schools/import/plan';
import type { RosterResult } from '../../../domain/schools/import/roster';
import { academicYearContaining } from '../../../domain/calendar';
import { assertCan, ownSchool } from '../../auth/authorize';
import { recordAudit } from '../../audit/record';
import { ConflictError, InputError } from '../../errors';
import { rosterYearOf } from '../academic-years';
import { loadExistingSchool } from './existing';
import { applyImportPlan, type AppliedImport } from './apply';

export type ImportSource =
	{ kind: 'csv'; bytes: Uint8Array; mapping: CsvMapping } | { kind: 'oneroster'; files: Record<string, Uint8Array>; orgSourcedId?: string };

export interface ImportPreview {
	plan: ImportPlan;
	/** Names the exact changes previewed; confirming with another fingerprint is refused. */
	fingerprint: string;
	encoding: string;
}

/** Reads the upload into a roster; a file that cannot be read at all throws an InputError. */
export function readSource(source: ImportSource, now = new Date()): { roster: RosterResult; encoding: string } {
	const year = academicYearContaining(now);
	if (source.kind === 'csv') {
		const decoded = decodeUpload(source.bytes, 'The file');
		if (!decoded.ok) throw new InputError('file', decoded.message);
		const table = readTable(decoded.text, 'The file');
		if (!table.ok) throw new InputError('file', table.message);
		const mapping = csvMappingSchema.safeParse(source.mapping);
		if (!mapping.success) throw new InputError('mapping', mapping.error.issues[0]!.message);
		const missing = missingColumns(mapping.data, table.columns);
		if (missing.length)
			throw new InputError(
				'mapping',
				`The file has no column called ${missing.map((m) => `"${m}"`).join(', ')}. Its columns are: ${table.columns.slice(0, 30).join(', ')}.`
			);
		return { roster: { ok: true, roster: rosterFromMappedCsv(table.lines, mapping.data, year.startYear) }, encoding: decoded.encoding };
	}
	const texts: Record<string, string> = {};
	const encodings = new Set<string>();
	for (const name of ONEROSTER_FILES) {
		const bytes = source.files[name];
		if (!bytes) continue;
		const decoded = decodeUpload(bytes, name);
		if (!decoded.ok) throw new InputError('file', decoded.message);
		texts[name] = decoded.text;
		encodings.add(decoded.encoding);
	}
	return { roster: rosterFromOneRoster(texts, { orgSourcedId: source.orgSourcedId, yearStartsOn: year.startsOn }), encoding: [...encodings].join(', ') };
}

async function planFor(db: Database, actor: Actor, source: ImportSource, now: Date, options: PlanOptions) {
	const { id: yearId, yearDate } = await rosterYearOf(db, actor.schoolId, now);
	const { roster, encoding } = readSource(source, yearDate);
	if (!roster.ok) throw new InputError('file', roster.message);
	const plan = planImport(roster.roster, await loadExistingSchool(db, actor.schoolId, yearId), options);
	if (plan.personWrites.length + plan.classWrites.length + plan.counts.leave === 0)
		throw new InputError(
			'file',
			'Nothing in this file could be imported. Check it is the right file and the column mapping is right; the lines below say why each was refused.'
		);
	return { plan, yearId, encoding };
}

const fingerprintOf = (plan: ImportPlan): string =>
	createHash('sha256')
		.update(JSON.stringify([plan.classWrites, plan.personWrites.map((w) => ({ ...w, person: { ...w.person, source: null } }))]))
		.digest('hex');

/** The dry run: what would change and why, with nothing written. */
export async function previewImport(db: Database, actor: Actor, source: ImportSource, now = new Date(), options: PlanOptions = {}): Promise<ImportPreview> {
	assertCan(actor, 'school.manage', ownSchool(actor));
	const { plan, encoding } = await planFor(db, actor, source, now, options);
	return { plan, fingerprint: fingerprintOf(plan), encoding };
}

export interface ConfirmedImport extends AppliedImport {
	counts: ImportPlan['counts'];
}

/** Writes the import the admin previewed, all or nothing. */
export async function confirmImport(
	db: Database,
	actor: Actor,
	source: ImportSource,
	fingerprint: string,
	now = new Date(),
	options: PlanOptions = {}
): Promise<ConfirmedImport> {
	assertCan(actor, 'school.manage', ownSchool(actor));
	return db.transaction(async (tx) => {
		const { id: yearId, yearDate } = await rosterYearOf(tx, actor.schoolId, now);
		const { roster } = readSource(source, yearDate);
		if (!roster.ok) throw new InputError('file', roster.message);
		const plan = planImport(roster.roster, await loadExistingSchool(tx, actor.schoolId, yearId), options);
		if (fingerprintOf(plan) !== fingerprint)
			throw new ConflictError('The school changed since this preview (someone else imported or edited it). Run the dry run again and check it.');
		const applied = await applyImportPlan(tx, actor.schoolId, yearId, plan);
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'school.roster_imported',
			targetType: 'school',
			targetId: actor.schoolId,
			details: { source: source.kind, removeMissingLinks: options.removeMissingLinks === true, ...plan.counts, ...applied }
		});
		return { ...applied, counts: plan.counts };
	});
}

export interface CsvColumns {
	columns: string[];
	/** The first lines, for the admin to see what each column holds while mapping. */
	sample: Record<string, string>[];
	guess: Partial<Record<keyof CsvMapping, string>>;
}

/** The mapping step: the file's columns, a few lines and a guessed mapping. */
export function readCsvColumns(actor: Actor, bytes: Uint8Array): CsvColumns {
	assertCan(actor, 'school.manage', ownSchool(actor));
	const decoded = decodeUpload(bytes, 'The file');
	if (!decoded.ok) throw new InputError('file', decoded.message);
	const table = readTable(decoded.text, 'The file');
	if (!table.ok) throw new InputError('file', table.message);
	return { columns: table.columns, sample: table.lines.slice(0, 3).map((l) => l.cells), guess: guessMapping(table.columns) };
}
