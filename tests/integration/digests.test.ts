import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { createDatabase, db } from '@/db';
import { grantBadges } from '@/lib/badges/mutations';
import { postComment } from '@/lib/comments/mutations';
import { badgeBackfillJob, digestsJob } from '@/lib/jobs/daily';
import { runDailyJob } from '@/lib/jobs/mutations';
import { smtpTransport } from '@/lib/mail/transport';
import { deliverPendingMail } from '@/lib/mail/worker';
import { mailImmediateNotices } from '@/lib/notification-mail/immediate';
import { setMailPreferences, unsubscribe } from '@/lib/notification-mail/mutations';
import { getMailPreferences } from '@/lib/notification-mail/queries';
import { type MailPreferences, NO_NOTIFICATION_MAIL } from '@/lib/notification-mail/types';

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
// Each test is a new day for the jobs: the database's date is what they go by.
beforeEach(async () => {
  await db.execute(sql`delete from job_runs`);
});

async function member(choices: Partial<MailPreferences>) {
  const user = await createUser({ emailVerified: new Date() });
  await setMailPreferences(user, { ...NO_NOTIFICATION_MAIL, ...choices });
  return user;
}

async function delivered(to: string) {
  while ((await mailImmediateNotices()) > 0);
  await deliverPendingMail(smtpTransport(sink.url, 'Verdict <verdict@example.com>'), { limit: 1000 });
  return sink.received.filter((mail) => mail.to.includes(to));
}

/** A review by `author` with `count` replies from new members. */
async function replies(author: { id: string }, count: number, reviewTitle = 'The greenhouse') {
  const film = await createFilm();
  const review = await createReview({ filmId: film.id, authorId: author.id, title: reviewTitle });
  for (let i = 0; i < count; i += 1) {
    const posted = await postComment(await createUser({ displayName: `Replier ${i}` }), {
      reviewId: review.id,
      body: `Reply ${i}.`,
    });
    if (!posted.ok) throw new Error(posted.reason);
  }
  return review;
}

describe('daily digests', () => {
  it('sum up what happened since the last one in one mail, with an unsubscribe link that stops the digest', async () => {
    const reader = await member({ replies: 'daily', badges: 'daily', mentions: 'immediate' });
    await replies(reader, 2);
    await grantBadges(db, reader.id, { 'upvotes-received': 150 });
    expect(await delivered(reader.email!)).toEqual([]);

    expect(await runDailyJob(digestsJob)).toEqual({ outcome: 'ran', summary: { digests: expect.any(Number) } });
    const [digest, ...more] = await delivered(reader.email!);
    expect(more).toEqual([]);
    expect(digest!.subject).toBe('Your Verdict digest: 2 replies, 3 badges');
    expect(digest!.text).toContain('Replies');
    expect(digest!.text).toContain('Replier 1 replied to you on “The greenhouse”.');
    expect(digest!.text).toContain('You received more than 100 upvotes. Your next target is to reach 200 upvotes.');
    expect(digest!.html).toContain('You received more than 100 upvotes. Your next target is to reach 200 upvotes.');
    expect(digest!.html).not.toMatch(/<img|<script/i);
    expect(digest!.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');

    const token = decodeURIComponent(digest!.headers['list-unsubscribe']!.match(/token=([^>]+)>/)![1]!);
    expect(await unsubscribe(token)).toMatchObject({ ok: true, scope: 'digest' });
    // What arrives at once stays as chosen.
    expect(await getMailPreferences(reader.id)).toEqual({ ...NO_NOTIFICATION_MAIL, mentions: 'immediate' });
  });

  it('run once a day, send nothing when nothing happened, and pick up tomorrow what came after', async () => {
    const reader = await member({ replies: 'daily' });
    const quiet = await member({ replies: 'daily' });
    await replies(reader, 1);
    expect((await runDailyJob(digestsJob)).outcome).toBe('ran');
    await replies(reader, 1, 'A second look');
    // The same day, on a restarted server or another: already done.
    expect(await runDailyJob(digestsJob)).toEqual({ outcome: 'done' });
    expect(await delivered(reader.email!)).toHaveLength(1);

    await db.execute(sql`delete from job_runs`);
    expect((await runDailyJob(digestsJob)).outcome).toBe('ran');
    const [, second] = await delivered(reader.email!);
    expect(second!.subject).toBe('Your Verdict digest: 1 reply');
    expect(second!.text).toContain('“A second look”');
    expect(second!.text).not.toContain('“The greenhouse”');
    expect(second!.text).toMatch(/What happened since \w+day, \w+ \d+/);
    expect(await delivered(quiet.email!)).toEqual([]);
  });

  it('list twenty items per topic and count the rest', async () => {
    const reader = await member({ replies: 'daily' });
    await replies(reader, 23);
    await runDailyJob(digestsJob);
    const [digest] = await delivered(reader.email!);
    expect(digest!.subject).toBe('Your Verdict digest: 23 replies');
    expect(digest!.text.match(/replied to you/g)).toHaveLength(20);
    expect(digest!.text).toContain('…and 3 more.');
  });

  it('leave out topics turned off since, and members whose account is gone', async () => {
    const changed = await member({ replies: 'daily' });
    const banned = await member({ replies: 'daily' });
    await replies(changed, 1);
    await replies(banned, 1);
    await setMailPreferences(changed, NO_NOTIFICATION_MAIL);
    await db.execute(sql`update users set banned_at = now() where id = ${banned.id}`);
    await runDailyJob(digestsJob);
    expect(await delivered(changed.email!)).toEqual([]);
    expect(await delivered(banned.email!)).toEqual([]);
  });

  it('go out once when two servers run the job at the same moment', async () => {
    const reader = await member({ replies: 'daily' });
    await replies(reader, 1);
    const servers = [
      createDatabase(process.env.DATABASE_URL!, { max: 1 }),
      createDatabase(process.env.DATABASE_URL!, { max: 1 }),
    ];
    try {
      const outcomes = await Promise.all(servers.map((server) => runDailyJob(digestsJob, server.db)));
      expect(outcomes.map((result) => result.outcome).sort()).toEqual(expect.arrayContaining(['ran']));
      expect(outcomes.filter((result) => result.outcome === 'ran')).toHaveLength(1);
      // And a third, once the first has finished, finds the day's work done.
      expect(await runDailyJob(digestsJob, servers[0]!.db)).toEqual({ outcome: 'done' });
    } finally {
      await Promise.all(servers.map((server) => server.close()));
    }
    expect(await delivered(reader.email!)).toHaveLength(1);
    const [row] = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from mail_outbox where kind = 'digest' and recipient = ${reader.email}`,
    );
    expect(row!.n).toBe(1);
  });

  it('hold the advisory lock for the whole job, so a second server moves on instead of waiting', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const slow = runDailyJob({
      name: 'slow',
      run: async () => {
        started();
        await held;
        return {};
      },
    });
    await running;
    expect(await runDailyJob({ name: 'slow', run: async () => ({ ran: 'twice' }) })).toEqual({ outcome: 'busy' });
    release();
    expect(await slow).toEqual({ outcome: 'ran', summary: {} });
  });

  it('roll a failed job back whole, so the next check tries again', async () => {
    const reader = await member({ replies: 'daily' });
    await replies(reader, 1);
    const failing = {
      name: digestsJob.name,
      run: async (tx: Parameters<typeof digestsJob.run>[0]) => {
        await digestsJob.run(tx);
        throw new Error('the database went away');
      },
    };
    await expect(runDailyJob(failing)).rejects.toThrow('the database went away');
    expect(await delivered(reader.email!)).toEqual([]);
    expect((await runDailyJob(digestsJob)).outcome).toBe('ran');
    expect(await delivered(reader.email!)).toHaveLength(1);
  });
});

describe('the badge backfill job', () => {
  it('grants what the data has earned, once a day', async () => {
    const author = await createUser();
    const film = await createFilm();
    await createReview({ filmId: film.id, authorId: author.id });
    const result = await runDailyJob(badgeBackfillJob);
    expect(result).toMatchObject({ outcome: 'ran', summary: { grants: expect.any(Number) } });
    const [grant] = await db.execute(
      sql`select 1 from user_badges where user_id = ${author.id} and badge_key = 'reviews-published' and tier = 1`,
    );
    expect(grant).toBeDefined();
    expect(await runDailyJob(badgeBackfillJob)).toEqual({ outcome: 'done' });
    const [run] = await db.execute<{ summary: unknown }>(sql`select summary from job_runs where job = 'badge-backfill'`);
    expect(run!.summary).toEqual(result.outcome === 'ran' ? result.summary : null);
  });
});
