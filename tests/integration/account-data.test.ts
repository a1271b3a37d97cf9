import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { db } from '@/db';
import { setFollowing } from '@/lib/follows/mutations';
import { saveReview } from '@/lib/reviews/mutations';
import { exportMemberData } from '@/lib/members/queries';
import { createMember, deleteAccount } from '@/lib/members/mutations';
import { getMemberProfile } from '@/lib/members/queries';
import { setUpvote } from '@/lib/votes/mutations';

import { insertComment } from '../support/comments';
import { createFilm, createReview, createUser, unique } from '../support/factories';
import { counterMismatches } from '../support/invariants';

const PASSWORD = 'a long enough password';
const body = (text: string) => `${text} `.repeat(60);

/** A member with a password, a review (edited once), a comment with a reply, upvotes given and a follow. */
async function activeMember() {
  const handle = `leaving-${unique()}`;
  const created = await createMember({ email: `${handle}@example.com`, password: PASSWORD, handle, displayName: 'Leaving Soon' });
  if (!created.ok) throw new Error('could not create the member');
  const member = { id: created.id, handle };
  const [film, otherAuthor, friend] = await Promise.all([createFilm(), createUser(), createUser()]);

  const saved = await saveReview(member, film.slug, {
    title: 'First words',
    body: body('Tender.'),
    rating: 8,
    containsSpoilers: false,
  });
  await saveReview(member, film.slug, { title: 'Second thoughts', body: body('Tender.'), rating: 7, containsSpoilers: false });
  if (!saved.ok) throw new Error('could not save the review');
  const othersReview = await createReview({ filmId: film.id, authorId: otherAuthor.id });
  const comment = await insertComment({ reviewId: othersReview.id, authorId: member.id, body: 'I disagree, kindly.' });
  const reply = await insertComment({ reviewId: othersReview.id, authorId: friend.id, body: 'Fair point.', parent: comment });
  const lonely = await insertComment({ reviewId: othersReview.id, authorId: member.id, body: 'One more thing.' });
  await setUpvote({ actor: member, target: 'review', targetId: othersReview.id, upvoted: true });
  await setUpvote({ actor: member, target: 'comment', targetId: reply.id, upvoted: true });
  await setUpvote({ actor: friend, target: 'review', targetId: saved.reviewId, upvoted: true });
  await setFollowing({ actor: member, handle: friend.handle, following: true });
  return { member, reviewId: saved.reviewId, othersReview, comment, reply, lonely, friend };
}

describe('exportMemberData', () => {
  it('contains everything the member wrote and did, and nothing of anyone else', async () => {
    const { member, reviewId, othersReview, comment, lonely, reply, friend } = await activeMember();
    const data = await exportMemberData(member);
    expect(data!.profile).toMatchObject({
      handle: member.handle,
      displayName: 'Leaving Soon',
      email: `${member.handle}@example.com`,
    });
    expect(data!.reviews).toHaveLength(1);
    expect(data!.reviews[0]).toMatchObject({ id: reviewId, title: 'Second thoughts', rating: 7 });
    expect((data!.reviews[0] as { revisions: { title: string }[] }).revisions.map((revision) => revision.title)).toEqual([
      'First words',
      'Second thoughts',
    ]);
    expect(data!.comments.map((row) => row.id)).toEqual([comment.id, lonely.id]);
    expect(data!.upvotes.reviews.map((row) => row.reviewId)).toEqual([othersReview.id]);
    expect(data!.upvotes.comments.map((row) => row.commentId)).toEqual([reply.id]);
    expect(data!.following.map((row) => row.handle)).toEqual([friend.handle]);
    // No password hash, and no one else's words.
    const text = JSON.stringify(data);
    expect(text).not.toMatch(/argon2|password/i);
    expect(text).not.toContain('Fair point.');
  });
});

describe('deleteAccount', () => {
  it('refuses a wrong password and changes nothing', async () => {
    const { member } = await activeMember();
    expect(await deleteAccount({ actor: member, confirmation: { password: 'not it' }, content: 'remove' })).toEqual({
      ok: false,
      reason: 'wrong-password',
    });
    expect(await getMemberProfile(member.handle)).not.toBeNull();
  });

  it('keeping content: the writing stays, signed "[deleted member]"; votes go and counters follow', async () => {
    const { member, reviewId, othersReview, comment } = await activeMember();
    expect(await deleteAccount({ actor: member, confirmation: { password: PASSWORD }, content: 'keep' })).toEqual({ ok: true });

    expect(await getMemberProfile(member.handle)).toBeNull();
    const [review] = await db.execute<{ display_name: string; status: string }>(sql`
      select u.display_name, r.status from reviews r join users u on u.id = r.author_id where r.id = ${reviewId}`);
    expect(review).toEqual({ display_name: '[deleted member]', status: 'published' });
    const [kept] = await db.execute<{ body: string; deleted_at: Date | null }>(
      sql`select body, deleted_at from comments where id = ${comment.id}`,
    );
    expect(kept).toEqual({ body: 'I disagree, kindly.', deleted_at: null });
    const [others] = await db.execute<{ upvote_count: number }>(
      sql`select upvote_count from reviews where id = ${othersReview.id}`,
    );
    expect(others!.upvote_count).toBe(0);
    const [row] = await db.execute<{ email: string | null; password_hash: string | null }>(sql`
      select email, password_hash from users where id = ${member.id}`);
    expect(row).toEqual({ email: null, password_hash: null });
    expect(await counterMismatches()).toEqual([]);
  });

  it('removing content: reviews go, a comment with replies stays "[deleted]", one without goes; counters exact', async () => {
    const { member, reviewId, othersReview, comment, reply, lonely } = await activeMember();
    expect(await deleteAccount({ actor: member, confirmation: { password: PASSWORD }, content: 'remove' })).toEqual({ ok: true });

    expect(await db.execute(sql`select id from reviews where id = ${reviewId}`)).toHaveLength(0);
    const remaining = await db.execute<{ id: number; body: string; author_id: string | null; deleted: boolean }>(sql`
      select id, body, author_id, deleted_at is not null as deleted from comments where review_id = ${othersReview.id} order by id`);
    expect(remaining).toEqual([
      { id: comment.id, body: '[deleted]', author_id: null, deleted: true },
      expect.objectContaining({ id: reply.id, deleted: false }),
    ]);
    expect(remaining.map((row) => row.id)).not.toContain(lonely.id);
    const [others] = await db.execute<{ upvote_count: number; comment_count: number }>(sql`
      select upvote_count, comment_count from reviews where id = ${othersReview.id}`);
    expect(others).toEqual({ upvote_count: 0, comment_count: 1 });
    expect(await counterMismatches()).toEqual([]);
  });

  it("removing content: other members' upvoted comments and replies under the reviews leave their totals exact", async () => {
    const { member, reviewId, friend } = await activeMember();
    const [critic, fan] = await Promise.all([createUser(), createUser()]);
    const top = await insertComment({ reviewId, authorId: critic.id, body: 'A sharp reading.' });
    const reply = await insertComment({ reviewId, authorId: fan.id, body: 'Agreed.', parent: top });
    await insertComment({ reviewId, authorId: member.id, body: 'Thank you both.', parent: reply });
    await setUpvote({ actor: fan, target: 'comment', targetId: top.id, upvoted: true });
    await setUpvote({ actor: friend, target: 'comment', targetId: top.id, upvoted: true });
    await setUpvote({ actor: critic, target: 'comment', targetId: reply.id, upvoted: true });
    await setUpvote({ actor: member, target: 'comment', targetId: reply.id, upvoted: true });
    const received = async (id: string) =>
      (await db.execute<{ n: number }>(sql`select upvotes_received as n from users where id = ${id}`))[0]!.n;
    expect([await received(critic.id), await received(fan.id)]).toEqual([2, 2]);

    expect(await deleteAccount({ actor: member, confirmation: { password: PASSWORD }, content: 'remove' })).toEqual({ ok: true });

    expect(await db.execute(sql`select id from comments where review_id = ${reviewId}`)).toHaveLength(0);
    expect([await received(critic.id), await received(fan.id)]).toEqual([0, 0]);
    expect(await counterMismatches()).toEqual([]);
  });
});

describe('deleteAccount without a password', () => {
  async function oauthMember() {
    const member = await createUser({ passwordHash: null });
    const film = await createFilm();
    await createReview({ filmId: film.id, authorId: member.id });
    return member;
  }

  it('is confirmed by typing the handle, with or without "@" and capitals', async () => {
    const member = await oauthMember();
    const confirmation = { handle: ` @${member.handle.toUpperCase()} ` };
    expect(await deleteAccount({ actor: member, confirmation, content: 'remove' })).toEqual({ ok: true });
    expect(await getMemberProfile(member.handle)).toBeNull();
    expect(await counterMismatches()).toEqual([]);
  });

  it('refuses another handle, or none, and changes nothing', async () => {
    const member = await oauthMember();
    for (const confirmation of [{ handle: 'someone-else' }, {}, { password: 'anything' }]) {
      expect(await deleteAccount({ actor: member, confirmation, content: 'keep' })).toEqual({
        ok: false,
        reason: 'wrong-handle',
      });
    }
    expect(await getMemberProfile(member.handle)).not.toBeNull();
  });

  it('a member with a password still needs it: the handle is not enough', async () => {
    const { member } = await activeMember();
    expect(await deleteAccount({ actor: member, confirmation: { handle: member.handle }, content: 'keep' })).toEqual({
      ok: false,
      reason: 'wrong-password',
    });
    expect(await getMemberProfile(member.handle)).not.toBeNull();
  });
});
