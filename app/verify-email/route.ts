import { verifyEmail } from '@/lib/verification/mutations';

/**
 * The link in a verification mail. Opening it is the verification (signed in
 * or not), so the link is spent here, in a route handler, and the browser is
 * sent on to a page that says what happened: that page can then be rendered,
 * reloaded or shared without doing anything twice.
 */
export async function GET(request: Request) {
  const result = await verifyEmail(new URL(request.url).searchParams.get('token'));
  const outcome = result.ok ? (result.change ? 'changed' : 'verified') : result.problem;
  return new Response(null, {
    status: 303,
    // Relative, so the browser stays on whatever origin it used.
    headers: { Location: `/verify-email/${outcome}`, 'Cache-Control': 'no-store' },
  });
}
