import { getViewer } from '@/lib/auth/viewer';
import { exportMemberData } from '@/lib/members/queries';

/** "Download my data": the signed-in member's own data as a JSON file. */
export async function GET() {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: 'Sign in to download your data.' }, { status: 401 });
  const data = await exportMemberData(viewer);
  if (!data) return Response.json({ error: 'This account no longer exists.' }, { status: 404 });
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="verdict-${viewer.handle}.json"`,
      'cache-control': 'private, no-store',
    },
  });
}
