import 'server-only';

import { sql } from 'drizzle-orm';

import type { Transaction } from '@/db';
import type { NewNotification } from '@/db/schema';
import { mentionedHandles } from '@/lib/markdown/mentions';
import { sendNotices } from '@/db/notices';
import { notBanned } from '@/db/bans';

/**
 * How far one comment's mentions reach. Without a cap a 10,000-character
 * comment could name some 1,600 members and notify every one of them, and a
 * few such comments a day could bury anyone's notification centre.
 */
export const MENTION_NOTICES_PER_COMMENT = 10;
export const MENTION_NOTICES_PER_RECIPIENT_PER_DAY = 20;
/** Handles looked up per comment: a bound on the query, generous for handles that name nobody. */
const MENTION_LOOKUP_LIMIT = 50;

/**
 * Tells people about a new comment, inside the comment's transaction so a
 * notice never points at a comment that was rolled back: a 'reply' to the
 * author of what was answered (the review's author for a top-level comment)
 * and a 'mention' to each existing, unbanned member named with @handle.
 * Nobody is told about their own words, and nobody gets both a reply and a
 * mention for one comment; sendNotices keeps the rules every notice shares.
 *
 * Mentions notify the first MENTION_NOTICES_PER_COMMENT members named (in
 * the order written) who want mention notices or mail, and none of them past
 * MENTION_NOTICES_PER_RECIPIENT_PER_DAY mention notices in the last day; the
 * rest still render as links. Two comments posted at the same instant may
 * each see the other's notices uncounted, so a recipient can pass the daily
 * cap by the few that race: a bound, not an exact count.
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
  const named = mentionedHandles(body).slice(0, MENTION_LOOKUP_LIMIT);
  for (const id of await mentionRecipients(tx, named, [actorId, ...recipients.keys()])) recipients.set(id, 'mention');

  await sendNotices(
    tx,
    [...recipients].map(([recipientId, kind]) => ({
      recipientId,
      kind,
      actorId,
      reviewId: comment.reviewId,
      commentId: comment.id,
    })),
  );
}

/**
 * Who the named handles notify, in the order they were named: existing,
 * unbanned members who want mention notices or mail, have not had their day's share
 * and are not `excluded` (the writer, and whoever is told of a reply
 * instead), at most MENTION_NOTICES_PER_COMMENT of them.
 */
async function mentionRecipients(tx: Transaction, handles: string[], excluded: string[]): Promise<string[]> {
  if (handles.length === 0) return [];
  const rows = await tx.execute<{ id: string }>(sql`
    select u.id
      from unnest(${sql.param(handles)}::text[]) with ordinality as named (handle, position)
      join users u on u.handle = named.handle
     where ${notBanned('u')} and u.deleted_at is null
       and (u.notify_mentions
            or exists (select 1 from mail_preferences p where p.member_id = u.id and p.mentions <> 'off'))
       and u.id <> all(${sql.param(excluded)}::uuid[])
       and (select count(*) from notifications n
             where n.recipient_id = u.id and n.kind = 'mention' and n.created_at > now() - interval '1 day')
           < ${MENTION_NOTICES_PER_RECIPIENT_PER_DAY}
     order by named.position
     limit ${MENTION_NOTICES_PER_COMMENT}`);
  return rows.map((row) => row.id);
}
