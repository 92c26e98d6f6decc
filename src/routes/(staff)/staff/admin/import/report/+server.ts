// The dry run as a CSV download (formulas from the file escaped by the shared writer).
import { getDb } from '$lib/server/db';
import { endpoint } from '$lib/server/http/handlers';
import { readFormBody } from '$lib/server/http/forms';
import { previewImport } from '$lib/server/schools/import/roster-import';
import { decodePayload } from '$lib/server/schools/import/upload';
import { planToCsv } from '$lib/domain/schools/import/report';
import { InputError } from '$lib/server/errors';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = endpoint({
	permission: 'school.manage',
	run: async ({ actor, event: { request } }) => {
		const form = await readFormBody(request);
		const payload = form?.get('payload');
		if (typeof payload !== 'string') throw new InputError('payload', 'Run the dry run first.');
		const preview = await previewImport(getDb(), actor, decodePayload(payload), new Date(), { removeMissingLinks: form?.get('removeMissingLinks') === 'yes' });
		return new Response(planToCsv(preview.plan), {
			headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="import-dry-run.csv"' }
		});
	}
});
