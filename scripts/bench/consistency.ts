/**
 * After votes: do the counters equal the rows they count, and did they move
 * by exactly the votes the benchmark saw accepted? The invariants are
 * db/counters.ts's: reviews.upvote_count = its vote rows; the author's
 * users.upvotes_received = every vote row on their reviews and comments;
 * and reviews.hot_score follows the count (migration 0004's formula).
 */
import { sql } from 'drizzle-orm';

import type { Database } from '../../db/index';
import type { Check } from './report';
import type { VoterPool } from './voter-pool';

export type VoteCounters = {
  upvoteCount: number;
  authorReceived: number;
};

export async function readVoteCounters(db: Database, reviewId: number): Promise<VoteCounters> {
  const [row] = await db.execute<VoteCounters>(sql`
    select r.upvote_count as "upvoteCount", u.upvotes_received as "authorReceived"
      from reviews r join users u on u.id = r.author_id where r.id = ${reviewId}`);
  if (!row) throw new Error(`Review ${reviewId} has no author to count for`);
  return row;
}

/** Which of `memberIds` have their upvote on the review. */
export async function upvotedMemberIds(db: Database, reviewId: number, memberIds: string[]): Promise<Set<string>> {
  const rows = await db.execute<{ user_id: string }>(sql`
    select user_id from review_votes
     where review_id = ${reviewId}
       and user_id in (select jsonb_array_elements_text(${JSON.stringify(memberIds)}::jsonb)::uuid)`);
  return new Set(rows.map((row) => row.user_id));
}

const signed = (n: number) => (n >= 0 ? `+${n}` : String(n));

export async function checkVoteConsistency(
  db: Database,
  reviewId: number,
  before: VoteCounters,
  pool: VoterPool,
): Promise<Check[]> {
  const [row] = await db.execute<{
    stored: number;
    rows: number;
    hot: number;
    formula: number;
    received: number;
    receivedRows: number;
  }>(sql`
    select r.upvote_count as stored,
           (select count(*) from review_votes v where v.review_id = r.id)::int as rows,
           r.hot_score as hot,
           log(greatest(r.upvote_count, 1)::float8) + (extract(epoch from r.created_at)::float8 - 1704067200) / 45000 as formula,
           u.upvotes_received as received,
           ((select count(*) from review_votes v join reviews mine on mine.id = v.review_id where mine.author_id = u.id)
            + (select count(*) from comment_votes v join comments mine on mine.id = v.comment_id where mine.author_id = u.id))::int as "receivedRows"
      from reviews r join users u on u.id = r.author_id where r.id = ${reviewId}`);
  const now = row!;
  const expected = pool.expectedMovement();
  const { upvotes, withdrawals, unansweredApplied } = pool.tally;
  const unanswered = unansweredApplied.upvotes + unansweredApplied.withdrawals;
  const accounted = `${upvotes} upvotes − ${withdrawals} withdrawals${unanswered ? ` (+ ${unanswered} unanswered votes found applied)` : ''}`;
  const members = pool.voters.map((voter) => voter.member.id);
  const upvoted = await upvotedMemberIds(db, reviewId, members);
  const wrong = pool.voters.filter((voter) => upvoted.has(voter.member.id) !== voter.upvoted).length;

  return [
    { label: 'upvote_count = its vote rows', ok: now.stored === now.rows, detail: `${now.stored} stored, ${now.rows} rows` },
    {
      label: 'hot_score = the Hot formula',
      ok: now.hot === now.formula,
      detail: `${now.hot} stored, ${now.formula} by the formula`,
    },
    {
      label: "author's upvotes_received = votes on their writing",
      ok: now.received === now.receivedRows,
      detail: `${now.received} stored, ${now.receivedRows} rows`,
    },
    {
      label: 'upvote_count moved by the accepted votes',
      ok: now.stored - before.upvoteCount === expected,
      detail: `${before.upvoteCount} → ${now.stored} (${signed(now.stored - before.upvoteCount)}); accepted ${signed(expected)}: ${accounted}`,
    },
    {
      label: "author's upvotes_received moved with it",
      ok: now.received - before.authorReceived === expected,
      detail: `${before.authorReceived} → ${now.received} (${signed(now.received - before.authorReceived)})`,
    },
    {
      label: "each voter's upvote is there as its answers say",
      ok: wrong === 0,
      detail: `${members.length - wrong} of ${members.length} bench voters as expected`,
    },
  ];
}
