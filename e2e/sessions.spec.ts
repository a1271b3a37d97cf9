import { withDatabase } from './database';
import { expect, formAlert, newMember, signIn, signUp, test } from './fixtures';

test('a banned member stays signed in to read and export their data, and can sign in again', async ({ page }) => {
  const member = newMember();
  await signUp(page, member);
  await withDatabase((sql) => sql`update users set banned_at = now(), ban_reason = 'Spam' where handle = ${member.handle}`);

  await page.reload();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await signIn(page, member.email, member.password);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
});

test('a deleted member cannot sign in', async ({ page }) => {
  const member = newMember();
  await signUp(page, member);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await withDatabase((sql) => sql`update users set deleted_at = now() where handle = ${member.handle}`);
  await signIn(page, member.email, member.password);
  await expect(formAlert(page)).toContainText('do not match');
});

test('bumping the session version signs out every session of that member', async ({ page, browser }) => {
  const member = newMember();
  await signUp(page, member);
  const elsewhere = await browser.newPage();
  await signIn(elsewhere, member.email, member.password);
  await expect(elsewhere.getByRole('button', { name: 'Sign out' })).toBeVisible();

  await withDatabase((sql) => sql`update users set session_version = session_version + 1 where handle = ${member.handle}`);
  for (const tab of [page, elsewhere]) {
    await tab.reload();
    await expect(tab.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  }
  await elsewhere.close();
});

test('only configured sign-in providers are offered', async ({ page }) => {
  await page.goto('/signin');
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /GitHub|Google/ })).toHaveCount(0);
});
