import { unsubscribe } from '@/lib/notification-mail/mutations';
import { UNSUBSCRIBE_PROBLEMS, unsubscribeWording } from '@/lib/notification-mail/unsubscribe-text';

export const dynamic = 'force-dynamic';

const answer = (status: number, text: string) =>
  new Response(`${text}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });

/**
 * RFC 8058 one-click unsubscribe: a mail program that shows an "Unsubscribe"
 * button POSTs `List-Unsubscribe=One-Click` to the List-Unsubscribe address
 * of the mail, and the mail stops at once. The signed token in the address
 * is the only proof needed; a forged or expired one is answered in words.
 */
export async function POST(request: Request) {
  // The body is one short field; anything large is not a mail program's click.
  if (Number(request.headers.get('content-length') ?? 0) > 4096) return answer(413, 'This request is too large.');
  const form = await request.formData().catch(() => null);
  if (form?.get('List-Unsubscribe') !== 'One-Click') {
    return answer(400, 'Send List-Unsubscribe=One-Click in the body, or open the link in a browser to unsubscribe.');
  }
  const stopped = await unsubscribe(new URL(request.url).searchParams.get('token'));
  if (!stopped.ok) return answer(stopped.reason === 'expired' ? 410 : 400, UNSUBSCRIBE_PROBLEMS[stopped.reason]);
  return answer(200, unsubscribeWording(stopped.scope).done);
}

/** Someone opened the address itself: the page with the button, so a link scanner unsubscribes no one. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  return Response.redirect(new URL(`/unsubscribe${url.search}`, url), 303);
}
