import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { db } from '@/db';
import { setFollowing } from '@/lib/follows/mutations';
import { markAllRead, setNotificationPreferences, stopBadgeNotifications } from '@/lib/notifications/mutations';
import { countUnread, getNotificationPreferences, listNotifications } from '@/lib/notifications/queries';
import { postComment } from '@/lib/comments/mutations';
import { deleteReview, saveReview } from '@/lib/reviews/mutations';
import { deleteAccount } from '@/lib/members/mutations';

import { createFilm, createReview, createUser } from '../support/factories';

const body = 'Quietly devastating, and funnier than you would think. '.repeat(12);

describe('the notification centre', () => {
  it('lists newest first, pages without repeats, and marks all as read', async () => {
    const member = await createUser();
    const followers = await Promise.all(Array.from({ length: 7 }, () => createUser()));
    for (const follower of followers) await setFollowing({ actor: follower, handle: member.handle, following: true });

    expect(await countUnread(member.id)).toBe(7);
    const first = await listNotifications(member.id, { limit: 4 });
    const second = await listNotifications(member.id, { limit: 4, after: first.nextCursor! });
    const actors = [...first.items, ...second.items].map((item) => item.actor?.handle);
    expect(actors).toEqual(followers.map((follower) => follower.handle).reverse());
    expect(second.nextCursor).toBeNull();
    expect(first.items.every((item) => item.kind === 'follow' && !item.read)).toBe(true);

    await markAllRead(member);
    expect(await countUnread(member.id)).toBe(0);
    expect((await listNotifications(member.id)).items.every((item) => item.read)).toBe(true);
  });

  it('honours opt-outs per kind, and "Stop badge notifications" in one step', async () => {
    const member = await createUser();
    await setNotificationPreferences(member, {
      notifyReplies: true,
      notifyMentions: true,
      notifyBadges: true,
      notifyMilestones: true,
      notifyFollows: false,
    });
    await setFollowing({ actor: await createUser(), handle: member.handle, following: true });
    expect(await countUnread(member.id)).toBe(0);

    await stopBadgeNotifications(member);
    expect(await getNotificationPreferences(member.id)).toMatchObject({
      notifyBadges: false,
      notifyFollows: false,
      notifyReplies: true,
    });
    await saveReview(member, (await createFilm()).slug, { title: 'Quiet', body, rating: 8, containsSpoilers: false });
    expect(await countUnread(member.id)).toBe(0);
    const [held] = await db.execute<{ n: number }>(sql`select count(*)::int as n from user_badges where user_id = ${member.id}`);
    expect(held!.n).toBeGreaterThan(0);
  });

  it('shows another member nothing of yours', async () => {
    const [member, stranger] = await Promise.all([createUser(), createUser()]);
    await setFollowing({ actor: stranger, handle: member.handle, following: true });
    expect((await listNotifications(stranger.id)).items).toEqual([]);
  });

  it('does not name a review that has since been deleted, or whose author left', async () => {
    const [reader, replier, author, leaver] = await Promise.all([
      createUser(),
      createUser(),
      createUser(),
      createUser({ passwordHash: null }),
    ]);
    const deleted = await createReview({ filmId: (await createFilm()).id, authorId: author.id, title: 'Soon withdrawn' });
    const orphaned = await createReview({ filmId: (await createFilm()).id, authorId: leaver.id, title: 'Left behind' });
    const kept = await createReview({ filmId: (await createFilm()).id, authorId: author.id, title: 'Still here' });
    for (const review of [deleted, orphaned, kept]) {
      const posted = await postComment(reader, { reviewId: review.id, body: 'Worth a second look.' });
      if (!posted.ok) throw new Error('could not comment');
      await postComment(replier, { reviewId: review.id, parentId: posted.comment.id, body: 'I will.' });
    }

    expect(await deleteReview(author, deleted.id)).toMatchObject({ ok: true });
    expect(await deleteAccount({ actor: leaver, confirmation: { handle: leaver.handle }, content: 'keep' })).toEqual({
      ok: true,
    });

    const items = (await listNotifications(reader.id)).items.filter((item) => item.kind === 'reply');
    expect(items.map((item) => [item.kind, item.review?.title ?? null])).toEqual([
      ['reply', 'Still here'],
      ['reply', null],
      ['reply', null],
    ]);
    expect(JSON.stringify(items)).not.toMatch(/Soon withdrawn|Left behind/);
  });
});
