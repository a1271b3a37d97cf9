import type { Page } from '@playwright/test';

import { withDatabase } from './database';
import { expect, expectNoAxeViolations, formAlert, newMember, signIn, signUp, test } from './fixtures';
import { linkIn, mailTo, startSmtpServer, stopSmtpServer, waitForMail } from './mail';

const RESET_SUBJECT = /^Reset your Verdict password$/;

async function askForReset(page: Page, email: string) {
  await page.goto('/forgot-password');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(formAlert(page)).toContainText(`If an account uses ${email}, a link to reset its password is on its way`);
}

test('forgot password: the mailed link sets a new password and the old session ends on its next request', async ({
  page,
  browser,
}) => {
  // Two browsers, a mail round trip and two sign-ins on a machine shared with builds.
  test.slow();
  const member = newMember();
  await signUp(page, member);

  const other = await browser.newContext();
  const elsewhere = await other.newPage();
  await askForReset(elsewhere, member.email);
  await expectNoAxeViolations(elsewhere);
  const mail = await waitForMail(member.email, RESET_SUBJECT);
  expect(mail.text).toMatch(/works once, for one hour/);
  expect(mail.html).toContain('Choose a new password');

  await elsewhere.goto(linkIn(mail, '/reset-password?token='));
  await expectNoAxeViolations(elsewhere);
  await elsewhere.getByLabel('New password').fill('short');
  await elsewhere.getByRole('button', { name: 'Reset password' }).click();
  await expect(elsewhere.getByText('Use at least 10 characters.')).toBeVisible();
  await elsewhere.getByLabel('New password').fill('a brand new password');
  await elsewhere.getByRole('button', { name: 'Reset password' }).click();
  await expect(elsewhere).toHaveURL(/\/signin\?reset=done$/);
  await expect(elsewhere.getByText('Your password is reset. Sign in with the new one.')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);

  await signIn(elsewhere, member.email, member.password);
  await expect(formAlert(elsewhere)).toContainText('do not match');
  await signIn(elsewhere, member.email, 'a brand new password');
  await expect(elsewhere.getByRole('button', { name: 'Sign out' })).toBeVisible();
  // The link proved the address, and it has been spent.
  await expect(elsewhere.getByRole('complementary', { name: 'Verify your address' })).toHaveCount(0);
  await waitForMail(member.email, /password was changed/);
  await elsewhere.goto(linkIn(mail, '/reset-password?token='));
  await expect(elsewhere.getByRole('main').getByRole('alert')).toContainText('already used');
  await other.close();
});

test('an address with no account gets the same answer and no mail', async ({ page }) => {
  const email = `nobody-${Date.now()}@example.com`;
  await askForReset(page, email);
  await page.waitForTimeout(2_500);
  expect(await mailTo(email)).toHaveLength(0);
});

test('expired, used and made-up reset links say so and offer a new link, never a 500', async ({ page }) => {
  const member = newMember();
  await signUp(page, member);
  await askForReset(page, member.email);
  const mail = await waitForMail(member.email, RESET_SUBJECT);
  await withDatabase(
    (sql) => sql`update verification_tokens set expires = now() - interval '1 minute'
                 where identifier like 'reset-password:' || (select id from users where handle = ${member.handle}) || ':%'`,
  );
  await page.goto(linkIn(mail, '/reset-password?token='));
  await expect(page.getByRole('main').getByRole('alert')).toContainText('has expired');
  await page.getByRole('link', { name: 'Send me a new link' }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);

  for (const path of ['/reset-password', '/reset-password?token=forged', `/reset-password?token=${'A'.repeat(43)}`]) {
    const response = await page.goto(path);
    expect(response!.status()).toBe(200);
    await expect(page.getByRole('main').getByRole('alert')).toContainText('does not work');
    await expect(page.getByRole('link', { name: 'Send me a new link' })).toBeVisible();
  }
});

test('the forms work without JavaScript and keep what was typed', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/forgot-password');
  await page.getByLabel('Email').fill('not an address');
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByText('Enter an email address like name@example.com.')).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveValue('not an address');

  const member = newMember();
  await withDatabase(
    (sql) => sql`insert into users (handle, display_name, email, password_hash)
                 values (${member.handle}, ${member.displayName}, ${member.email}, null)`,
  );
  await askForReset(page, member.email);
  const mail = await waitForMail(member.email, RESET_SUBJECT);
  await page.goto(linkIn(mail, '/reset-password?token='));
  await page.getByLabel('New password').fill('a password without scripts');
  await page.getByRole('button', { name: 'Reset password' }).click();
  await expect(page.getByText('Your password is reset. Sign in with the new one.')).toBeVisible();
  await context.close();
});

test('with the SMTP server down the request still succeeds, and the mail arrives when it is back', async ({ page }) => {
  const member = newMember();
  await signUp(page, member);
  await waitForMail(member.email, /Verify your Verdict email address/);
  await stopSmtpServer();
  try {
    await askForReset(page, member.email);
    await expect
      .poll(() =>
        withDatabase(async (sql) => {
          const [row] = await sql<{ attempts: number; sent: boolean }[]>`
            select attempts, sent_at is not null as sent from mail_outbox
             where recipient = ${member.email} and kind = 'password-reset'`;
          return row && !row.sent ? row.attempts : 0;
        }),
      )
      .toBeGreaterThan(0);
    expect(await mailTo(member.email)).toHaveLength(1);
  } finally {
    await startSmtpServer();
  }
  const mail = await waitForMail(member.email, RESET_SUBJECT, 45_000);
  expect(mail.text).toContain('/reset-password?token=');
});
