import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { publishReviewFor, withDatabase } from './database';
import { expect, expectNoAxeViolations, newMember, signUp, test, UPVOTE } from './fixtures';

/** A seeded review and its current count, straight from the database. */
async function someReview(): Promise<{ id: number; upvotes: number }> {
  return withDatabase(async (sql) => {
    const [row] = await sql<{ id: number; upvote_count: number }[]>`
      select id, upvote_count from reviews where status = 'published' order by random() limit 1`;
    return { id: row!.id, upvotes: row!.upvote_count };
  });
}

/** The review's own Upvote button (comments below it have theirs). */
const upvoteButton = (page: Page) => page.getByRole('article').first().getByRole('button', { name: UPVOTE });

/** Presses Upvote and waits until the server has answered, not only the optimistic state. */
async function press(button: ReturnType<typeof upvoteButton>, pressed: boolean) {
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', String(pressed));
  await expect(button).not.toHaveAttribute('aria-busy', 'true');
}
const upvotes = (count: number) => `${count} ${count === 1 ? 'upvote' : 'upvotes'}`;

async function expectUpvoteAndUndo(page: Page, review: { id: number; upvotes: number }) {
  await page.goto(`/reviews/${review.id}`);
  const button = upvoteButton(page);
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await expect(button).toHaveAccessibleName(`Upvote, ${upvotes(review.upvotes)}`);

  await press(button, true);
  await expect(button).toHaveAccessibleName(`Upvote, ${upvotes(review.upvotes + 1)}`);
  await page.reload();
  await expect(upvoteButton(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(upvoteButton(page)).toHaveAccessibleName(`Upvote, ${upvotes(review.upvotes + 1)}`);

  await press(upvoteButton(page), false);
  await expect(upvoteButton(page)).toHaveAccessibleName(`Upvote, ${upvotes(review.upvotes)}`);
  await page.reload();
  await expect(upvoteButton(page)).toHaveAttribute('aria-pressed', 'false');
}

test('a member upvotes a review, and a second press takes it back', async ({ page }) => {
  await signUp(page, newMember());
  await expectUpvoteAndUndo(page, await someReview());
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('upvoting and taking it back are plain form posts', async ({ page }) => {
    await signUp(page, newMember());
    await expectUpvoteAndUndo(page, await someReview());
  });
});

test('a vote on a card still shows after going to the review and back', async ({ page }) => {
  await signUp(page, newMember());
  await page.goto('/?sort=new');
  const card = page.getByRole('article').first();
  const title = await card.getByRole('heading').innerText();
  const button = card.getByRole('button', { name: UPVOTE });
  const before = Number((await button.innerText()).replace(/\D/g, ''));
  await press(button, true);
  await card.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(upvoteButton(page)).toHaveAttribute('aria-pressed', 'true');

  // Back restores the feed from the router's cache, rendered before the vote: the card still shows it.
  await page.goBack();
  const again = page.getByRole('article').filter({ hasText: title }).getByRole('button', { name: UPVOTE });
  await expect(again).toHaveAttribute('aria-pressed', 'true');
  await expect(again).toHaveAccessibleName(`Upvote, ${upvotes(before + 1)}`);
});

test('upvotes on feed cards show at once and stay', async ({ page }) => {
  await signUp(page, newMember());
  await page.goto('/?sort=new');
  const card = page.getByRole('article').first();
  await press(card.getByRole('button', { name: UPVOTE }), true);
  await page.reload();
  await expect(page.getByRole('article').first().getByRole('button', { name: UPVOTE })).toHaveAttribute('aria-pressed', 'true');
});

test('a member cannot upvote their own review, and the button says why', async ({ page }) => {
  const member = newMember();
  await signUp(page, member);
  const reviewId = await publishReviewFor(member.handle, { filmSlug: 'wonder', title: 'My own verdict' });
  await page.goto(`/reviews/${reviewId}`);
  const button = upvoteButton(page);
  await expect(button).toBeDisabled();
  await expect(button).toHaveAccessibleDescription(/can’t upvote your own review/);
});

test('signed out, Upvote leads to sign in and back to the same review', async ({ page }) => {
  const member = newMember();
  await signUp(page, member);
  await page.getByRole('button', { name: 'Sign out' }).click();
  const review = await someReview();

  await page.goto(`/reviews/${review.id}`);
  await upvoteButton(page).click();
  await expect(page).toHaveURL(new RegExp(`/signin\\?callbackUrl=%2Freviews%2F${review.id}$`));
  await page.getByLabel('Email').fill(member.email);
  await page.getByLabel('Password').fill(member.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`/reviews/${review.id}$`));
  await press(upvoteButton(page), true);
});

test('the profile counts upvotes given and received', async ({ page }) => {
  const member = newMember();
  await signUp(page, member);
  await page.goto(`/reviews/${(await someReview()).id}`);
  await press(upvoteButton(page), true);
  await page.goto(`/u/${member.handle}`);
  const given = page
    .getByRole('term')
    .filter({ hasText: 'Upvotes given' })
    .locator('xpath=following-sibling::dd | preceding-sibling::dd');
  await expect(given).toHaveText('1');
});

test('an Upvote button’s name contains the count it shows (axe: label-content-name-mismatch)', async ({ page }) => {
  const review = await someReview();
  await page.goto(`/reviews/${review.id}`);
  await expect(upvoteButton(page)).toContainText(String(review.upvotes));
  // An experimental rule, so axe runs it only when named.
  const results = await new AxeBuilder({ page }).withRules(['label-content-name-mismatch']).analyze();
  expect(results.violations.flatMap((violation) => violation.nodes.map((node) => node.target.join(' ')))).toEqual([]);
  // The rule ran: with no aria-label left to disagree with the text, it finds nothing to object to.
  expect([...results.passes, ...results.inapplicable].map((rule) => rule.id)).toContain('label-content-name-mismatch');
  await expect(upvoteButton(page)).toHaveAccessibleName(`Upvote, ${upvotes(review.upvotes)}`);
});
