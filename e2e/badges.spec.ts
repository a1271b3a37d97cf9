import { publishReviewFor, withDatabase } from './database';
import { expect, expectNoAxeViolations, newMember, signUp, test, UPVOTE } from './fixtures';

test('upvotes from ten fresh members earn a badge: one notice with the next target, the board, and a one-click stop', async ({
  browser,
  page,
}) => {
  test.setTimeout(240_000);
  const author = newMember();
  await signUp(page, author);
  const reviewId = await publishReviewFor(author.handle, { filmSlug: 'masquerade', title: 'A king’s double', rating: 9 });

  for (let voter = 0; voter < 10; voter += 1) {
    const context = await browser.newContext({
      extraHTTPHeaders: { 'x-forwarded-for': `203.0.113.${100 + voter}, 198.51.100.${100 + voter}` },
    });
    const voterPage = await context.newPage();
    await signUp(voterPage, newMember());
    await voterPage.goto(`/reviews/${reviewId}`);
    const upvote = voterPage.getByRole('article').first().getByRole('button', { name: UPVOTE });
    await upvote.click();
    await expect(upvote).toHaveAttribute('aria-pressed', 'true');
    await expect(upvote).not.toHaveAttribute('aria-busy', 'true');
    await context.close();
  }

  await page.goto('/notifications');
  const notice = page.getByText(
    `Congratulations @${author.handle}! You have completed the following achievement: You received more than 10 upvotes. Your next target is to reach 50 upvotes.`,
  );
  await expect(notice).toHaveCount(1);
  await expect(page.getByText(`reached 10 upvotes`)).toHaveCount(1);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'See your badges' }).first().click();
  await expect(page).toHaveURL(new RegExp(`/u/${author.handle}/badges$`));
  await expect(page.getByRole('heading', { name: 'Upvotes received · 10' })).toBeVisible();
  await expect(page.getByText('10 / 50 upvotes received')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Still to earn' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/notifications');
  await page.getByRole('button', { name: 'Stop badge notifications' }).first().click();
  await expect(page.getByText('Badge notifications are off.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stop badge notifications' })).toHaveCount(0);
  await page.goto('/settings');
  await expect(page.getByRole('checkbox', { name: /Badges/ })).not.toBeChecked();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('"Stop badge notifications" is a plain form post', async ({ page }) => {
    const member = newMember();
    await signUp(page, member);
    await withDatabase(
      (sql) => sql`
        insert into notifications (recipient_id, kind, payload)
        select id, 'badge', ${sql.json({ badges: [{ key: 'upvotes-given', tier: 10 }] })} from users where handle = ${member.handle}`,
    );
    await page.goto('/notifications');
    await expect(
      page.getByText('You gave more than 10 upvotes. Your next target is to reach 50 upvotes.', { exact: false }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Stop badge notifications' }).click();
    await expect(page.getByText('Badge notifications are off.')).toBeVisible();
  });
});

test('the badge catalogue, a badge page and the leaderboard', async ({ page }) => {
  const member = newMember();
  await signUp(page, member);
  await page.goto('/badges');
  await expect(page.getByRole('heading', { level: 1, name: 'Badges' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Upvotes received' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Globetrotter' }).click();
  await expect(page).toHaveURL(/\/badges\/globetrotter$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Globetrotter' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/leaderboard?by=upvotes&t=all');
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.getByRole('status')).toContainText('You are not on this board yet');
  await expectNoAxeViolations(page);
  await page.getByRole('navigation', { name: 'Ranking' }).getByRole('link', { name: 'Reviews published' }).click();
  await expect(page).toHaveURL(/by=reviews&t=all$/);
});
