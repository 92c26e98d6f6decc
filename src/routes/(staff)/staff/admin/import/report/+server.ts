// The dry run as a CSV download (formulas from the file escaped by the shared writer).
import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { previewImport } from '$lib/server/schools/import/roster-import';
import { decodePayload } from '$lib/server/schools/import/upload';
import { planToCsv } from '$lib/domain/schools/import/report';
import { InputError } from '$lib/server/errors';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ locals, request }) => {
	const actor = guard(locals, 'school.manage');
	const form = await request.formData().catch(() => null);
	const payload = form?.get('payload');
	if (typeof payload !== 'string') error(400, 'Run the dry run first.');
	try {
		const preview = await previewImport(getDb(), actor, decodePayload(payload), new Date(), { removeMissingLinks: form?.get('removeMissingLinks') === 'yes' });
		return new Response(planToCsv(preview.plan), {
			headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="import-dry-run.csv"' }
		});
	} catch (e) {
		if (e instanceof InputError) error(400, e.message);
		throw e;
	}
};
