import { comment, commentItem, freshReview, member, postComment, thread } from './comment-thread';
import { withDatabase } from './database';
import { expect, test } from './fixtures';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('Reply opens the permalink form, a subtree collapses, and sorting works', async ({ page }) => {
    const review = await freshReview();
    await member(page);
    await page.goto(`/reviews/${review.id}`);
    await postComment(page, 'Posted without script');

    const replyLink = comment(page, 'Posted without script').getByRole('link', { name: 'Reply' });
    await expect(replyLink).toHaveAttribute('href', /\/reviews\/\d+\/comments\/\d+\?reply=1#reply$/);
    await replyLink.click();
    const box = page.getByRole('textbox', { name: 'Comment' });
    await box.fill('');
    await page.getByRole('button', { name: 'Post comment' }).click();
    await expect(page.locator('[id$="-error"]').filter({ hasText: 'Write your comment.' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Comment' }).fill('A reply, no script');
    await page.getByRole('button', { name: 'Post comment' }).click();
    await expect(comment(page, 'A reply, no script')).toBeVisible();

    await page.goto(`/reviews/${review.id}`);
    const root = commentItem(page, 'Posted without script');
    await root.getByText('Hide 1 reply').click();
    await expect(page.getByText('A reply, no script', { exact: true })).toBeHidden();
    await root.getByText('1 reply hidden · show').click();
    await expect(page.getByText('A reply, no script', { exact: true })).toBeVisible();

    await postComment(page, 'A later thought');
    await page.getByRole('navigation', { name: 'Sort comments' }).getByRole('link', { name: 'Old' }).click();
    await expect(page).toHaveURL(/comments=old/);
    const order = await thread(page).locator(':scope > div > ol > li > article').allInnerTexts();
    expect(order.findIndex((text) => text.includes('Posted without script'))).toBeLessThan(
      order.findIndex((text) => text.includes('A later thought')),
    );
    await page.getByRole('navigation', { name: 'Sort comments' }).getByRole('link', { name: 'New' }).click();
    const newest = await thread(page).locator(':scope > div > ol > li > article').allInnerTexts();
    expect(newest[0]).toContain('A later thought');

    // Delete asks first, on its own page.
    await comment(page, 'A later thought').getByRole('link', { name: 'Delete' }).click();
    await page.getByRole('button', { name: 'Delete comment' }).click();
    await expect(page.getByText('A later thought', { exact: true })).toHaveCount(0);
  });
});

test('"More comments" pages through the top-level comments, 20 at a time', async ({ page }) => {
  const review = await freshReview();
  await withDatabase(
    (sql) => sql`
      with numbered as (
        select n, nextval(pg_get_serial_sequence('comments', 'id'))::int as id from generate_series(1, 25) n
      )
      insert into comments (id, review_id, author_id, body, path, depth, created_at)
      overriding system value
      select id, ${review.id}, (select author_id from reviews where id = ${review.id}), 'Paged comment ' || n,
             id::text::ltree, 0, now() - make_interval(mins => 60 - n)
        from numbered`,
  );
  await withDatabase((sql) => sql`update reviews set comment_count = 25 where id = ${review.id}`);
  await page.goto(`/reviews/${review.id}?comments=old`);
  await expect(comment(page, 'Paged comment 20')).toBeVisible();
  await expect(page.getByText('Paged comment 21', { exact: true })).toHaveCount(0);
  await page.getByRole('link', { name: 'More comments' }).click();
  await expect(comment(page, 'Paged comment 21')).toBeVisible();
  await expect(comment(page, 'Paged comment 25')).toBeVisible();
  await expect(page.getByText('Paged comment 20', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'More comments' })).toHaveCount(0);
});

test('bad permalinks are not found', async ({ page }) => {
  const [review, other] = [await freshReview(), await freshReview()];
  await member(page);
  await page.goto(`/reviews/${review.id}`);
  await postComment(page, 'On the first review');
  const id = (await comment(page, 'On the first review').getAttribute('id'))!.replace('comment-', '');
  for (const path of [
    `/reviews/${other.id}/comments/${id}`,
    `/reviews/${review.id}/comments/abc`,
    `/reviews/${review.id}/comments/99999999999`,
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});
