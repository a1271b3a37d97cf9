import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { db } from '@/db';
import { grantBadges } from '@/lib/badges/mutations';
import { postComment } from '@/lib/comments/mutations';
import { setFollowing } from '@/lib/follows/mutations';
import { smtpTransport } from '@/lib/mail/transport';
import { deliverPendingMail } from '@/lib/mail/worker';
import { mailImmediateNotices } from '@/lib/notification-mail/immediate';
import { setMailPreferences, unsubscribe } from '@/lib/notification-mail/mutations';
import { getMailPreferences } from '@/lib/notification-mail/queries';
import { NO_NOTIFICATION_MAIL, type MailPreferences } from '@/lib/notification-mail/types';
import { saveReview } from '@/lib/reviews/mutations';

import { createFilm, createReview, createUser } from '../support/factories';
import { type MailSink, startMailSink } from '../support/mail-sink';

process.env.AUTH_SECRET ??= 'a-test-secret-that-is-at-least-32-characters-long';

let sink: MailSink;
beforeAll(async () => {
  sink = await startMailSink();
});
afterAll(async () => {
  await sink.close();
});

/** A verified member with these mail choices. */
async function member(choices: Partial<MailPreferences> = {}, overrides: Parameters<typeof createUser>[0] = {}) {
  const user = await createUser({ emailVerified: new Date(), ...overrides });
  await setMailPreferences(user, { ...NO_NOTIFICATION_MAIL, ...choices });
  return user;
}

async function delivered(to: string) {
  while ((await mailImmediateNotices()) > 0);
  await deliverPendingMail(smtpTransport(sink.url, 'Verdict <verdict@example.com>'), { limit: 1000 });
  return sink.received.filter((mail) => mail.to.includes(to));
}

async function pendingEntries(memberId: string) {
  return db.execute<{ topic: string }>(
    sql`select topic from mail_notices where recipient_id = ${memberId} and mailed_at is null order by id`,
  );
}

describe('notification mail', () => {
  it('is off until chosen', async () => {
    const author = await createUser({ emailVerified: new Date() });
    expect(await getMailPreferences(author.id)).toEqual(NO_NOTIFICATION_MAIL);
    const film = await createFilm();
    const review = await createReview({ filmId: film.id, authorId: author.id });
    const replier = await createUser();
    await postComment(replier, { reviewId: review.id, body: 'A reply nobody is mailed about.' });
    expect(await delivered(author.email!)).toEqual([]);
    expect(await pendingEntries(author.id)).toEqual([]);
  });

  it('mails a reply at once, in text and HTML, with one-click unsubscribe headers', async () => {
    const author = await member({ replies: 'immediate' });
    const film = await createFilm({ title: 'Burning' });
    const review = await createReview({ filmId: film.id, authorId: author.id, title: 'The greenhouse' });
    const replier = await createUser({ displayName: 'Min' });
    const posted = await postComment(replier, { reviewId: review.id, body: 'I keep thinking about the ending.' });
    if (!posted.ok) throw new Error(posted.reason);

    const [mail, ...more] = await delivered(author.email!);
    expect(more).toEqual([]);
    expect(mail!.subject).toBe('Min replied to you on Verdict');
    expect(mail!.text).toContain('Min replied to you on “The greenhouse”.');
    expect(mail!.text).toContain(`/reviews/${review.id}/comments/${posted.comment.id}#comment-${posted.comment.id}`);
    expect(mail!.html).toContain('Unsubscribe</a>');
    expect(mail!.html).not.toMatch(/<img|<script/i);
    expect(mail!.headers['list-unsubscribe']).toMatch(/^<http:\/\/localhost:3000\/unsubscribe\/one-click\?token=.+>$/);
    expect(mail!.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
  });

  it('never mails an unverified or banned member, nor anyone about their own words', async () => {
    const unverified = await member({ replies: 'immediate' }, { emailVerified: null });
    const banned = await member({ replies: 'immediate' }, { bannedAt: new Date() });
    const self = await member({ replies: 'immediate' });
    const film = await createFilm();
    for (const author of [unverified, banned, self]) {
      const review = await createReview({ filmId: film.id, authorId: author.id });
      await postComment(author === self ? self : await createUser(), { reviewId: review.id, body: 'Hello there.' });
    }
    for (const author of [unverified, banned, self]) expect(await delivered(author.email!)).toEqual([]);
  });

  it('mails mentions to members who want mail, even with the in-app notice off', async () => {
    const named = await member({ mentions: 'immediate' }, { notifyMentions: false });
    const film = await createFilm();
    const review = await createReview({ filmId: film.id, authorId: (await createUser()).id });
    await postComment(await createUser({ displayName: 'Ana' }), {
      reviewId: review.id,
      body: `What do you think, @${named.handle}?`,
    });
    const [mail] = await delivered(named.email!);
    expect(mail!.subject).toBe('Ana mentioned you on Verdict');
  });

  it('tells followers of a new review, at once or in the digest', async () => {
    const author = await createUser({ displayName: 'Jiwoo' });
    const atOnce = await member({ 'followed-reviews': 'immediate' });
    const daily = await member({ 'followed-reviews': 'daily' });
    const none = await member();
    for (const follower of [atOnce, daily, none]) await setFollowing({ actor: follower, handle: author.handle, following: true });
    const film = await createFilm({ title: 'Mother' });
    const saved = await saveReview(author, film.slug, {
      title: 'A mother’s reach',
      body: 'A considered review body. '.repeat(30),
      rating: 9,
      containsSpoilers: false,
    });
    if (!saved.ok) throw new Error(saved.reason);

    const [mail] = await delivered(atOnce.email!);
    expect(mail!.subject).toBe('Jiwoo reviewed Mother');
    expect(mail!.text).toContain('Jiwoo reviewed Mother: “A mother’s reach”.');
    expect(await pendingEntries(daily.id)).toEqual([{ topic: 'followed-reviews' }]);
    expect(await delivered(none.email!)).toEqual([]);
    expect(await pendingEntries(none.id)).toEqual([]);
  });

  it('keeps a badge for the digest, nothing is mailed until then', async () => {
    const earner = await member({ badges: 'daily' });
    await grantBadges(db, earner.id, { 'upvotes-received': 150 });
    expect(await pendingEntries(earner.id)).toEqual([{ topic: 'badges' }]);
    expect(await delivered(earner.email!)).toEqual([]);
  });

  it('queues nothing when the event rolls back', async () => {
    const earner = await member({ badges: 'immediate' });
    await db
      .transaction(async (tx) => {
        await grantBadges(tx, earner.id, { 'upvotes-received': 10 });
        throw new Error('the vote failed');
      })
      .catch(() => {});
    expect(await delivered(earner.email!)).toEqual([]);
  });
});

describe('unsubscribe links', () => {
  it('stop one topic, or every daily topic for a digest link; twice is the same as once', async () => {
    const reader = await member({ replies: 'immediate', mentions: 'daily', badges: 'daily' });
    const film = await createFilm();
    const review = await createReview({ filmId: film.id, authorId: reader.id });
    await postComment(await createUser(), { reviewId: review.id, body: 'Nice.' });
    const [mail] = await delivered(reader.email!);
    const token = decodeURIComponent(mail!.headers['list-unsubscribe']!.match(/token=([^>]+)>/)![1]!);

    expect(await unsubscribe(token)).toMatchObject({ ok: true, scope: 'replies' });
    expect(await unsubscribe(token)).toMatchObject({ ok: true, scope: 'replies' });
    expect(await getMailPreferences(reader.id)).toEqual({ ...NO_NOTIFICATION_MAIL, mentions: 'daily', badges: 'daily' });

    expect(await unsubscribe(`${token.slice(0, -2)}xx`)).toEqual({ ok: false, reason: 'invalid' });
    expect(await unsubscribe(token.replace('.replies.', '.digest.'))).toEqual({ ok: false, reason: 'invalid' });
  });
});
