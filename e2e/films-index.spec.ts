import type { Page } from '@playwright/test';

import { withDatabase } from './database';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** The film links in the grid, in order. */
async function gridSlugs(page: Page): Promise<string[]> {
  const hrefs = await page
    .getByRole('main')
    .getByRole('article')
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.replace('/films/', ''));
}

async function expectedSlugs(country: string): Promise<string[]> {
  return withDatabase(async (sql) => {
    const rows = await sql<{ slug: string }[]>`select slug from films where country = ${country} order by year desc, title, id`;
    return rows.map((row) => row.slug);
  });
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('filters by country and sorts by year', async ({ page }) => {
      await page.goto('/films');
      const form = page.getByRole('form', { name: 'Filter films' });
      await form.getByLabel('Country').selectOption({ label: 'South Korea' });
      await form.getByRole('button', { name: 'Apply' }).click();
      // A GET form sends every field, empty ones too.
      await expect(page).toHaveURL(/\/films\?country=KR&from=&to=$/);

      await page.getByRole('navigation', { name: 'Sort films' }).getByRole('link', { name: 'Year' }).click();
      await expect(page).toHaveURL(/\/films\?country=KR&sort=year$/);
      await expect(page.getByRole('navigation', { name: 'Sort films' }).getByRole('link', { name: 'Year' })).toHaveAttribute(
        'aria-current',
        'page',
      );
      expect(await gridSlugs(page)).toEqual(await expectedSlugs('KR'));
      await expect(page.getByRole('form', { name: 'Filter films' }).getByLabel('Country')).toHaveValue('KR');
    });
  });
}

test('years and Has versions narrow the grid; bad parameters fall back', async ({ page }) => {
  await page.goto('/films?versions=1&from=2019&to=2022');
  const slugs = await gridSlugs(page);
  expect(slugs.sort()).toEqual([
    'miracle-in-cell-no-7-2019',
    'miracle-in-cell-no-7-2022-indonesia',
    'miracle-in-cell-no-7-2022-philippines',
  ]);
  await expect(page.getByRole('checkbox', { name: 'Has versions' })).toBeChecked();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/films$/);

  const response = await page.goto('/films?country=%00&from=abc&to=99999999&sort=%3Cscript%3E&versions=maybe');
  expect(response?.status()).toBe(200);
  expect((await gridSlugs(page)).length).toBeGreaterThanOrEqual(12);

  await page.goto('/films?country=ZZ');
  await expect(page.getByRole('heading', { name: 'No films match these filters' })).toBeVisible();
});
