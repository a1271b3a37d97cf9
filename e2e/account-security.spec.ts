import { expect, expectNoAxeViolations, formAlert, newMember, signIn, signUp, test } from './fixtures';
import { waitForMail } from './mail';

test('changing the password needs the current one, keeps this session and ends the others', async ({ page, browser }) => {
  // Two browsers signing in and out on a machine shared with builds.
  test.slow();
  const member = newMember();
  await signUp(page, member);
  const elsewhere = await browser.newPage();
  await signIn(elsewhere, member.email, member.password);
  await expect(elsewhere.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible();

  await page.goto('/settings');
  await expectNoAxeViolations(page);
  await page.getByLabel('Current password').fill('not my password');
  await page.getByLabel('New password').fill('a changed password');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('That is not your current password.')).toBeVisible();

  await page.getByLabel('Current password').fill(member.password);
  await page.getByLabel('New password').fill('a changed password');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Your password is changed. Every other session is signed out.')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible();
  await elsewhere.reload();
  await expect(elsewhere.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await waitForMail(member.email, /password was changed/);

  await signIn(elsewhere, member.email, member.password);
  await expect(formAlert(elsewhere)).toContainText('do not match');
  await signIn(elsewhere, member.email, 'a changed password');
  await expect(elsewhere.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible();
  await elsewhere.close();
});

test('"Sign out everywhere" from a second browser ends the first and keeps itself', async ({ page, browser }) => {
  // Two browsers signing in and out on a machine shared with builds.
  test.slow();
  const member = newMember();
  await signUp(page, member);
  const second = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.9, 198.51.100.201' } });
  const other = await second.newPage();
  await signIn(other, member.email, member.password);
  await expect(other.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible();
  await other.goto('/settings');
  await other.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(other.getByText('Every other session is signed out. This one stays signed in.')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await other.reload();
  await expect(other.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible();
  await other.goto('/');
  await expect(other.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible();
  await second.close();
});

test('OAuth errors are explained in words beside the sign-in buttons', async ({ page }) => {
  const response = await page.goto('/signin?error=OAuthAccountNotLinked');
  expect(response!.status()).toBe(200);
  await expect(page.getByRole('main').getByRole('alert')).toContainText(
    'already belongs to a Verdict account that signs in another way',
  );
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/signin?error=Configuration');
  await expect(page.getByRole('main').getByRole('alert')).toContainText('not working on this site right now');
  await page.goto('/signin?error=%3Cscript%3E');
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Something went wrong while signing you in');
});
