import { withDatabase } from './database';
import { expect, expectNoAxeViolations, test } from './fixtures';

test('home → film → review: the seeded site reads end to end', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Verdict — film reviews worth reading');
  await expect(page.getByRole('heading', { level: 1, name: 'Film reviews worth reading' })).toBeVisible();
  const cards = page.getByRole('article');
  expect(await cards.count()).toBeGreaterThanOrEqual(10);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Films', exact: true }).first().click();
  await expect(page).toHaveURL(/\/films$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Films' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Miracle in Cell No. 7 (2013)' }).click();
  await expect(page).toHaveURL(/\/films\/miracle-in-cell-no-7$/);
  await expect(page.getByRole('heading', { level: 1, name: /Miracle in Cell No\. 7/ })).toBeVisible();
  await expect(page).toHaveTitle('Miracle in Cell No. 7 (2013) · Verdict');
  await expect(page.getByText('Lee Hwan-kyung').first()).toBeVisible();
  await expect(page.getByText('Ryu Seung-ryong').first()).toBeVisible();
  await expectNoAxeViolations(page);

  const review = page
    .getByRole('article')
    .first()
    .getByRole('link')
    .filter({ hasNotText: /Miracle in Cell/ })
    .first();
  const reviewTitle = (await review.textContent())?.trim() ?? '';
  await review.click();
  await expect(page).toHaveURL(/\/reviews\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(reviewTitle);
  await expectNoAxeViolations(page);
});

test('a film page links every version of its remake family', async ({ page }) => {
  await page.goto('/films/miracle-in-cell-no-7');
  const versions = page.getByRole('navigation', { name: /versions/i }).or(page.getByRole('region', { name: /versions/i }));
  await expect(versions.getByRole('link', { name: /2019/ })).toHaveAttribute('href', '/films/miracle-in-cell-no-7-2019');
  await expect(versions.getByRole('link', { name: /Philippines/ })).toHaveAttribute(
    'href',
    '/films/miracle-in-cell-no-7-2022-philippines',
  );
  await expect(versions.getByRole('link', { name: /Indonesia/ })).toHaveAttribute(
    'href',
    '/films/miracle-in-cell-no-7-2022-indonesia',
  );

  await versions.getByRole('link', { name: /2019/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Miracle in Cell No\. 7|Koğuştaki Mucize/ })).toBeVisible();
  await expect(page.getByText('7. Koğuştaki Mucize').first()).toBeVisible();
  await expect(page.getByText('Aras Bulut İynemli').first()).toBeVisible();
});

test('a review page renders sanitised Markdown and its nested thread', async ({ page }) => {
  const [deepest] = await withDatabase(
    (sql) => sql<{ review_id: number }[]>`select review_id from comments order by depth desc limit 1`,
  );
  await page.goto(`/reviews/${deepest!.review_id}`);
  await expect(page.locator('.prose-review p').first()).toBeVisible();
  await expect(page.locator('.prose-review script')).toHaveCount(0);
  const comments = page.getByRole('region', { name: /comment/ });
  // Replies sit inside their parent's list item.
  await expect(comments.locator('li li').first()).toBeVisible();
});

test('every page has a title, a description and Open Graph tags', async ({ page }) => {
  for (const path of ['/', '/films', '/films/miracle-in-cell-no-7', '/u/jiwoo', '/signin', '/signup']) {
    await page.goto(path);
    await expect(page, path).toHaveTitle(/Verdict/);
    await expect(page.locator('meta[name="description"]'), path).toHaveAttribute('content', /.{20,}/);
    await expect(page.locator('meta[property="og:title"]'), path).toHaveAttribute('content', /\w/);
  }
});

test('a profile shows the member and their reviews', async ({ page }) => {
  await page.goto('/u/jiwoo');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('article').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('pages read well on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const path of ['/', '/films/miracle-in-cell-no-7']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
