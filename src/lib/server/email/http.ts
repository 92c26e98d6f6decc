// Serving an attachment to the browser. Pictures show inline; anything else downloads.
// The sandbox policy and nosniff stop a file from ever running as a page of this site.
export function attachmentResponse(file: { filename: string; contentType: string; content: Buffer }): Response {
	const inline = file.contentType.startsWith('image/');
	return new Response(new Uint8Array(file.content), {
		headers: {
			'Content-Type': file.contentType,
			'Content-Length': String(file.content.length),
			'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
			'Content-Security-Policy': "sandbox; default-src 'none'",
			'X-Content-Type-Options': 'nosniff',
			'Cache-Control': 'private, no-store'
		}
	});
}
