// Importing the roster: upload, map columns (CSV), dry run, confirm. Each step posts the
// file back as one payload field, so nothing is kept between steps and the confirm writes
// exactly what was previewed.
import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { confirmImport, previewImport, readCsvColumns, type ImportSource } from '$lib/server/schools/import/roster-import';
import { decodePayload, encodePayload, importForm, mappingFromForm, sourceFromUpload } from '$lib/server/schools/import/upload';
import { InputError } from '$lib/server/errors';
import { MAPPING_FIELDS } from '$lib/domain/schools/import/csv-mapping';
import { OUTCOME_WORDS } from '$lib/domain/schools/import/report';
import type { Actions, PageServerLoad } from './$types';

// The page lists at most this many lines; the CSV report holds them all.
const SHOWN_LINES = 1500;

export const load: PageServerLoad = pageLoad({
	permission: 'school.manage',
	run: () => ({ fields: MAPPING_FIELDS, outcomes: OUTCOME_WORDS })
});

// A refusal (InputError 400, ConflictError 409 when the school changed since the dry run)
// is answered by the wrapper's one mapper as the form's error.
/** The one import option: remove links of parents the file no longer lists (a ticked box). */
const optionsFrom = (form: FormData) => ({ removeMissingLinks: form.get('removeMissingLinks') === 'yes' });

export const actions: Actions = {
	read: formAction({
		permission: 'school.manage',
		schema: importForm,
		run: async ({ actor, input: form }) => {
			const payload = form.get('payload');
			let source: ImportSource = typeof payload === 'string' && payload ? decodePayload(payload) : await sourceFromUpload(form);
			if (source.kind === 'csv') {
				const mapping = mappingFromForm(form);
				if (!mapping)
					return {
						step: 'mapping' as const,
						payload: encodePayload(source),
						removeMissingLinks: optionsFrom(form).removeMissingLinks,
						...readCsvColumns(actor, source.bytes)
					};
				source = { ...source, mapping };
			}
			const options = optionsFrom(form);
			const preview = await previewImport(getDb(), actor, source, new Date(), options);
			// Lines left as they are only show when they say something (a parent kept though not in the file).
			const shown = preview.plan.lines.filter((l) => l.outcome !== 'leave' || l.notes.length > 0);
			return {
				step: 'preview' as const,
				payload: encodePayload(source),
				removeMissingLinks: options.removeMissingLinks,
				fingerprint: preview.fingerprint,
				encoding: preview.encoding,
				counts: preview.plan.counts,
				lines: shown.slice(0, SHOWN_LINES),
				hiddenLines: Math.max(0, shown.length - SHOWN_LINES)
			};
		}
	}),
	confirm: formAction({
		permission: 'school.manage',
		schema: importForm,
		run: async ({ actor, input: form }) => {
			const payload = form.get('payload');
			const fingerprint = form.get('fingerprint');
			if (typeof payload !== 'string' || typeof fingerprint !== 'string' || !/^[0-9a-f]{64}$/.test(fingerprint))
				throw new InputError('form', 'Run the dry run first, then confirm it.');
			const done = await confirmImport(getDb(), actor, decodePayload(payload), fingerprint, new Date(), optionsFrom(form));
			return { step: 'done' as const, done };
		}
	})
};
