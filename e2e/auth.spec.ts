import { expect, expectNoAxeViolations, formAlert, newMember, signIn, signOut, signUp, test } from './fixtures';

test('sign up, sign out, and sign in again', async ({ page }) => {
  const member = newMember();
  await signUp(page, member);
  await expect(page.getByRole('link', { name: new RegExp(member.displayName) })).toBeVisible();

  await signOut(page);
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);

  await signIn(page, member.email, member.password);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await page.goto(`/u/${member.handle}`);
  await expect(page.getByRole('heading', { level: 1, name: member.displayName })).toBeVisible();
});

test('a wrong password gets a clear message and keeps the email', async ({ page }) => {
  const member = newMember();
  await signUp(page, member);
  await signOut(page);

  await signIn(page, member.email, 'not my password at all');
  await expect(formAlert(page)).toContainText('That email and password do not match an account');
  await expect(page.getByLabel('Email')).toHaveValue(member.email);
  await expect(page.getByLabel('Password')).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
});

test('an unknown email gets the same message as a wrong password', async ({ page }) => {
  await signIn(page, `nobody-${Date.now()}@example.com`, 'whatever password');
  await expect(formAlert(page)).toContainText('That email and password do not match an account');
});

test('sign-up problems are shown beside their fields and the input is kept', async ({ page }) => {
  const member = newMember();
  await page.goto('/signup');
  await page.getByLabel('Display name').fill(member.displayName);
  await page.getByLabel('Handle').fill('settings');
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Sign up' }).click();

  await expect(formAlert(page)).toContainText('Please correct the highlighted fields.');
  const handle = page.getByLabel('Handle');
  await expect(handle).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#handle-error')).toHaveText('That handle is reserved. Try another.');
  await expect(page.locator('#email-error')).toHaveText('Enter an email address like name@example.com.');
  await expect(page.locator('#password-error')).toHaveText('Use at least 10 characters.');
  await expect(handle).toHaveValue('settings');
  await expect(page.getByLabel('Display name')).toHaveValue(member.displayName);
  await expect(page.getByLabel('Email')).toHaveValue('not-an-email');
  await expectNoAxeViolations(page);
});

test('a taken handle is refused, whatever its case', async ({ page, browser }) => {
  const first = newMember();
  await signUp(page, first);

  const other = await browser.newPage();
  const second = newMember();
  await other.goto('/signup');
  await other.getByLabel('Display name').fill(second.displayName);
  await other.getByLabel('Handle').fill(first.handle.toUpperCase());
  await other.getByLabel('Email').fill(second.email);
  await other.getByLabel('Password').fill(second.password);
  await other.getByRole('button', { name: 'Sign up' }).click();
  await expect(other.locator('#handle-error')).toHaveText('That handle is taken. Try another.');
  await other.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('sign up and sign in still work', async ({ page }) => {
    const member = newMember();
    await signUp(page, member);
    await signOut(page);

    await signIn(page, member.email, 'wrong password here');
    await expect(formAlert(page)).toContainText('That email and password do not match an account');
    await expect(page.getByLabel('Email')).toHaveValue(member.email);

    await signIn(page, member.email, member.password);
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  });
});

test('signing in returns to the page that asked', async ({ page }) => {
  const member = newMember();
  await signUp(page, member);
  await signOut(page);
  await page.goto('/signin?callbackUrl=%2Ffilms');
  await page.getByLabel('Email').fill(member.email);
  await page.getByLabel('Password').fill(member.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/films$/);

  await page.goto('/signin?callbackUrl=https%3A%2F%2Fevil.example%2F');
  await expect(page).toHaveURL(/\/$/);
});
