import 'server-only';

import { and, inArray, isNull } from 'drizzle-orm';

import type { Transaction } from '@/db';
import { users, type NewNotification } from '@/db/schema';
import { mentionedHandles } from '@/lib/markdown/mentions';
import { sendNotices } from '@/lib/notifications/send';

/**
 * Tells people about a new comment, inside the comment's transaction so a
 * notice never points at a comment that was rolled back: a 'reply' to the
 * author of what was answered (the review's author for a top-level comment)
 * and a 'mention' to each existing, unbanned member named with @handle.
 * Nobody is told about their own words, and nobody gets both a reply and a
 * mention for one comment; sendNotices keeps the rules every notice shares.
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

  await sendNotices(
    tx,
    [...recipients].map(([recipientId, kind]) => ({ recipientId, kind, actorId, reviewId: comment.reviewId, commentId: comment.id })),
  );
}
