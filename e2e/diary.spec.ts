import { expect, expectNoAxeViolations, newMember, signUp, test } from './fixtures';

const FILM = { slug: 'parasite', title: 'Parasite (2019)' };

test('the Watchlist toggle goes on and off, and the film page counts who wants to watch', async ({ page }) => {
  const member = newMember();
  await signUp(page, member);
  await page.goto(`/films/${FILM.slug}`);
  const toggle = page.getByRole('button', { name: /^Watchlist, / });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const before = Number((await toggle.innerText()).match(/(\d+)/)?.[1]);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(toggle).not.toHaveAttribute('aria-busy', 'true');
  await page.reload();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(toggle).toContainText(String(before + 1));

  await page.goto(`/u/${member.handle}/watchlist`);
  await expect(page.getByRole('link', { name: FILM.title })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`/films/${FILM.slug}`);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(toggle).not.toHaveAttribute('aria-busy', 'true');
  await page.goto(`/u/${member.handle}/watchlist`);
  await expect(page.getByRole('heading', { name: 'Nothing on the watchlist yet' })).toBeVisible();
});

test('two watches of one film, one a rewatch, fill the diary month by month and take it off the watchlist', async ({ page }) => {
  const member = newMember();
  await signUp(page, member);
  await page.goto(`/films/${FILM.slug}`);
  await page.getByRole('button', { name: /^Watchlist, / }).click();
  await expect(page.getByRole('button', { name: /^Watchlist, / })).toHaveAttribute('aria-pressed', 'true');

  const form = page.getByRole('form', { name: 'Log a watch' });
  await form.getByLabel('Watched on').fill('2026-01-10');
  await form.getByLabel('Rating').selectOption({ label: '4 stars' });
  await form.getByRole('button', { name: 'Log watch' }).click();
  await expect(page.getByText('Logged in your diary.')).toBeVisible();

  await form.getByLabel('Watched on').fill('2026-03-03');
  await form.getByLabel('Rewatch').check();
  await form.getByRole('button', { name: 'Log watch' }).click();
  await expect(page.getByText('Watched 3 Mar 2026 · rewatch')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Watchlist, / })).toHaveAttribute('aria-pressed', 'false');

  await page.goto(`/u/${member.handle}/diary`);
  const march = page.getByRole('region', { name: 'March 2026' });
  await expect(march.getByRole('link', { name: FILM.title })).toBeVisible();
  await expect(march.getByText('rewatch')).toBeVisible();
  const january = page.getByRole('region', { name: 'January 2026' });
  await expect(january.getByRole('link', { name: FILM.title })).toBeVisible();
  await expect(january.getByText('Rated 4 out of 5')).toBeAttached();
  await expectNoAxeViolations(page);
});

test('a watch in the future is refused beside the field, and what was typed stays', async ({ page }) => {
  await signUp(page, newMember());
  await page.goto(`/films/${FILM.slug}`);
  const form = page.getByRole('form', { name: 'Log a watch' });
  await form.getByLabel('Watched on').fill('2099-01-01');
  await form.getByLabel('Rewatch').check();
  await form.getByRole('button', { name: 'Log watch' }).click();
  await expect(form.getByText('That day is in the future.')).toBeVisible();
  await expect(form.getByLabel('Watched on')).toHaveValue('2099-01-01');
  await expect(form.getByLabel('Rewatch')).toBeChecked();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the Watchlist toggle and Log watch are plain form posts', async ({ page }) => {
    const member = newMember();
    await signUp(page, member);
    await page.goto(`/films/${FILM.slug}`);
    await page.getByRole('button', { name: /^Watchlist, / }).click();
    await expect(page.getByRole('button', { name: /^Watchlist, / })).toHaveAttribute('aria-pressed', 'true');
    const form = page.getByRole('form', { name: 'Log a watch' });
    await form.getByLabel('Watched on').fill('2026-02-14');
    await form.getByRole('button', { name: 'Log watch' }).click();
    await page.goto(`/u/${member.handle}/diary`);
    await expect(page.getByRole('region', { name: 'February 2026' }).getByRole('link', { name: FILM.title })).toBeVisible();
  });
});
