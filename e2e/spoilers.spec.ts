import { publishReviewFor } from './database';
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
});
