import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

import { publishReviewFor, withDatabase } from './database';
import { expect, expectNoAxeViolations, newMember, signOut, signUp, test } from './fixtures';
import { linkIn, waitForMail } from './mail';

/**
 * Runs the digest job the way an operator would (`npm run jobs:run`), on the
 * test server's database and secret: the same code the runner in the server
 * calls, with no route or switch added for tests.
 */
async function runDigestJob(siteUrl: string) {
  // The day moves on: the run recorded today (by the server's own runner) becomes yesterday's.
  await withDatabase((sql) => sql`update job_runs set ran_on = ran_on - 1 where job = 'digests'`);
  await promisify(execFile)('node_modules/.bin/tsx', ['--conditions=react-server', 'scripts/run-jobs.ts', 'digests'], {
    env: {
      ...process.env,
      DATABASE_URL: process.env.E2E_DATABASE_URL,
      AUTH_SECRET: process.env.E2E_AUTH_SECRET ?? 'e2e-secret-that-is-at-least-32-characters-long',
      SITE_URL: siteUrl,
      NODE_ENV: 'production',
    },
  });
}

const repliesCadence = (handle: string) =>
  withDatabase(async (sql) => {
    const [row] = await sql<{ replies: string }[]>`
      select p.replies from mail_preferences p join users u on u.id = p.member_id where u.handle = ${handle}`;
    return row?.replies;
  });

test('a member opts into the reply digest, gets one, and unsubscribes in one click without signing in', async ({
  page,
  browser,
  request,
  baseURL,
}) => {
  // Two members, a verification, a job run in its own process and two mails: more than most tests.
  test.setTimeout(120_000);
  const reader = newMember();
  await signUp(page, reader);
  await page.goto(linkIn(await waitForMail(reader.email, /^Verify your Verdict email address$/), '/verify-email?token='));
  await expect(page.getByRole('heading', { level: 1, name: 'Your address is verified' })).toBeVisible();

  await page.goto('/settings');
  const replies = page.getByRole('group', { name: 'Email about replies' });
  await expect(replies.getByLabel('Off')).toBeChecked();
  await replies.getByLabel('Daily digest').check();
  await page.getByRole('button', { name: 'Save email choices' }).click();
  await expect(page.getByText('Your email choices are saved.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.getByRole('group', { name: 'Email about replies' }).getByLabel('Daily digest')).toBeChecked();

  const title = `Worth a digest ${reader.handle}`;
  const reviewId = await publishReviewFor(reader.handle, { filmSlug: 'masquerade', title });
  await page.goto('/');
  await signOut(page);
  await signUp(page, newMember());
  await page.goto(`/reviews/${reviewId}`);
  await page.getByRole('textbox', { name: 'Comment' }).first().fill('The double is the better king.');
  await page.getByRole('button', { name: 'Post comment' }).first().click();
  await expect(page.getByText('The double is the better king.', { exact: true })).toBeVisible();

  await runDigestJob(baseURL!);
  const digest = await waitForMail(reader.email, /^Your Verdict digest: 1 reply$/);
  expect(digest.text).toContain(`replied to you on “${title}”.`);
  expect(digest.html).toContain(`replied to you on “${title}”.`);
  expect(digest.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
  const oneClick = digest.headers['list-unsubscribe']!.replace(/^<|>$/g, '');
  const unsubscribeLink = linkIn(digest, '/unsubscribe?token=');

  // Opening the link, as a mail scanner would, only asks.
  await page.goto(unsubscribeLink);
  await expect(page.getByRole('heading', { level: 1, name: 'Stop the daily digest?' })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await repliesCadence(reader.handle)).toBe('daily');

  // A fresh browser with no session and no JavaScript, like a mail program's link.
  const stranger = await browser.newContext({ javaScriptEnabled: false });
  try {
    const unsubscribePage = await stranger.newPage();
    await unsubscribePage.goto(unsubscribeLink);
    await expect(unsubscribePage.getByText(`@${reader.handle}`)).toBeVisible();
    await unsubscribePage.getByRole('button', { name: 'Unsubscribe' }).click();
    await expect(unsubscribePage.getByText('You will no longer get the daily digest.')).toBeVisible();
    expect(await repliesCadence(reader.handle)).toBe('off');

    // A forged link is answered in words.
    await unsubscribePage.goto(`${unsubscribeLink.slice(0, -3)}abc`);
    await expect(unsubscribePage.getByText('This unsubscribe link does not work')).toBeVisible();
    await expect(unsubscribePage.getByRole('button', { name: 'Unsubscribe' })).toHaveCount(0);
  } finally {
    await stranger.close();
  }

  // A mail program's one-click button (RFC 8058) needs no page at all.
  await withDatabase(
    (sql) =>
      sql`update mail_preferences set replies = 'daily' where member_id = (select id from users where handle = ${reader.handle})`,
  );
  const oneClickAnswer = await request.post(oneClick, { form: { 'List-Unsubscribe': 'One-Click' } });
  expect(oneClickAnswer.status()).toBe(200);
  expect(await oneClickAnswer.text()).toContain('You will no longer get the daily digest.');
  expect(await repliesCadence(reader.handle)).toBe('off');
  const forged = await request.post(`${oneClick.slice(0, -3)}abc`, { form: { 'List-Unsubscribe': 'One-Click' } });
  expect(forged.status()).toBe(400);
  expect(await forged.text()).toContain('This unsubscribe link does not work');
  expect((await request.post(oneClick)).status()).toBe(400);
});
