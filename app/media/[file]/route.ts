import { parseMediaFile } from '@/lib/media/params';
import { readRendition } from '@/lib/media/queries';

const notFound = () =>
  new Response('Not found', {
    status: 404,
    headers: { 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8' },
  });

/**
 * Uploaded pictures (lib/media). A name is the hash of the bytes, so what it
 * names never changes and may be cached for a year; the ETag is that name.
 * Every instance reads the same rows, so any one can answer. A hidden
 * picture answers 404, and the 404 itself is never cached.
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = parseMediaFile((await params).file);
  if (!file) return notFound();
  const etag = `"${file.hash}${file.width === null ? '' : `-${file.width}`}"`;
  const rendition = await readRendition(file.hash, file.width);
  if (!rendition) return notFound();
  const headers = {
    'Cache-Control': 'public, max-age=31536000, immutable',
    ETag: etag,
    'Content-Type': rendition.contentType,
    'X-Content-Type-Options': 'nosniff',
    // Opened on its own, a picture is still never a document that runs anything.
    'Content-Security-Policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
  if (
    request.headers
      .get('if-none-match')
      ?.split(',')
      .some((tag) => tag.trim() === etag)
  ) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(new Uint8Array(rendition.bytes), {
    headers: { ...headers, 'Content-Length': String(rendition.bytes.length) },
  });
}
