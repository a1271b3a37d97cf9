import 'server-only';

import { and, inArray, isNull, sql } from 'drizzle-orm';

import type { Transaction } from '@/db';
import { users, type NewNotification } from '@/db/schema';
import { mentionedHandles } from '@/lib/markdown/mentions';

/**
 * Tells people about a new comment, inside the comment's transaction so a
 * notice never points at a comment that was rolled back: a 'reply' to the
 * author of what was answered (the review's author for a top-level comment)
 * and a 'mention' to each existing, unbanned member named with @handle.
 * Nobody is told about their own words, and nobody gets both a reply and a
 * mention for one comment, and nobody who turned that kind of notice off in
 * settings. One INSERT for the whole batch.
 */
export async function notifyCommentPosted(
  tx: Transaction,
  {
    actorId,
    comment,
    body,
    repliedToAuthorId,
  }: { actorId: string; comment: { id: number; reviewId: number }; body: string; repliedToAuthorId: string | null },
) {
  const recipients = new Map<string, NewNotification['kind']>();
  if (repliedToAuthorId && repliedToAuthorId !== actorId) recipients.set(repliedToAuthorId, 'reply');

  const handles = mentionedHandles(body);
  if (handles.length > 0) {
    const mentioned = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(inArray(users.handle, handles), isNull(users.bannedAt)));
    for (const { id } of mentioned) if (id !== actorId && !recipients.has(id)) recipients.set(id, 'mention');
  }

  if (recipients.size === 0) return;
  const rows = [...recipients].map(([recipientId, kind]) => sql`(${recipientId}::uuid, ${kind}::notification_kind)`);
  await tx.execute(sql`
    insert into notifications (recipient_id, kind, actor_id, review_id, comment_id)
    select wanted.recipient_id, wanted.kind, ${actorId}, ${comment.reviewId}, ${comment.id}
      from (values ${sql.join(rows, sql`, `)}) as wanted (recipient_id, kind)
      join users on users.id = wanted.recipient_id
     where (wanted.kind = 'reply' and users.notify_replies) or (wanted.kind = 'mention' and users.notify_mentions)`);
}
