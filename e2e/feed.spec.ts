import type { Page } from '@playwright/test';

import { withDatabase } from './database';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** The ids of the review cards on the page, in order. */
async function cardIds(page: Page): Promise<number[]> {
  const hrefs = await page
    .getByRole('article')
    .getByRole('heading')
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => Number(href.split('/').pop()));
}

/** Every published review in the feed's order, from the database. */
async function expectedIds(order: 'hot_score' | 'created_at' | 'upvote_count'): Promise<number[]> {
  return withDatabase(async (sql) => {
    const rows = await sql<{ id: number }[]>`
      select id from reviews where status = 'published' order by ${sql(order)} desc, id desc`;
    return rows.map((row) => row.id);
  });
}

test('the feed’s tabs: Trending, New, Top with its periods, and Following', async ({ page }) => {
  await page.goto('/');
  const feed = page.getByRole('navigation', { name: 'Feed' });
  await expect(feed.getByRole('link', { name: 'Trending' })).toHaveAttribute('aria-current', 'page');
  await expectNoAxeViolations(page);

  await feed.getByRole('link', { name: 'Top' }).click();
  await expect(page).toHaveURL(/\?sort=top&t=week$/);
  await page.getByRole('navigation', { name: 'Period' }).getByRole('link', { name: 'All time' }).click();
  await expect(page).toHaveURL(/\?sort=top&t=all$/);
  expect(await cardIds(page)).toEqual((await expectedIds('upvote_count')).slice(0, 20));

  await page.getByRole('navigation', { name: 'Feed' }).getByRole('link', { name: 'Following' }).click();
  await expect(page.getByRole('heading', { name: 'Your own feed, from people you follow' })).toBeVisible();
});

test('Load more appends the next page in place, in order, without repeats or gaps', async ({ page }) => {
  await page.goto('/?sort=new');
  const expected = await expectedIds('created_at');
  expect(expected.length).toBeGreaterThan(20);
  expect(await cardIds(page)).toEqual(expected.slice(0, 20));

  await page.getByRole('link', { name: 'Load more' }).click();
  await expect(page.getByRole('article')).toHaveCount(Math.min(40, expected.length));
  await expect(page).toHaveURL(/\?sort=new$/);
  expect(await cardIds(page)).toEqual(expected.slice(0, 40));
});

test('Trending pages through every review in hot order', async ({ page }) => {
  await page.goto('/');
  const expected = await expectedIds('hot_score');
  while (await page.getByRole('link', { name: 'Load more' }).isVisible()) {
    const before = await page.getByRole('article').count();
    await page.getByRole('link', { name: 'Load more' }).click();
    await expect(page.getByRole('article')).not.toHaveCount(before);
  }
  expect(await cardIds(page)).toEqual(expected);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('Load more is a link to the next page, which carries on where the first stopped', async ({ page }) => {
    await page.goto('/?sort=new');
    const expected = await expectedIds('created_at');
    const seen = await cardIds(page);
    await page.getByRole('link', { name: 'Load more' }).click();
    await expect(page).toHaveURL(/\?sort=new&after=/);
    seen.push(...(await cardIds(page)));
    expect(seen).toEqual(expected.slice(0, seen.length));
    expect(seen.length).toBe(Math.min(40, expected.length));
  });
});
