import type { Locator, Page } from '@playwright/test';

import { withDatabase } from './database';
import { expect, UPVOTE, type Member } from './fixtures';
import { expectVisibleFocus, tabTo } from './keyboard';

/**
 * A member's first evening on Verdict, one step at a time, driven from the
 * keyboard alone: Tab, Shift+Tab, Enter, Space, arrows and typed text. The
 * keyboard test runs it with JavaScript and checks after every step that
 * focus is visible and was not lost; the no-JavaScript test runs the same
 * steps as plain form posts and full page loads, where a new page starts
 * with focus on the document, as browsers do.
 */
export interface Journey {
  page: Page;
  member: Member;
  /** With JavaScript: after every step, focus must be on a visible element with a visible ring. */
  checkFocus: boolean;
}

/** The film the member reviews, as the header search names it. */
export const FILM = { query: 'parasite', result: 'Parasite (2019)', slug: 'parasite' };

/** Over the 500 characters a review needs, with an inline spoiler. */
export const reviewBody = (tag: string) =>
  `A family of four folds pizza boxes in a semi-basement, and from the first shot Bong Joon-ho tells us where everyone stands: up the hill, down the stairs, under the rain.

The first hour plays as a caper, quick and funny, the Kims talking their way into the Park house one forged diploma at a time. Then the doorbell rings on a stormy night, and >!the housekeeper's husband has been living in the bunker all along!<, and the film turns into something much colder.

What stays with me is the smell, the one thing the Kims cannot fake. Verdict ${tag}.
`;

async function typeInto(page: Page, field: Locator, text: string, options?: { backwards?: boolean }) {
  await tabTo(page, field, options);
  await page.keyboard.type(text);
}

async function step(journey: Journey, name: string) {
  if (journey.checkFocus) await expectVisibleFocus(journey.page, name);
}

const header = (page: Page) => page.getByRole('banner');

/** Signs the member up from /signup: the only page the journey opens by address. */
export async function signUpStep(journey: Journey) {
  const { page, member } = journey;
  await page.goto('/signup');
  // The first Tab meets the skip link; it jumps past the header to the form.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await step(journey, 'on the skip link');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await step(journey, 'after skipping to the content');
  await typeInto(page, page.getByLabel('Display name'), member.displayName);
  await typeInto(page, page.getByLabel('Handle'), member.handle);
  await typeInto(page, page.getByLabel('Email'), member.email);
  await typeInto(page, page.getByLabel('Password'), member.password);
  await tabTo(page, page.getByRole('button', { name: 'Sign up' }));
  await page.keyboard.press('Enter');
  await expect(header(page).getByRole('button', { name: 'Sign out' })).toBeVisible();
  // Without JavaScript the form posted to /signup#main, and a redirect keeps the fragment.
  await expect(page).toHaveURL(/\/(#main)?$/);
  await step(journey, 'after signing up');
}

/** Searches from the header and opens the film. */
export async function findFilmStep(journey: Journey) {
  const { page } = journey;
  await typeInto(page, header(page).getByRole('searchbox', { name: 'Search' }), FILM.query, { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${FILM.query}$`));
  await step(journey, 'after searching');

  await tabTo(page, page.getByRole('region', { name: /^Films/ }).getByRole('link', { name: FILM.result }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/films/${FILM.slug}$`));
  await expect(page.getByRole('heading', { level: 1, name: /Parasite/ })).toBeVisible();
  await step(journey, 'on the film page');
}

/** Writes, flags and posts a review with an inline spoiler; returns its id. */
export async function writeReviewStep(journey: Journey, title: string): Promise<number> {
  const { page } = journey;
  await tabTo(page, page.getByRole('link', { name: 'Write a review' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Write your review' })).toBeVisible();
  await step(journey, 'in the review editor');

  await typeInto(page, page.getByRole('textbox', { name: 'Title' }), title);
  await step(journey, 'in the title');
  // Tab enters the group on its first star; Space picks it and each arrow adds half a star.
  await tabTo(page, page.getByRole('radio', { name: '½ star', exact: true }));
  await page.keyboard.press('Space');
  for (let half = 1; half < 8; half += 1) await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: '4 stars', exact: true })).toBeChecked();
  await step(journey, 'on the rating');

  await typeInto(page, page.getByRole('textbox', { name: 'Review', exact: true }), reviewBody(title));
  await step(journey, 'in the review');
  const spoilers = page.getByRole('checkbox', { name: 'Contains spoilers' });
  await tabTo(page, spoilers);
  await page.keyboard.press('Space');
  await expect(spoilers).toBeChecked();
  await step(journey, 'on Contains spoilers');

  await tabTo(page, page.getByRole('button', { name: 'Post review' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/reviews\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await step(journey, 'after posting the review');

  // The spoiler is a bar until the reader reaches it.
  const spoiler = page.locator('.prose-review .spoiler').first();
  const words = page.locator('.prose-review').getByText('has been living in the bunker all along');
  await expect(words).toBeHidden();
  await tabTo(page, spoiler);
  await expect(words).toBeVisible();
  await step(journey, 'on the spoiler');
  return Number(new URL(page.url()).pathname.split('/').pop());
}

/** Upvotes the first review on the film page that is someone else's. */
export async function upvoteStep(journey: Journey) {
  const { page } = journey;
  await tabTo(page, page.getByRole('link', { name: FILM.result }), { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/films/${FILM.slug}$`));
  await expect(page.getByRole('heading', { level: 2, name: 'Reviews', exact: true })).toBeVisible();
  await step(journey, 'back on the film page');

  // Disabled buttons (the member's own review) are not tab stops, so Tab meets another member's first.
  const button = page
    .getByRole('region', { name: 'Reviews', exact: true })
    .getByRole('button', { name: UPVOTE, disabled: false })
    .first();
  await tabTo(page, button);
  const href = await button.evaluate((element) =>
    element.closest('article')?.querySelector('a[href^="/reviews/"]')?.getAttribute('href'),
  );
  const reviewId = Number(href!.split('/').pop());
  const before = Number((await button.innerText()).replace(/\D/g, ''));
  await page.keyboard.press('Space');
  const pressed = page
    .getByRole('article')
    .filter({ has: page.locator(`a[href="${href}"]`) })
    .getByRole('button', { name: UPVOTE });
  await expect(pressed).toHaveAttribute('aria-pressed', 'true');
  await expect(pressed).not.toHaveAttribute('aria-busy', 'true');
  await expect(pressed).toHaveAccessibleName(`Upvote, ${before + 1} ${before + 1 === 1 ? 'upvote' : 'upvotes'}`);
  if (journey.checkFocus) await expect(pressed, 'the Upvote button keeps focus').toBeFocused();
  await step(journey, 'after upvoting');
  await expect.poll(() => votesBy(journey.member.handle)).toEqual([reviewId]);
}

async function votesBy(handle: string): Promise<number[]> {
  const rows = await withDatabase(
    (sql) => sql<{ review_id: number }[]>`
      select review_id from review_votes where user_id = (select id from users where handle = ${handle})`,
  );
  return rows.map((row) => row.review_id);
}

/** A seeded comment on one of jiwoo's reviews, and that review's title. */
export async function seededThread(): Promise<{ reviewTitle: string; commentId: number }> {
  return withDatabase(async (sql) => {
    const [row] = await sql<{ title: string; comment_id: number }[]>`
      select r.title, c.id as comment_id
        from reviews r
        join users u on u.id = r.author_id
        join comments c on c.review_id = r.id
       where u.handle = 'jiwoo' and r.status = 'published' and c.deleted_at is null and c.depth = 0
       order by r.comment_count desc, c.id
       limit 1`;
    if (!row) throw new Error('The demo seed has no comment on a review by jiwoo');
    return { reviewTitle: row.title, commentId: row.comment_id };
  });
}

/** Finds a jiwoo review by its title and replies to a comment in its thread. */
export async function replyStep(journey: Journey, text: string) {
  const { page } = journey;
  const { reviewTitle, commentId } = await seededThread();
  await typeInto(page, header(page).getByRole('searchbox', { name: 'Search' }), reviewTitle, { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=/);
  await tabTo(page, page.getByRole('region', { name: /^Reviews/ }).getByRole('link', { name: reviewTitle }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: reviewTitle })).toBeVisible();
  await step(journey, 'on the review');

  const parent = page.locator(`#comment-${commentId}`);
  await tabTo(page, parent.getByRole('button', { name: 'Reply' }).or(parent.getByRole('link', { name: 'Reply' })));
  await page.keyboard.press('Enter');
  const box = page.getByRole('textbox', { name: 'Comment' }).and(page.locator(`#reply-to-${commentId}`));
  if (journey.checkFocus) {
    // With JavaScript, Cancel closes the box in place and hands focus back to Reply.
    const reply = parent.getByRole('button', { name: 'Reply' });
    await tabTo(page, page.locator('form').filter({ has: box }).getByRole('button', { name: 'Cancel' }));
    await page.keyboard.press('Enter');
    await expect(box).toHaveCount(0);
    await expect(reply).toBeFocused();
    await step(journey, 'after cancelling the reply');
    await page.keyboard.press('Enter');
  }
  await typeInto(page, box, text);
  await step(journey, 'in the reply');
  await tabTo(page, page.locator('form').filter({ has: box }).getByRole('button', { name: 'Post comment' }));
  await page.keyboard.press('Enter');
  const posted = page.getByRole('article').filter({ has: page.getByText(text, { exact: true }) });
  await expect(posted).toBeVisible();
  await step(journey, 'after posting the reply');
  const [row] = await withDatabase((sql) => sql<{ parent_id: number }[]>`select parent_id from comments where body = ${text}`);
  expect(row?.parent_id).toBe(commentId);
}

/** Opens the notification centre from the header. */
export async function notificationsStep(journey: Journey) {
  const { page } = journey;
  await tabTo(page, header(page).getByRole('link', { name: /^Notifications/ }), { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
  await step(journey, 'in notifications');
}

/** Turns badge notices off in the settings the notification centre links to. */
export async function stopBadgeNoticesStep(journey: Journey) {
  const { page, member } = journey;
  await tabTo(page, page.getByRole('link', { name: 'Choose what you hear about' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await step(journey, 'in settings');

  const badges = page.getByRole('checkbox', { name: /^Badges/ });
  await tabTo(page, badges);
  await expect(badges).toBeChecked();
  await page.keyboard.press('Space');
  await expect(badges).not.toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Save notification choices' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Your notification choices are saved.')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Badges/ })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Replies/ })).toBeChecked();
  await step(journey, 'after saving settings');
  const [row] = await withDatabase(
    (sql) => sql<{ notify_badges: boolean }[]>`select notify_badges from users where handle = ${member.handle}`,
  );
  expect(row?.notify_badges).toBe(false);
}

/** The whole journey, in order: the words it writes carry the member's handle, so no other run's match. */
export async function walkJourney(journey: Journey, words: { title: string; reply: string }) {
  await signUpStep(journey);
  await findFilmStep(journey);
  await writeReviewStep(journey, words.title);
  await upvoteStep(journey);
  await replyStep(journey, words.reply);
  await notificationsStep(journey);
  await stopBadgeNoticesStep(journey);
}
