import { withDatabase } from './database';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * A seeded review of Miracle in Cell No. 7, which has four others beside it:
 * Jiwoo's is flagged for spoilers; Tomáš's is one plain paragraph.
 */
async function seededReview(author: 'jiwoo' | 'tomas_novak' = 'jiwoo') {
  const [review] = await withDatabase(
    (sql) => sql<{ id: number; film_id: number; title: string }[]>`
      select r.id, r.film_id, r.title from reviews r
      join users u on u.id = r.author_id join films f on f.id = r.film_id
      where u.handle = ${author} and f.slug = 'miracle-in-cell-no-7'`,
  );
  return review!;
}

test('share links carry the review’s canonical address to each network', async ({ page }) => {
  const review = await seededReview();
  await page.goto(`/reviews/${review.id}`);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(canonical).toMatch(new RegExp(`^https?://[^/]+/reviews/${review.id}$`));

  const share = page.getByRole('region', { name: 'Share this review' });
  const networks = [
    { name: 'X', host: 'x.com', param: 'url' },
    { name: 'Facebook', host: 'www.facebook.com', param: 'u' },
    { name: 'Reddit', host: 'www.reddit.com', param: 'url' },
    { name: 'Tumblr', host: 'www.tumblr.com', param: 'canonicalUrl' },
    { name: 'Telegram', host: 't.me', param: 'url' },
    { name: 'WhatsApp', host: 'wa.me', param: 'text' },
  ];
  for (const { name, host, param } of networks) {
    const link = share.getByRole('link', { name: `Share on ${name} (opens in a new tab)` });
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    const href = new URL((await link.getAttribute('href'))!);
    expect(href.host, name).toBe(host);
    // Decoding gives back the exact address: it was encoded, not pasted raw.
    expect(href.searchParams.get(param), name).toContain(canonical!);
    expect(href.search, name).not.toContain(canonical!);
  }
  expect(new URL((await share.getByRole('link', { name: /X/ }).getAttribute('href'))!).searchParams.get('text')).toContain(
    review.title,
  );

  await expect(share.getByRole('link', { name: 'Copy link' })).toHaveAttribute('href', canonical!);
});

test('"Copy link" copies the address when JavaScript can', async ({ page, context }) => {
  const review = await seededReview();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/reviews/${review.id}`);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');

  await page.getByRole('link', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
  await expect(page).toHaveURL(new RegExp(`/reviews/${review.id}$`));
});

test('"More reviews of this film" links to the film’s other reviews, never to this one', async ({ page }) => {
  const review = await seededReview('tomas_novak');
  const others = await withDatabase(
    (sql) => sql<{ id: number }[]>`
      select id from reviews where film_id = ${review.film_id} and status = 'published' and id <> ${review.id}
      order by upvote_count desc, id desc limit 4`,
  );
  expect(others.length).toBeGreaterThanOrEqual(2);
  await page.goto(`/reviews/${review.id}`);

  const more = page.getByRole('region', { name: 'More reviews of this film' });
  const hrefs = await more
    .getByRole('article')
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')).filter((href) => href?.startsWith('/reviews/')));
  expect(hrefs).toEqual(others.map((other) => `/reviews/${other.id}`));
  await expect(more.getByRole('link', { name: /All reviews of Miracle in Cell No\. 7/ })).toHaveAttribute(
    'href',
    '/films/miracle-in-cell-no-7',
  );
  await expectNoAxeViolations(page);
});

test('Open Graph and Twitter tags describe the review without its spoilers', async ({ page }) => {
  const review = await seededReview();
  await page.goto(`/reviews/${review.id}`);

  const meta = (selector: string) => page.locator(`meta[${selector}]`);
  await expect(meta('property="og:title"')).toHaveAttribute('content', new RegExp(review.title.slice(0, 20)));
  await expect(meta('property="og:type"')).toHaveAttribute('content', 'article');
  await expect(meta('property="og:url"')).toHaveAttribute('content', new RegExp(`/reviews/${review.id}$`));
  await expect(meta('name="twitter:card"')).toHaveAttribute('content', 'summary');
  await expect(meta('name="twitter:title"')).toHaveAttribute('content', new RegExp(review.title.slice(0, 20)));
  for (const selector of ['property="og:description"', 'name="twitter:description"', 'name="description"']) {
    // The review is flagged: its excerpt says so and quotes none of the body, where the ending is told.
    await expect(meta(selector), selector).toHaveAttribute('content', /contains spoilers/);
    await expect(meta(selector), selector).not.toHaveAttribute('content', /balloon/i);
  }
});

test('the review page passes axe with its new sections', async ({ page }) => {
  const review = await seededReview('tomas_novak');
  await page.goto(`/reviews/${review.id}`);
  await expect(page.getByRole('region', { name: 'Share this review' })).toBeVisible();
  await expectNoAxeViolations(page);
});
