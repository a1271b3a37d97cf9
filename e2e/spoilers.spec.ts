import { publishReviewFor, withDatabase } from './database';
import { expect, newMember, signUp, test } from './fixtures';

/**
 * An inline spoiler's words stay out of everything a reader did not ask
 * for: the accessibility tree (what a screen reader reads on arrival),
 * find-in-page and a copied selection, until the reader reveals it.
 */
const SECRET = 'Verbal walks out and his limp is gone';
const BODY = `${'A patient, careful con film that rewards a second viewing. '.repeat(10)}\n\nThe ending: >!${SECRET}!< and the room goes quiet.`;

async function reviewWithSpoiler(page: import('@playwright/test').Page) {
  const member = newMember();
  await signUp(page, member);
  return publishReviewFor(member.handle, {
    filmSlug: 'parasite',
    title: `The usual twist, as ${member.handle} saw it`,
    body: BODY,
  });
}

test('an inline spoiler is out of the accessibility tree, find-in-page and copy until revealed', async ({ page }) => {
  const id = await reviewWithSpoiler(page);
  await page.goto(`/reviews/${id}`);
  const paragraph = page.getByText('The ending:');
  await expect(paragraph).toBeVisible();

  expect(await paragraph.ariaSnapshot()).not.toContain('limp');
  expect(await paragraph.ariaSnapshot()).toContain('Spoiler');
  expect(await page.evaluate((words) => (window as unknown as { find: (text: string) => boolean }).find(words), SECRET)).toBe(
    false,
  );
  const copied = await paragraph.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return selection.toString();
  });
  expect(copied).not.toContain('limp');

  // Revealed by keyboard focus (Tab reaches it; a click or tap focuses it too).
  await page.locator('.spoiler').first().focus();
  await expect(page.getByText(SECRET)).toBeVisible();
  expect(await paragraph.ariaSnapshot()).toContain(SECRET);
});

/**
 * Block spoilers (`:::spoiler`, a `<details>`) keep their words out of the
 * same places while closed: wherever they sit, and in a review flagged
 * "Contains spoilers" as well. Chromium's find-in-page would open a closed
 * `<details>` to show a match; the closed content is display: none, so
 * there is no match to show.
 */
const BLOCK_SECRETS = {
  list: 'the balloon drifts over the prison wall',
  quote: 'the verdict is overturned years too late',
  top: 'the daughter becomes the lawyer who clears him',
};
const BLOCK_BODY = [
  'A father, a daughter and a prison cell painted in crayon colours. '.repeat(8),
  '',
  '- The cast is wonderful.',
  '- The last act:',
  '  :::spoiler The balloon',
  `  In the end ${BLOCK_SECRETS.list}.`,
  '  :::',
  '',
  '> The courtroom scene stays with you.',
  '>',
  '> :::spoiler The courtroom',
  `> In the end ${BLOCK_SECRETS.quote}.`,
  '> :::',
  '',
  ':::spoiler The ending',
  `In the end ${BLOCK_SECRETS.top}.`,
  ':::',
].join('\n');

async function reviewWithBlockSpoilers(page: import('@playwright/test').Page) {
  const member = newMember();
  await signUp(page, member);
  const id = await publishReviewFor(member.handle, {
    filmSlug: 'miracle-in-cell-no-7',
    title: `The ending, as ${member.handle} saw it`,
    body: BLOCK_BODY,
  });
  await withDatabase((sql) => sql`update reviews set contains_spoilers = true where id = ${id}`);
  return id;
}

const finds = (page: import('@playwright/test').Page, words: string) =>
  page.evaluate((text) => (window as unknown as { find: (text: string) => boolean }).find(text), words);

test('a closed block spoiler, in a list, a quote or on its own, is out of the accessibility tree and find-in-page', async ({
  page,
}) => {
  const id = await reviewWithBlockSpoilers(page);
  await page.goto(`/reviews/${id}`);
  await expect(page.getByRole('note')).toContainText('This review contains spoilers.');
  const body = page.locator('.prose-review').first();
  const spoilers = body.locator('details');
  await expect(spoilers).toHaveCount(3);
  await expect(body.locator('li details')).toHaveCount(1);
  await expect(body.locator('blockquote details')).toHaveCount(1);

  const closed = await body.ariaSnapshot();
  for (const label of ['The balloon', 'The courtroom', 'The ending']) expect(closed).toContain(`Spoiler: ${label}`);
  for (const secret of Object.values(BLOCK_SECRETS)) {
    expect(closed).not.toContain(secret);
    expect(await finds(page, secret), secret).toBe(false);
  }
  await expect(spoilers.first()).not.toHaveAttribute('open');

  // Opened, each shows its words to everyone: readers, find-in-page, screen readers.
  await body.locator('li details > summary').click();
  await expect(page.getByText(BLOCK_SECRETS.list)).toBeVisible();
  expect(await body.ariaSnapshot()).toContain(BLOCK_SECRETS.list);
  expect(await finds(page, BLOCK_SECRETS.list)).toBe(true);
  expect(await body.ariaSnapshot()).not.toContain(BLOCK_SECRETS.quote);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an inline spoiler is still hidden from the accessibility tree, and a click reveals it', async ({ page }) => {
    const id = await reviewWithSpoiler(page);
    await page.goto(`/reviews/${id}`);
    const paragraph = page.getByText('The ending:');
    expect(await paragraph.ariaSnapshot()).not.toContain('limp');
    await page.locator('.spoiler').first().click();
    await expect(page.getByText(SECRET)).toBeVisible();
  });

  test('a closed block spoiler is hidden too, and its summary opens it', async ({ page }) => {
    const id = await reviewWithBlockSpoilers(page);
    await page.goto(`/reviews/${id}`);
    const body = page.locator('.prose-review').first();
    expect(await body.ariaSnapshot()).not.toContain(BLOCK_SECRETS.quote);
    expect(await finds(page, BLOCK_SECRETS.quote)).toBe(false);
    await body.locator('blockquote details > summary').click();
    await expect(page.getByText(BLOCK_SECRETS.quote)).toBeVisible();
  });
});
