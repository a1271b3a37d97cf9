import type { Page } from '@playwright/test';

import { publishReviewFor } from './database';
import { expect, expectNoAxeViolations, newMember, signOut, signUp, test, type Member } from './fixtures';

const reviewBy = (member: Member, title: string) => publishReviewFor(member.handle, { filmSlug: 'i-am-sam', title, rating: 7 });

/** Presses Follow or Unfollow and waits for the server's answer, not only the optimistic label. */
async function press(page: Page, name: 'Follow' | 'Unfollow') {
  await page.getByRole('button', { name, exact: true }).click();
  const after = page.getByRole('button', { name: name === 'Follow' ? 'Unfollow' : 'Follow', exact: true });
  await expect(after).toBeVisible();
  await expect(after).not.toHaveAttribute('aria-busy', 'true');
}

test('following a member brings their new review to the Following tab', async ({ page }) => {
  const critic = newMember();
  await signUp(page, critic);
  await signOut(page);
  const title = `Worth following ${Date.now()}`;
  await reviewBy(critic, title);

  const reader = newMember();
  await signUp(page, reader);
  await page.goto('/?sort=following');
  await expect(page.getByRole('heading', { name: 'Nothing from people you follow yet' })).toBeVisible();

  await page.goto(`/u/${critic.handle}`);
  await press(page, 'Follow');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Unfollow', exact: true })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: /^1$/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/');
  await page.getByRole('navigation', { name: 'Feed' }).getByRole('link', { name: 'Following' }).click();
  await expect(page.getByRole('article').getByRole('link', { name: title })).toBeVisible();

  await page.goto(`/u/${critic.handle}`);
  await press(page, 'Unfollow');
  await page.goto('/?sort=following');
  await expect(page.getByRole('article')).toHaveCount(0);
});

test('a member’s own profile offers "Edit profile", never "Follow"', async ({ page }) => {
  const member = newMember();
  await signUp(page, member);
  await page.goto(`/u/${member.handle}`);
  await expect(page.getByRole('link', { name: 'Edit profile' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Follow', exact: true })).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('Follow and Unfollow are plain form posts', async ({ page }) => {
    const critic = newMember();
    await signUp(page, critic);
    await signOut(page);
    await signUp(page, newMember());
    await page.goto(`/u/${critic.handle}`);
    await page.getByRole('button', { name: 'Follow', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Unfollow', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Unfollow', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Follow', exact: true })).toBeVisible();
  });
});

test('signed out, Follow leads to sign in', async ({ page }) => {
  const critic = newMember();
  await signUp(page, critic);
  await signOut(page);
  await page.goto(`/u/${critic.handle}`);
  await page.getByRole('button', { name: 'Follow', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/signin\\?callbackUrl=%2Fu%2F${critic.handle}$`));
});
