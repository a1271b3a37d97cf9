import type { Page } from '@playwright/test';

import { publishReviewFor } from './database';
import { expect, expectNoAxeViolations, newMember, signUp, test } from './fixtures';

/** Presses a profile's toggle and waits for the server's answer, not only the optimistic label. */
async function press(page: Page, name: string, then: string) {
  await page.getByRole('button', { name, exact: true }).click();
  const after = page.getByRole('button', { name: then, exact: true });
  await expect(after).toBeVisible();
  await expect(after).not.toHaveAttribute('aria-busy', 'true');
}

async function comment(page: Page, reviewId: number, body: string) {
  await page.goto(`/reviews/${reviewId}`);
  const thread = page.getByRole('region', { name: /comments?$/ });
  await thread.getByRole('textbox', { name: 'Comment' }).first().fill(body);
  await thread.getByRole('button', { name: 'Post comment' }).first().click();
}

test('mute and block behave as described', async ({ page, browser }) => {
  test.slow();
  const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const [reader, loud] = [newMember(), newMember()];
  await signUp(page, reader);
  const loudContext = await browser.newContext();
  const loudPage = await loudContext.newPage();
  await signUp(loudPage, loud);

  const loudTitle = `Loudverdict${stamp} on a film`;
  const loudReview = await publishReviewFor(loud.handle, { filmSlug: 'i-am-sam', title: loudTitle });
  const readersReview = await publishReviewFor(reader.handle, { filmSlug: 'miracle-in-cell-no-7', title: `Quiet ${stamp}` });
  const loudWords = `Loud words ${stamp}`;
  await comment(loudPage, readersReview, loudWords);
  await expect(loudPage.getByText(loudWords, { exact: true })).toBeVisible();

  // Mute: the member's review leaves the feed, the film page and search; their comment folds away.
  await page.goto(`/u/${loud.handle}`);
  await expect(page.getByRole('button', { name: 'Block', exact: true })).toBeVisible();
  await press(page, 'Mute', 'Unmute');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Unmute', exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  for (const path of ['/?sort=new', '/films/i-am-sam?sort=new', `/search?q=Loudverdict${stamp}`]) {
    await page.goto(path);
    await expect(page.getByRole('link', { name: loudTitle })).toHaveCount(0);
  }
  await page.goto(`/reviews/${readersReview}`);
  const folded = page.getByText('1 comment from a muted member');
  await expect(folded).toBeVisible();
  await expect(page.getByText(loudWords, { exact: true })).toBeHidden();
  await folded.click();
  await expect(page.getByText(loudWords, { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  // Block: their follow ends, and they can neither follow again nor reply to the reader.
  await loudPage.goto(`/u/${reader.handle}`);
  await press(loudPage, 'Follow', 'Unfollow');
  await page.goto(`/u/${loud.handle}`);
  await press(page, 'Block', 'Unblock');

  await loudPage.goto(`/u/${reader.handle}`);
  await loudPage.getByRole('button', { name: 'Follow', exact: true }).click();
  await expect(loudPage.getByText('You can’t follow this member.')).toBeVisible();
  await loudPage.reload();
  await expect(loudPage.getByRole('button', { name: 'Follow', exact: true })).toBeVisible();

  const refused = `A reply the reader never sees ${stamp}`;
  await comment(loudPage, readersReview, refused);
  await expect(loudPage.getByText('You can’t reply here.', { exact: false })).toBeVisible();
  await expect(loudPage.getByRole('textbox', { name: 'Comment' }).first()).toHaveValue(refused);

  // A mention of the reader, elsewhere, is posted but tells them nothing.
  await comment(loudPage, loudReview, `Hey @${reader.handle}, look ${stamp}`);
  await expect(loudPage.getByRole('link', { name: `@${reader.handle}` })).toBeVisible();
  await page.goto('/notifications');
  await expect(page.getByRole('main')).not.toContainText('mentioned you');
  await expect(page.getByRole('main')).not.toContainText('started following you');

  // Unblocked and unmuted, the review is back.
  await page.goto(`/u/${loud.handle}`);
  await press(page, 'Unblock', 'Block');
  await press(page, 'Unmute', 'Mute');
  await page.goto('/films/i-am-sam?sort=new');
  await expect(page.getByRole('link', { name: loudTitle })).toBeVisible();
  await loudContext.close();
});
