import type { Page } from '@playwright/test';

import { withDatabase } from './database';
import { expect, expectNoAxeViolations, test } from './fixtures';

const MIRACLE = '/films/miracle-in-cell-no-7';
const oneDecimal = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

interface SeededReview {
  title: string;
  rating: number;
  contains_spoilers: boolean;
}

function publishedReviews(slug: string) {
  return withDatabase(
    (sql) => sql<SeededReview[]>`
      select r.title, r.rating, r.contains_spoilers from reviews r join films f on f.id = r.film_id
      where f.slug = ${slug} and r.status = 'published'`,
  );
}

const reviewList = (page: Page) => page.getByRole('region', { name: 'Reviews', exact: true });
const cardTitles = (page: Page) => reviewList(page).getByRole('article').getByRole('heading', { level: 3 }).allTextContents();

/** Each card's rating on the 1–10 scale, read from its star rating's accessible label. */
async function cardRatings(page: Page) {
  const labels = await reviewList(page)
    .getByRole('article')
    .getByText(/^Rated [\d.]+ out of 5$/)
    .allTextContents();
  return labels.map((label) => Number(/([\d.]+) out of 5/.exec(label)![1]) * 2);
}

/** Every card title from the first page on, following "More reviews" to the end. */
async function titlesOnEveryPage(page: Page) {
  const titles: string[] = [];
  for (let pages = 1; ; pages += 1) {
    titles.push(...(await cardTitles(page)));
    const more = page.getByRole('link', { name: 'More reviews' });
    if ((await more.count()) === 0) return titles;
    expect(pages, 'paging should end').toBeLessThan(10);
    const before = page.url();
    await more.click();
    await expect(page).not.toHaveURL(before);
  }
}

/**
 * A film of its own with 23 reviews (more than two pages of ten) by brand-new
 * members, with ties in upvotes, ratings and times. Upvotes are real vote rows,
 * so the counters stay true.
 */
async function createFilmWithManyReviews() {
  const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  return withDatabase(async (sql) => {
    const [film] = await sql<{ id: number; slug: string }[]>`
      insert into films (slug, title, year, country, language) values (${`paging-${tag}`}, ${`Paging ${tag}`}, 2020, 'KR', 'ko')
      returning id, slug`;
    const members = await sql<{ id: string }[]>`
      insert into users (handle, display_name, email)
      select 'pager-' || ${tag} || '-' || n, 'Pager ' || n, 'pager-' || ${tag} || '-' || n || '@example.com'
      from generate_series(1, 23) n order by n
      returning id`;
    for (const [index, member] of members.entries()) {
      await sql`
        insert into reviews (film_id, author_id, title, body, rating, contains_spoilers, created_at)
        values (${film!.id}, ${member.id}, ${`Paging review ${index + 1}`}, ${'A review written to be paged through. '.repeat(5)},
                ${(index % 5) * 2 + 2}, ${index % 3 === 0}, now() - make_interval(days => ${index % 4}::int))`;
    }
    await sql`
      insert into review_votes (user_id, review_id)
      select voter.id, r.id from reviews r join users voter on voter.handle like ${`pager-${tag}-%`} and voter.id <> r.author_id
      where r.film_id = ${film!.id} and split_part(voter.handle, '-', 3)::int <= r.id % 4`;
    await sql`
      update reviews set upvote_count = (select count(*) from review_votes v where v.review_id = reviews.id)
      where film_id = ${film!.id}`;
    return film!;
  });
}

test.describe('the film page', () => {
  test('summarises the ratings: how many, their average, and the spread', async ({ page }) => {
    const reviews = await publishedReviews('miracle-in-cell-no-7');
    const average = reviews.reduce((sum, review) => sum + review.rating, 0) / reviews.length;
    await page.goto(MIRACLE);

    const summary = page.getByRole('region', { name: 'Member ratings' });
    await expect(summary).toContainText(`from ${reviews.length} reviews`);
    await expect(summary).toContainText(oneDecimal.format(average / 2));
    const spread = summary.getByRole('table', { name: 'Reviews by rating' });
    await expect(spread.getByRole('row')).toHaveCount(11);
    const tens = reviews.filter((review) => review.rating === 10).length;
    await expect(spread.getByRole('row', { name: /^5 stars/ })).toContainText(String(tens));
  });

  test('sorts by rating, lowest first', async ({ page }) => {
    const reviews = await publishedReviews('miracle-in-cell-no-7');
    await page.goto(MIRACLE);
    await page.getByRole('link', { name: 'Rating (lowest first)' }).click();

    await expect(page).toHaveURL(/sort=rating-asc/);
    await expect(page.getByRole('link', { name: 'Rating (lowest first)' })).toHaveAttribute('aria-current', 'page');
    expect(await cardRatings(page)).toEqual(reviews.map((review) => review.rating).sort((a, b) => a - b));
  });

  test('hides spoiler-flagged reviews', async ({ page }) => {
    const reviews = await publishedReviews('miracle-in-cell-no-7');
    const spoilerFree = reviews.filter((review) => !review.contains_spoilers);
    expect(spoilerFree.length).toBeLessThan(reviews.length);
    await page.goto(MIRACLE);
    await expect(reviewList(page).getByText('Contains spoilers').first()).toBeVisible();

    await page.getByLabel('Hide spoilers').check();
    await page.getByRole('button', { name: 'Apply' }).click();

    await expect(page).toHaveURL(/spoilers=hide/);
    expect((await cardTitles(page)).sort()).toEqual(spoilerFree.map((review) => review.title).sort());
    await expect(reviewList(page).getByText('Contains spoilers')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('keeps only ratings inside the chosen range', async ({ page }) => {
    const reviews = await publishedReviews('miracle-in-cell-no-7');
    const inRange = reviews.filter((review) => review.rating >= 7 && review.rating <= 8);
    expect(inRange.length).toBeGreaterThan(0);
    await page.goto(MIRACLE);

    const rating = page.getByRole('group', { name: 'Rating' });
    await rating.getByLabel('From').selectOption({ label: '3.5 stars' });
    await rating.getByLabel('To').selectOption({ label: '4 stars' });
    await page.getByRole('button', { name: 'Apply' }).click();

    await expect(page).toHaveURL(/min=7&max=8/);
    expect((await cardTitles(page)).sort()).toEqual(inRange.map((review) => review.title).sort());
    await page.getByRole('link', { name: 'Clear filters' }).click();
    await expect(reviewList(page).getByRole('article')).toHaveCount(reviews.length);
  });

  test('pages through every review once, in order, keeping the sort and filters', async ({ page }) => {
    const film = await createFilmWithManyReviews();
    const [topOrder, newSpoilerFree] = await withDatabase((sql) =>
      Promise.all([
        sql<{ title: string }[]>`
          select title from reviews where film_id = ${film.id} and status = 'published' order by upvote_count desc, id desc`,
        sql<{ title: string }[]>`
          select title from reviews where film_id = ${film.id} and status = 'published' and not contains_spoilers
          order by date_trunc('milliseconds', created_at) desc, id desc`,
      ]),
    );

    await page.goto(`/films/${film.slug}`);
    expect(await titlesOnEveryPage(page)).toEqual(topOrder.map((review) => review.title));

    await page.goto(`/films/${film.slug}?sort=new&spoilers=hide`);
    expect(await titlesOnEveryPage(page)).toEqual(newSpoilerFree.map((review) => review.title));
    await expect(page).toHaveURL(/sort=new&spoilers=hide&after=/);

    // Every author here joined today.
    await expect(reviewList(page).getByRole('article').first().getByText('New here')).toBeVisible();
  });

  test('compares the four versions, marking this one', async ({ page }) => {
    await page.goto(MIRACLE);
    const versions = page.getByRole('region', { name: 'Versions around the world' });
    const rows = versions.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(5);
    await expect(versions.getByRole('link', { name: /2013, South Korea/ })).toHaveAttribute('aria-current', 'page');
    await expect(versions.getByRole('link', { name: /2019/ })).toHaveAttribute('href', '/films/miracle-in-cell-no-7-2019');
    await expect(versions.getByRole('columnheader')).toHaveText([
      'Version',
      'Year',
      'Country',
      'Directed by',
      'Rating',
      'Reviews',
    ]);
    await expect(rows.nth(1)).toContainText('Lee Hwan-kyung');
    await expectNoAxeViolations(page);
  });

  test('falls back to the default view for parameters it does not understand', async ({ page }) => {
    const response = await page.goto(`${MIRACLE}?sort=best&min=zero&max=99&spoilers=maybe&after=top_1_1_1`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('link', { name: 'Top', exact: true })).toHaveAttribute('aria-current', 'page');
    expect(await reviewList(page).getByRole('article').count()).toBe((await publishedReviews('miracle-in-cell-no-7')).length);
  });
});

test.describe('the film page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('sorts, filters and pages with plain links and a form', async ({ page }) => {
    const reviews = await publishedReviews('miracle-in-cell-no-7');
    await page.goto(MIRACLE);
    await page.getByRole('link', { name: 'Rating (highest first)' }).click();
    await expect(page).toHaveURL(/sort=rating-desc/);
    expect(await cardRatings(page)).toEqual(reviews.map((review) => review.rating).sort((a, b) => b - a));

    await page.getByLabel('Hide spoilers').check();
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/sort=rating-desc&spoilers=hide/);
    await expect(reviewList(page).getByText('Contains spoilers')).toHaveCount(0);
    const ratings = await cardRatings(page);
    expect(ratings).toEqual([...ratings].sort((a, b) => b - a));

    const film = await createFilmWithManyReviews();
    await page.goto(`/films/${film.slug}?sort=rating-asc`);
    const titles = await titlesOnEveryPage(page);
    expect(titles).toHaveLength(23);
    expect(new Set(titles).size).toBe(23);
    await expect(page).toHaveURL(/sort=rating-asc&after=/);
  });
});
