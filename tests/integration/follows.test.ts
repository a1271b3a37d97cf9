import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { db } from '@/db';
import { setFollowing } from '@/lib/follows/mutations';
import { getFollowCounts } from '@/lib/follows/queries';
import { isFollowing } from '@/lib/members/reader-queries';
import { listHomeFeed } from '@/lib/reviews/home-feed-queries';

import { createFilm, createReview, createUser } from '../support/factories';

const notices = async (recipientId: string) =>
  db.execute<{ kind: string; actor_id: string }>(
    sql`select kind, actor_id from notifications where recipient_id = ${recipientId} order by id`,
  );

describe('setFollowing', () => {
  it('follows once however often asked, tells the followed member once, and unfollows', async () => {
    const [reader, critic] = await Promise.all([createUser(), createUser()]);
    const follow = (following: boolean) => setFollowing({ actor: reader, handle: critic.handle, following });

    expect(await follow(true)).toEqual({ ok: true, following: true });
    expect(await follow(true)).toEqual({ ok: true, following: true });
    expect(await getFollowCounts(critic.id)).toEqual({ followers: 1, following: 0 });
    expect(await getFollowCounts(reader.id)).toEqual({ followers: 0, following: 1 });
    expect(await isFollowing(reader.id, { id: critic.id })).toBe(true);
    expect(await isFollowing(reader.id, { handle: critic.handle })).toBe(true);
    expect(await notices(critic.id)).toEqual([{ kind: 'follow', actor_id: reader.id }]);

    expect(await follow(false)).toEqual({ ok: true, following: false });
    expect(await follow(false)).toEqual({ ok: true, following: false });
    expect(await getFollowCounts(critic.id)).toEqual({ followers: 0, following: 0 });
    expect(await isFollowing(reader.id, { id: critic.id })).toBe(false);
  });

  it('tells the followed member once, however often they are unfollowed and followed again', async () => {
    const [reader, critic, another] = await Promise.all([createUser(), createUser(), createUser()]);
    for (const following of [true, false, true, false, true]) {
      expect(await setFollowing({ actor: reader, handle: critic.handle, following })).toEqual({ ok: true, following });
    }
    await setFollowing({ actor: another, handle: critic.handle, following: true });
    expect(await notices(critic.id)).toEqual([
      { kind: 'follow', actor_id: reader.id },
      { kind: 'follow', actor_id: another.id },
    ]);
    expect(await isFollowing(reader.id, { id: critic.id })).toBe(true);
  });

  it('refuses following yourself, and members who are gone', async () => {
    const [reader, banned, deleted] = await Promise.all([
      createUser(),
      createUser({ bannedAt: new Date() }),
      createUser({ deletedAt: new Date() }),
    ]);
    expect(await setFollowing({ actor: reader, handle: reader.handle, following: true })).toEqual({ ok: false, reason: 'self' });
    for (const gone of [banned, deleted]) {
      expect(await setFollowing({ actor: reader, handle: gone.handle, following: true })).toEqual({
        ok: false,
        reason: 'not-found',
      });
    }
    expect(await setFollowing({ actor: reader, handle: 'nobody-at-all', following: true })).toEqual({
      ok: false,
      reason: 'not-found',
    });
    expect(await notices(reader.id)).toEqual([]);
  });

  it('keeps one row per pair under concurrent follows', async () => {
    const [reader, critic] = await Promise.all([createUser(), createUser()]);
    await Promise.all(Array.from({ length: 10 }, () => setFollowing({ actor: reader, handle: critic.handle, following: true })));
    expect(await getFollowCounts(critic.id)).toEqual({ followers: 1, following: 0 });
    expect(await notices(critic.id)).toHaveLength(1);
  });
});

describe('the Following feed', () => {
  it('shows only reviews by the people the reader follows, newest first, page by page', async () => {
    const [reader, followed, other] = await Promise.all([createUser(), createUser(), createUser()]);
    const written: number[] = [];
    for (let index = 0; index < 5; index += 1) {
      const film = await createFilm();
      written.push(
        (await createReview({ filmId: film.id, authorId: followed.id, createdAt: new Date(Date.UTC(2025, 0, index + 1)) })).id,
      );
      await createReview({ filmId: film.id, authorId: other.id });
    }
    expect((await listHomeFeed({ sort: 'following', period: 'week' }, { viewerId: reader.id })).reviews).toEqual([]);

    await setFollowing({ actor: reader, handle: followed.handle, following: true });
    const first = await listHomeFeed({ sort: 'following', period: 'week' }, { viewerId: reader.id, limit: 3 });
    const second = await listHomeFeed(
      { sort: 'following', period: 'week', after: first.nextCursor! },
      { viewerId: reader.id, limit: 3 },
    );
    expect([...first.reviews, ...second.reviews].map((card) => card.id)).toEqual([...written].reverse());
    expect(second.nextCursor).toBeNull();
  });
});
