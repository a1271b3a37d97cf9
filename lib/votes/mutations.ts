import 'server-only';

import { sql } from 'drizzle-orm';

import { db, type Executor } from '@/db';
import { retryOnDeadlock } from '@/db/deadlock-retry';
import { upvoteCounterMoves, VOTE_TABLES } from '@/db/counters';
import { sendNotices } from '@/db/notices';
import { COUNT_SQL, LONG_READ_UPVOTES } from '@/lib/badges/counts';
import { isThreshold } from '@/lib/badges/ladders';
import { checkBadges, grantBadges } from '@/lib/badges/mutations';
import { notBanned } from '@/db/bans';

/**
 * Upvotes on reviews and comments. A vote moves `upvote_count` on what it is
 * on and the author's `users.upvotes_received` in the same statement as the
 * vote row, by the rows that statement actually inserted or deleted (0 or 1:
 * the primary key makes a second vote impossible), so a double submit or two
 * tabs never count twice. The counters' invariants, their other writers and
 * the lock order are written down in db/counters.ts, which holds the SQL;
 * tests/integration/votes-concurrency.test.ts proves no increment is lost,
 * with a naive read-then-write control that does lose votes. A review's hot
 * score follows its counter by trigger in the same statement (migration
 * 0004). The author's total that statement returns is what the badge check
 * reads, so exactly one vote crosses each threshold.
 */

/** A review's author hears when it reaches each of these upvote counts. */
export const UPVOTE_MILESTONES = [10, 50, 100, 250, 500, 1000, 2500, 5000, 10000] as const;

export type VoteTarget = 'review' | 'comment';

export type VoteOutcome =
  | { ok: true; upvoted: boolean; upvoteCount: number; authorId: string | null }
  | { ok: false; reason: 'not-found' | 'own' | 'not-allowed' };

export interface SetUpvoteInput {
  actor: { id: string };
  target: VoteTarget;
  targetId: number;
  /** The state the member asked for: pressing twice is asking for the same state twice, which changes nothing. */
  upvoted: boolean;
}

/** What a member may still vote on: a published review, a comment not deleted. */
const VISIBLE = {
  review: sql.raw(`status = 'published'`),
  comment: sql.raw('deleted_at is null'),
} as const;

/** Upvotes or withdraws an upvote, as `actor`. Refuses votes on one's own work and from banned or deleted members. */
export async function setUpvote(input: SetUpvoteInput, executor: Executor = db): Promise<VoteOutcome> {
  const { actor, target, targetId, upvoted } = input;
  const t = { ...VOTE_TABLES[target], visible: VISIBLE[target] };

  const vote = (): Promise<VoteOutcome> =>
    executor.transaction(async (tx) => {
      // One statement: who may vote, the vote row, the counter and the author's
      // total move together, by the rows actually changed (none when the vote
      // is already in that state or refused). Every part of it reads the same
      // snapshot, so the voter's given count below is the one before this vote.
      const change = upvoted
        ? sql`insert into ${t.votes} (user_id, ${t.key}) select ${actor.id}, ${targetId} from allowed on conflict do nothing returning 1`
        : sql`delete from ${t.votes} where user_id = ${actor.id} and ${t.key} = ${targetId} and exists (select 1 from allowed) returning 1`;
      const [row] = await tx.execute<{
        found: boolean;
        author_id: string | null;
        voter_ok: boolean;
        moved: boolean;
        upvote_count: number;
        author_received: number | null;
        given_before: number;
      }>(sql`
      with target as (select author_id, upvote_count from ${t.targets} where id = ${targetId} and ${t.visible}),
      voter as (select exists (select 1 from users where id = ${actor.id} and ${notBanned()} and deleted_at is null) as ok),
      allowed as (select 1 from target, voter where voter.ok and target.author_id is distinct from ${actor.id}::uuid),
      changed as (${change}),
      ${upvoteCounterMoves(target, targetId, upvoted ? 1 : -1)}
      select exists (select 1 from target) as found,
             (select author_id from target) as author_id,
             (select ok from voter) as voter_ok,
             exists (select 1 from counted) as moved,
             coalesce((select upvote_count from counted), (select upvote_count from target), 0) as upvote_count,
             (select upvotes_received from author) as author_received,
             case when ${upvoted} and exists (select 1 from counted)
               then ${COUNT_SQL['upvotes-given'](sql`${actor.id}::uuid`)}::int else 0 end as given_before`);

      if (!row?.found) return { ok: false, reason: 'not-found' };
      if (row.author_id === actor.id) return { ok: false, reason: 'own' };
      if (!row.voter_ok) return { ok: false, reason: 'not-allowed' };
      // Nothing changed (the vote was already in that state): the counter as it stands.
      if (!row.moved) return { ok: true, upvoted, upvoteCount: row.upvote_count, authorId: row.author_id };

      // Badges are only ever gained, and these counts move one at a time, so a
      // tier can only be earned by the upvote that lands exactly on it: every
      // other vote skips the badge work (the hot path stays one statement).
      if (upvoted) {
        const authorId = row.author_id;
        if (authorId && row.author_received !== null && isThreshold('upvotes-received', row.author_received)) {
          await grantBadges(tx, authorId, { 'upvotes-received': row.author_received });
        }
        if (authorId && target === 'review') {
          // An edit can also make a long read; lib/reviews/mutations.ts checks then.
          if (row.upvote_count === LONG_READ_UPVOTES) await checkBadges(tx, authorId, ['long-reads']);
          await noticeMilestone(tx, authorId, targetId, row.upvote_count);
        }
        // This vote's own row is not in the statement's snapshot: it is the one more.
        const given = row.given_before + 1;
        if (isThreshold('upvotes-given', given)) await grantBadges(tx, actor.id, { 'upvotes-given': given });
      }
      return { ok: true, upvoted, upvoteCount: row.upvote_count, authorId: row.author_id };
    });
  return executor === db ? retryOnDeadlock(vote) : vote();
}

/**
 * Tells a review's author it reached an upvote milestone, once per review and
 * milestone: withdrawing and giving the tenth upvote again says nothing new.
 */
async function noticeMilestone(executor: Executor, authorId: string, reviewId: number, upvoteCount: number) {
  if (!(UPVOTE_MILESTONES as readonly number[]).includes(upvoteCount)) return;
  const [told] = await executor.execute(sql`
    select 1 from notifications
     where review_id = ${reviewId} and kind = 'milestone' and payload ->> 'upvotes' = ${String(upvoteCount)}`);
  if (!told)
    await sendNotices(executor, [{ recipientId: authorId, kind: 'milestone', reviewId, payload: { upvotes: upvoteCount } }]);
}
