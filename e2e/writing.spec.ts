import type { Page } from '@playwright/test';

import { withDatabase } from './database';
import { expect, expectNoAxeViolations, formAlert, newMember, signOut, signUp, test } from './fixtures';

const EDITOR = '/films/rain-man/review';

/** Long enough to publish, with everything the renderer treats specially. */
const BODY = `# Two brothers and a long drive

Charlie Babbitt wants the money. What he gets is a brother he never knew, and six days on the road that change them both. 🎬

## What works

Hoffman never asks for our pity. Cruise, so often accused of coasting on charm, lets the charm curdle into something ugly and then, slowly, into something like love. The “K-Mart sucks” scenes are funny the first time and heartbreaking the fifth.

The middle stretch, where >!Raymond counts the spilled toothpicks!< in a diner, is the film at its best: patient, observant, unforced.

:::spoiler The ending
Raymond goes back to Wallbrook, and Charlie lets him go. The last look between them says everything.
:::

## What doesn’t

The score leans hard on the big moments, and the Las Vegas episode plays like a detour into a glossier film.
`;

function reviewBox(page: Page) {
  return page.getByRole('textbox', { name: 'Review', exact: true });
}

async function fillReview(page: Page, { title, rating, body }: { title: string; rating: string; body: string }) {
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page.getByRole('radio', { name: rating, exact: true }).check();
  await reviewBox(page).fill(body);
}

/** Publishes a review of Rain Man as the signed-in member and returns its id. */
async function postReview(page: Page, title: string, rating = '4 stars', body = BODY): Promise<number> {
  await page.goto(EDITOR);
  await fillReview(page, { title, rating, body });
  await page.getByRole('button', { name: 'Post review' }).click();
  await expect(page).toHaveURL(/\/reviews\/\d+$/);
  return Number(new URL(page.url()).pathname.split('/').pop());
}

async function expectInlineSpoilerHiddenUntilRevealed(page: Page) {
  const words = page.locator('.prose-review').getByText('Raymond counts the spilled toothpicks');
  await expect(words).toBeHidden();
  await page.locator('.prose-review .spoiler').first().click();
  await expect(words).toBeVisible();
}

async function expectBlockSpoilerHiddenUntilRevealed(page: Page) {
  const hidden = page.getByText('Raymond goes back to Wallbrook');
  await expect(hidden).toBeHidden();
  await page.getByText('Spoiler: The ending').click();
  await expect(hidden).toBeVisible();
}

test('a new member writes, previews and publishes a review', async ({ page }) => {
  await signUp(page, newMember());
  await page.goto(EDITOR);
  await expect(page.getByRole('heading', { level: 1, name: 'Write your review' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Rain Man (1988)' })).toHaveAttribute('href', '/films/rain-man');
  await expect(page.getByText('Your first review: a few pointers')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Delete this review' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const title = `Counting cards, counting days ${Date.now()}`;
  await fillReview(page, { title, rating: '4 stars', body: BODY });
  await expect(page.getByText('4 out of 5', { exact: true })).toBeVisible();
  await expect(page.locator('#body-count')).toHaveText(/^\d+ words · \d+ min read$/);

  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('heading', { name: 'What works' })).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Two brothers and a long drive' })).toBeVisible();
  await expect(preview.getByText('Raymond goes back to Wallbrook')).toBeHidden();
  await expect(preview.getByText('Spoiler: The ending')).toBeVisible();
  await expect(reviewBox(page)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Preview' })).toHaveAttribute('aria-pressed', 'true');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Write' }).click();
  await expect(reviewBox(page)).toBeVisible();
  await expect(reviewBox(page)).toBeFocused();
  await expect(reviewBox(page)).toHaveValue(BODY);
  await expect(page.getByRole('radio', { name: '4 stars', exact: true })).toBeChecked();
  await page.getByRole('checkbox', { name: 'Contains spoilers' }).check();

  await page.getByRole('button', { name: 'Post review' }).click();
  await expect(page).toHaveURL(/\/reviews\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByText('The “K-Mart sucks” scenes')).toBeVisible();
  await expect(page.getByText(/six days on the road that change them both\. 🎬/)).toBeVisible();
  await expectInlineSpoilerHiddenUntilRevealed(page);
  await expectBlockSpoilerHiddenUntilRevealed(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('preview and publish still work, and spoilers stay hidden until revealed', async ({ page }) => {
    await signUp(page, newMember());
    await page.goto(EDITOR);
    const title = `No script needed ${Date.now()}`;
    await fillReview(page, { title, rating: '3½ stars', body: BODY });

    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByRole('region', { name: 'Preview' });
    await expect(preview.getByRole('heading', { name: 'What works' })).toBeVisible();
    await expect(preview.getByText('Raymond goes back to Wallbrook')).toBeHidden();
    // The form is still there with everything typed.
    await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(title);
    await expect(page.getByRole('radio', { name: '3½ stars', exact: true })).toBeChecked();
    await expect(reviewBox(page)).toHaveValue(BODY);

    await page.getByRole('button', { name: 'Post review' }).click();
    await expect(page).toHaveURL(/\/reviews\/\d+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expectInlineSpoilerHiddenUntilRevealed(page);
    await expectBlockSpoilerHiddenUntilRevealed(page);
  });

  test('a review that is too short comes back with what was typed', async ({ page }) => {
    await signUp(page, newMember());
    await page.goto(EDITOR);
    await fillReview(page, { title: 'Short and sweet', rating: '2 stars', body: 'Too short to be a review.' });
    await page.getByRole('button', { name: 'Post review' }).click();
    await expect(page.locator('#body-error')).toContainText('A review needs at least 500 characters');
    await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Short and sweet');
    await expect(page.getByRole('radio', { name: '2 stars', exact: true })).toBeChecked();
    await expect(reviewBox(page)).toHaveValue('Too short to be a review.');
  });
});

test('a review that is too short shows every error and keeps what was typed', async ({ page }) => {
  await signUp(page, newMember());
  await page.goto(EDITOR);
  const body = 'Hoffman is remarkable. That is the review.';
  await fillReview(page, { title: 'Short, but “heartfelt” 🎬', rating: '3½ stars', body });
  await page.getByRole('checkbox', { name: 'Contains spoilers' }).check();
  await page.getByRole('button', { name: 'Post review' }).click();

  const alert = formAlert(page);
  await expect(alert).toContainText('Your review needs a few changes');
  await expect(alert.getByRole('link', { name: /^Review: A review needs at least 500 characters/ })).toHaveAttribute(
    'href',
    '#body',
  );
  await expect(page.locator('#body-error')).toContainText(`A review needs at least 500 characters; this one has ${body.length}.`);
  await expect(reviewBox(page)).toHaveAttribute('aria-describedby', /body-error/);
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Short, but “heartfelt” 🎬');
  await expect(page.getByRole('radio', { name: '3½ stars', exact: true })).toBeChecked();
  await expect(reviewBox(page)).toHaveValue(body);
  await expect(page.getByRole('checkbox', { name: 'Contains spoilers' })).toBeChecked();
  await expectNoAxeViolations(page);

  await alert.getByRole('link', { name: /^Review:/ }).click();
  await expect(reviewBox(page)).toBeFocused();

  // No rating and no title: both are named, the rating's message tied to its group.
  await page.getByRole('textbox', { name: 'Title' }).fill('');
  await page.getByRole('button', { name: 'Post review' }).click();
  await expect(alert.getByRole('link', { name: /^Title: Give your review a title/ })).toBeVisible();
  await expect(reviewBox(page)).toHaveValue(body);
});

test('a missing rating is reported on the rating group', async ({ page }) => {
  await signUp(page, newMember());
  await page.goto(EDITOR);
  await page.getByRole('textbox', { name: 'Title' }).fill('Unrated');
  await reviewBox(page).fill(BODY);
  await page.getByRole('button', { name: 'Post review' }).click();
  await expect(formAlert(page).getByRole('link', { name: /^Rating: Choose a rating/ })).toBeVisible();
  const group = page.getByRole('group', { name: 'Rating' });
  await expect(group).toHaveAttribute('aria-describedby', 'rating-error');
  await expect(page.locator('#rating-error')).toHaveText('Choose a rating from half a star to five stars.');
  await expect(reviewBox(page)).toHaveValue(BODY);
});

test('editing a review adds a version whose changes the history shows', async ({ page }) => {
  await signUp(page, newMember());
  const title = `Rain Man, revisited ${Date.now()}`;
  const id = await postReview(page, title);

  await page.goto(EDITOR);
  await expect(page.getByRole('heading', { level: 1, name: 'Edit your review' })).toBeVisible();
  await expect(page.getByText('Your first review: a few pointers')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(title);
  await expect(page.getByRole('radio', { name: '4 stars', exact: true })).toBeChecked();
  // Stored as measured: trimmed.
  await expect(reviewBox(page)).toHaveValue(BODY.trim());
  await expect(page.getByRole('link', { name: 'Delete this review' })).toHaveAttribute('href', `/reviews/${id}/delete`);

  await page.getByRole('radio', { name: '4½ stars', exact: true }).check();
  await reviewBox(page).fill(BODY.replace('patient, observant, unforced', 'patient, generous, unforced'));
  await page.getByRole('button', { name: 'Save review' }).click();
  await expect(page).toHaveURL(new RegExp(`/reviews/${id}$`));

  await page.goto(`/reviews/${id}/history`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`History of “${title}”`);
  await expect(page.getByRole('link', { name: 'Back to the review' })).toHaveAttribute('href', `/reviews/${id}`);
  const latest = page.getByRole('article', { name: 'Version 2' });
  await expect(latest).toContainText(/Rating 4\s*→\s*(changed to)?\s*4½ stars/);
  await expect(latest.locator('ins')).toContainText('generous');
  await expect(latest.locator('del')).toContainText('observant');
  await expect(latest.locator('ins')).toHaveCSS('text-decoration-line', 'underline');
  await expect(latest.locator('del')).toHaveCSS('text-decoration-line', 'line-through');
  const first = page.getByRole('article', { name: 'Version 1' });
  await expect(first).toContainText('First published');
  await expect(first.getByText('Raymond goes back to Wallbrook')).toBeHidden();
  await first.getByText('Full text of version 1').click();
  await expect(first.getByText('Raymond goes back to Wallbrook')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the author deletes a review; it is gone', async ({ page }) => {
  await signUp(page, newMember());
  const id = await postReview(page, `Soon gone ${Date.now()}`);

  await page.goto(EDITOR);
  await page.getByRole('link', { name: 'Delete this review' }).click();
  await expect(page).toHaveURL(new RegExp(`/reviews/${id}/delete$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Delete your review of Rain Man?');
  await expect(page.getByRole('link', { name: 'Cancel' })).toHaveAttribute('href', `/reviews/${id}`);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page).toHaveURL(/\/films\/rain-man(\?deleted=1)?$/);
  expect((await page.goto(`/reviews/${id}`))?.status()).toBe(404);
  expect((await page.goto(`/reviews/${id}/history`))?.status()).toBe(404);

  // Writing again starts a new review from the member's point of view.
  await page.goto(EDITOR);
  await expect(page.getByRole('heading', { level: 1, name: 'Write your review' })).toBeVisible();
});

test("someone else's review cannot be deleted, and its delete page is not found", async ({ page }) => {
  const [seeded] = await withDatabase(
    (sql) => sql<{ id: number }[]>`select id from reviews where status = 'published' order by id limit 1`,
  );
  const id = seeded!.id;

  expect((await page.goto(`/reviews/${id}/delete`))?.url()).toContain(
    `/signin?callbackUrl=${encodeURIComponent(`/reviews/${id}/delete`)}`,
  );

  await signUp(page, newMember());
  expect((await page.goto(`/reviews/${id}/delete`))?.status()).toBe(404);
  expect((await page.goto('/reviews/not-a-number/delete'))?.status()).toBe(404);
  expect((await page.goto(`/reviews/${id}`))?.status()).toBe(200);
});

test('signed out, the editor sends you to sign in and back', async ({ page }) => {
  const member = newMember();
  await signUp(page, member);
  await signOut(page);

  await page.goto(EDITOR);
  await expect(page).toHaveURL(`/signin?callbackUrl=${encodeURIComponent(EDITOR)}`);
  await page.getByLabel('Email').fill(member.email);
  await page.getByLabel('Password').fill(member.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(EDITOR);
  await expect(page.getByRole('heading', { level: 1, name: 'Write your review' })).toBeVisible();
});

test('the editor of an unknown film, and the history of an unknown review, are not found', async ({ page }) => {
  await signUp(page, newMember());
  expect((await page.goto('/films/no-such-film/review'))?.status()).toBe(404);
  expect((await page.goto('/reviews/99999999/history'))?.status()).toBe(404);
  expect((await page.goto('/reviews/0x10/history'))?.status()).toBe(404);
});
