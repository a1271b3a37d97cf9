import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { db } from '@/db';
import { postComment } from '@/lib/comments/mutations';
import { MENTION_NOTICES_PER_COMMENT, MENTION_NOTICES_PER_RECIPIENT_PER_DAY } from '@/lib/comments/notify';

import { createFilm, createReview, createUser, unique } from '../support/factories';

async function reviewBy(authorId?: string) {
  const film = await createFilm();
  return createReview({ filmId: film.id, authorId: authorId ?? (await createUser()).id });
}

async function post(actor: { id: string }, reviewId: number, body: string, parentId?: number) {
  const result = await postComment(actor, { reviewId, parentId, body });
  if (!result.ok) throw new Error(`posting failed: ${result.reason}`);
  return result.comment;
}

/** Who was told what about one comment. */
async function noticesOf(commentId: number) {
  return db.execute<{ recipient_id: string; kind: string }>(sql`
    select recipient_id, kind from notifications where comment_id = ${commentId} order by id`);
}

async function mentionNoticesFor(recipientId: string) {
  const [row] = await db.execute<{ n: number }>(sql`
    select count(*)::int as n from notifications where recipient_id = ${recipientId} and kind = 'mention'`);
  return row!.n;
}

const members = (count: number) => Promise.all(Array.from({ length: count }, () => createUser()));

describe('mention notices', () => {
  it(`tell at most the first ${MENTION_NOTICES_PER_COMMENT} members a comment names, in the order named`, async () => {
    const [writer, named] = await Promise.all([createUser(), members(15)]);
    const review = await reviewBy(writer.id);
    // Handles that name nobody, and the writer's own, take no one's place.
    const body = [`@nobody-${unique()}`, `@${writer.handle}`, ...named.map((member) => `@${member.handle}`)].join(' ');
    const comment = await post(writer, review.id, body);

    const told = await noticesOf(comment.id);
    expect(told.every((notice) => notice.kind === 'mention')).toBe(true);
    expect(told.map((notice) => notice.recipient_id).sort()).toEqual(
      named
        .slice(0, MENTION_NOTICES_PER_COMMENT)
        .map((member) => member.id)
        .sort(),
    );
  });

  it('the member replied to is told of the reply, and takes no mention’s place', async () => {
    const [critic, alice, bob, named] = await Promise.all([
      createUser(),
      createUser(),
      createUser(),
      members(MENTION_NOTICES_PER_COMMENT),
    ]);
    const review = await reviewBy(critic.id);
    const top = await post(alice, review.id, 'A first thought.');
    const reply = await post(
      bob,
      review.id,
      [`@${alice.handle}`, ...named.map((member) => `@${member.handle}`)].join(' '),
      top.id,
    );

    const told = await noticesOf(reply.id);
    expect(told.filter((notice) => notice.kind === 'reply').map((notice) => notice.recipient_id)).toEqual([alice.id]);
    expect(told.filter((notice) => notice.kind === 'mention')).toHaveLength(MENTION_NOTICES_PER_COMMENT);
  });

  it(`tell one member at most ${MENTION_NOTICES_PER_RECIPIENT_PER_DAY} times a day, and again once the day has passed`, async () => {
    const [writer, carol] = await Promise.all([createUser(), createUser()]);
    const review = await reviewBy();
    for (let index = 0; index < MENTION_NOTICES_PER_RECIPIENT_PER_DAY + 5; index += 1) {
      await post(writer, review.id, `@${carol.handle} look at this, number ${index}`);
    }
    expect(await mentionNoticesFor(carol.id)).toBe(MENTION_NOTICES_PER_RECIPIENT_PER_DAY);

    await db.execute(sql`update notifications set created_at = now() - interval '25 hours' where recipient_id = ${carol.id}`);
    await post(writer, review.id, `@${carol.handle} and one more`);
    expect(await mentionNoticesFor(carol.id)).toBe(MENTION_NOTICES_PER_RECIPIENT_PER_DAY + 1);
  });
});
