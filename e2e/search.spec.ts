import { expect, expectNoAxeViolations, test } from './fixtures';

test('search from the header finds a misspelt title and leads to the film', async ({ page }) => {
  await page.goto('/films');
  const field = page.getByRole('banner').getByRole('searchbox', { name: 'Search' });
  await field.fill('rain mann');
  await field.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=rain\+mann$/);

  const films = page.getByRole('region', { name: /^Films/ });
  await expect(films.getByRole('heading', { level: 2 })).toContainText('Films');
  const result = films.getByRole('link', { name: 'Rain Man (1988)' });
  await expect(result).toBeVisible();
  await expect(result.locator('mark').first()).toHaveText('Rain');
  await expect(page.getByRole('region', { name: /^Reviews/ })).toBeVisible();
  await expect(page.getByRole('region', { name: /^People/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await result.click();
  await expect(page).toHaveURL(/\/films\/rain-man$/);
  await expect(page.getByRole('heading', { level: 1, name: /Rain Man/ })).toBeVisible();
});

test('accents and original titles: "kogustaki mucize" finds the Turkish version first', async ({ page }) => {
  await page.goto('/search?q=kogustaki+mucize');
  const films = page.getByRole('region', { name: /^Films/ });
  await expect(films.getByRole('link').first()).toHaveAttribute('href', '/films/miracle-in-cell-no-7-2019');
  await expect(films.locator('mark', { hasText: 'Koğuştaki' })).toBeVisible();
});

test('reviews and people are found too, each group with its count', async ({ page }) => {
  await page.goto('/search?q=miracle');
  const reviews = page.getByRole('region', { name: /^Reviews/ });
  await expect(reviews.getByRole('article').first()).toBeVisible();
  await expect(reviews.getByRole('heading', { level: 2 })).toHaveText(/Reviews\s*\d+/);
  await expectNoAxeViolations(page);

  await page.goto('/search?q=jiwoo');
  await expect(
    page
      .getByRole('region', { name: /^People/ })
      .getByRole('link')
      .first(),
  ).toHaveAttribute('href', '/u/jiwoo');
});

test('a one-letter query asks for more, and an empty one invites a search', async ({ page }) => {
  const response = await page.goto('/search?q=x');
  expect(response?.status()).toBe(200);
  const field = page.getByRole('searchbox', { name: 'Search' });
  await expect(field).toHaveValue('x');
  await expect(field).toHaveAccessibleDescription('Type at least 2 characters');
  await expect(page.getByText('Type at least 2 characters')).toBeVisible();

  await page.goto('/search');
  await expect(page.getByRole('heading', { name: 'What are you looking for?' })).toBeVisible();
  await expectNoAxeViolations(page);

  for (const q of ['%00%00rain', '%25%5C_', '%22%22%22', '!!!-']) {
    expect((await page.goto(`/search?q=${q}&films_page=99&reviews_after=x_y`))?.status(), q).toBe(200);
  }

  const long = await page.goto(`/search?q=${'rain '.repeat(100)}`);
  expect(long?.status()).toBe(200);
  expect((await page.getByRole('searchbox', { name: 'Search' }).inputValue()).length).toBeLessThanOrEqual(200);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header search is a plain form', async ({ page }) => {
    await page.goto('/');
    const field = page.getByRole('banner').getByRole('searchbox', { name: 'Search' });
    await field.fill('parasit');
    await field.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=parasit$/);
    await expect(page.getByRole('region', { name: /^Films/ }).getByRole('link', { name: 'Parasite (2019)' })).toBeVisible();
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the header offers a link to the search page', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search$/);
    await expect(page.getByRole('searchbox', { name: 'Search' })).toBeVisible();
  });
});
