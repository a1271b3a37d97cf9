import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { db } from '@/db';
import { backfillBadges } from '@/lib/badges/mutations';
import { saveReview } from '@/lib/reviews/mutations';
import { setUpvote } from '@/lib/votes/mutations';

import { createFilm, createUser } from '../support/factories';

const body = 'A film about a father and his daughter, and a prison that becomes a home. '.repeat(8);

async function badgesOf(memberId: string) {
  const rows = await db.execute<{ badge_key: string; tier: number }>(sql`
    select badge_key, tier from user_badges where user_id = ${memberId} order by badge_key, tier`);
  return rows.map((row) => `${row.badge_key}:${row.tier}`);
}

async function notices(memberId: string, kind: string) {
  return db.execute<{ payload: { badges?: { key: string; tier: number }[]; upvotes?: number } }>(sql`
    select payload from notifications where recipient_id = ${memberId} and kind = ${kind} order by id`);
}

describe('badges granted live', () => {
  it('a first review earns "Reviews published · 1" and "First verdict", with one notice listing both', async () => {
    const [film, member] = await Promise.all([createFilm(), createUser()]);
    await saveReview(member, film.slug, { title: 'First', body, rating: 8, containsSpoilers: false });
    expect(await badgesOf(member.id)).toEqual(['first-verdict:1', 'reviews-published:1']);
    const badgeNotices = await notices(member.id, 'badge');
    expect(badgeNotices).toHaveLength(1);
    expect(badgeNotices[0]!.payload.badges).toEqual(
      expect.arrayContaining([
        { key: 'first-verdict', tier: 1 },
        { key: 'reviews-published', tier: 1 },
      ]),
    );

    // The second reviewer of the same film is not first.
    const second = await createUser();
    await saveReview(second, film.slug, { title: 'Second', body, rating: 6, containsSpoilers: false });
    expect(await badgesOf(second.id)).toEqual(['reviews-published:1']);
  });

  it('reviewing an original and its remake earns "Remake critic"; five countries earn "Globetrotter · 5"', async () => {
    const member = await createUser();
    const original = await createFilm({ country: 'KR' });
    const remake = await createFilm({ country: 'TR', versionOfId: original.id });
    await saveReview(member, original.slug, { title: 'Original', body, rating: 8, containsSpoilers: false });
    await saveReview(member, remake.slug, { title: 'Remake', body, rating: 7, containsSpoilers: false });
    expect(await badgesOf(member.id)).toContain('remake-critic:1');
    for (const country of ['PH', 'ID', 'US']) {
      await saveReview(member, (await createFilm({ country })).slug, {
        title: country,
        body,
        rating: 7,
        containsSpoilers: false,
      });
    }
    expect(await badgesOf(member.id)).toEqual(
      expect.arrayContaining(['globetrotter:5', 'reviews-published:1', 'reviews-published:5', 'remake-critic:1']),
    );
  });

  it('opting out of badge notices stops the notice, never the badge', async () => {
    const [film, member] = await Promise.all([createFilm(), createUser({ notifyBadges: false })]);
    await saveReview(member, film.slug, { title: 'Quiet', body, rating: 8, containsSpoilers: false });
    expect(await badgesOf(member.id)).toContain('reviews-published:1');
    expect(await notices(member.id, 'badge')).toEqual([]);
  });
});

describe('150 members upvoting across the 100 threshold at once', () => {
  it('grants "Upvotes received · 100" exactly once, with exactly one notice, and a milestone notice once', async () => {
    const [film, author] = await Promise.all([createFilm(), createUser()]);
    const saved = await saveReview(author, film.slug, { title: 'Popular', body, rating: 9, containsSpoilers: false });
    if (!saved.ok) throw new Error('not saved');
    const voters = await Promise.all(Array.from({ length: 150 }, () => createUser()));
    await Promise.all(
      voters.map((voter) => setUpvote({ actor: voter, target: 'review', targetId: saved.reviewId, upvoted: true })),
    );

    const rows = await db.execute<{ tier: number; n: number }>(sql`
      select tier, count(*)::int as n from user_badges
       where user_id = ${author.id} and badge_key = 'upvotes-received' group by tier order by tier`);
    expect(rows).toEqual([10, 50, 100].map((tier) => ({ tier, n: 1 })));
    const granted = (await notices(author.id, 'badge')).flatMap((notice) => notice.payload.badges ?? []);
    expect(granted.filter((badge) => badge.key === 'upvotes-received')).toEqual([
      { key: 'upvotes-received', tier: 10 },
      { key: 'upvotes-received', tier: 50 },
      { key: 'upvotes-received', tier: 100 },
    ]);
    expect((await notices(author.id, 'milestone')).map((notice) => notice.payload.upvotes)).toEqual([10, 50, 100]);

    // Withdrawing below the threshold takes nothing away, and crossing it again grants nothing new.
    for (const voter of voters.slice(0, 60))
      await setUpvote({ actor: voter, target: 'review', targetId: saved.reviewId, upvoted: false });
    for (const voter of voters.slice(0, 60))
      await setUpvote({ actor: voter, target: 'review', targetId: saved.reviewId, upvoted: true });
    expect(await badgesOf(author.id)).toEqual(expect.arrayContaining(['upvotes-received:100']));
    expect((await notices(author.id, 'milestone')).map((notice) => notice.payload.upvotes)).toEqual([10, 50, 100]);
    // A member never notifies themselves.
    expect(await db.execute(sql`select 1 from notifications where recipient_id = actor_id`)).toEqual([]);
  });
});

describe('backfillBadges', () => {
  it('recomputes exactly what the live grants gave, on a generated dataset', async () => {
    const members = await Promise.all(Array.from({ length: 12 }, () => createUser()));
    const countries = ['KR', 'TR', 'PH', 'ID', 'US', 'FR', 'IN'];
    const originals = await Promise.all(countries.map((country) => createFilm({ country })));
    const remakes = await Promise.all(originals.slice(0, 3).map((film) => createFilm({ country: 'JP', versionOfId: film.id })));
    const films = [...originals, ...remakes];
    // A deterministic spread: member i reviews films i..i+k, and upvotes the reviews of others.
    const reviewIds: number[] = [];
    for (const [index, member] of members.entries()) {
      for (let k = 0; k <= index % films.length; k += 1) {
        const film = films[(index + k) % films.length]!;
        const saved = await saveReview(member, film.slug, {
          title: `${index}-${k}`,
          body,
          rating: 1 + ((index + k) % 10),
          containsSpoilers: false,
        });
        if (saved.ok) reviewIds.push(saved.reviewId);
      }
    }
    const fans = await Promise.all(Array.from({ length: 12 }, () => createUser()));
    for (const [index, fan] of fans.entries()) {
      for (const reviewId of reviewIds.filter((_, position) => (position + index) % 2 === 0)) {
        await setUpvote({ actor: fan, target: 'review', targetId: reviewId, upvoted: true });
      }
    }

    const everyone = [...members, ...fans];
    const live = await Promise.all(everyone.map((member) => badgesOf(member.id)));
    expect(live.flat().length).toBeGreaterThan(20);
    await db.execute(sql`delete from user_badges where user_id in ${sql.raw(`(${everyone.map((m) => `'${m.id}'`).join(',')})`)}`);
    await db.transaction((tx) => backfillBadges(tx));
    expect(await Promise.all(everyone.map((member) => badgesOf(member.id)))).toEqual(live);
  });
});

describe('badges and notices from comments', () => {
  it('a first comment earns "Comments posted · 1"; replies notify unless turned off; deleting an upvoted comment keeps totals exact', async () => {
    const { postComment, deleteComment } = await import('@/lib/comments/mutations');
    const { counterMismatches } = await import('../support/invariants');
    const [film, author, talker, quiet] = await Promise.all([
      createFilm(),
      createUser(),
      createUser(),
      createUser({ notifyReplies: false }),
    ]);
    const saved = await saveReview(author, film.slug, { title: 'Talk to me', body, rating: 8, containsSpoilers: false });
    if (!saved.ok) throw new Error('not saved');

    const posted = await postComment(talker, { reviewId: saved.reviewId, body: 'I loved the prison scenes.' });
    if (!posted.ok) throw new Error('not posted');
    expect(await badgesOf(talker.id)).toContain('comments-posted:1');
    expect((await notices(author.id, 'reply')).length).toBe(1);

    const quietReview = await saveReview(quiet, film.slug, { title: 'Shh', body, rating: 6, containsSpoilers: false });
    if (!quietReview.ok) throw new Error('not saved');
    await postComment(talker, { reviewId: quietReview.reviewId, body: 'Hello there.' });
    expect(await notices(quiet.id, 'reply')).toEqual([]);

    await setUpvote({ actor: author, target: 'comment', targetId: posted.comment.id, upvoted: true });
    await deleteComment(talker, posted.comment.id);
    expect(await counterMismatches()).toEqual([]);
  });
});
