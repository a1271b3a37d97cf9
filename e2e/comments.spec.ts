import type { Locator, Page } from '@playwright/test';

import { establishMember, withDatabase } from './database';
import { expect, expectNoAxeViolations, newMember, signOut, signUp, test, type Member } from './fixtures';

/**
 * A fresh review of a fresh film by a member who exists only in the
 * database (no sign-in needed), so each test's thread starts empty and no
 * seeded film's reviews change under another spec.
 */
async function freshReview(): Promise<{ id: number; authorHandle: string }> {
  const author = newMember();
  const [row] = await withDatabase(
    (sql) => sql<{ id: number }[]>`
      with author as (
        insert into users (handle, display_name, email) values (${author.handle}, ${author.displayName}, ${author.email})
        returning id
      ),
      film as (
        insert into films (slug, title, year, country, language)
        values (${`film-${author.handle}`}, ${`Film ${author.handle}`}, 2001, 'KR', 'ko')
        returning id
      )
      insert into reviews (film_id, author_id, title, body, rating)
      select film.id, author.id, ${`A thread starter ${author.handle}`},
             ${'A long and considered review of the film, written to start a conversation. '.repeat(10)}, 8
        from author, film
      returning id`,
  );
  return { id: row!.id, authorHandle: author.handle };
}

const thread = (page: Page) => page.getByRole('region', { name: /comments?$/ });

/** The comment whose text is `text` (its own article, not an ancestor's). */
function comment(page: Page, text: string): Locator {
  return page
    .getByRole('article')
    .filter({ has: page.getByText(text, { exact: true }) })
    .last();
}

/** The list item holding a comment and its replies. */
function commentItem(page: Page, text: string): Locator {
  return page
    .getByRole('listitem')
    .filter({ has: page.getByText(text, { exact: true }) })
    .last();
}

/** Posts a top-level comment through the thread's own box; `shown` is the body as rendered. */
async function postComment(page: Page, body: string, shown = body) {
  await thread(page).getByRole('textbox', { name: 'Comment' }).first().fill(body);
  await thread(page).getByRole('button', { name: 'Post comment' }).first().click();
  await expect(comment(page, shown)).toBeVisible();
}

/** Replies to the comment `parent` through its Reply button (JavaScript on); `shown` is the body as rendered. */
async function reply(page: Page, parent: string, body: string, shown = body) {
  const target = comment(page, parent);
  await target.getByRole('button', { name: 'Reply' }).click();
  const box = target.getByRole('textbox', { name: 'Comment' });
  await expect(box).toBeFocused();
  await box.fill(body);
  await target.getByRole('button', { name: 'Post comment' }).click();
  await expect(comment(page, shown)).toBeVisible();
}

/** A signed-in member past the new-account limits: these tests are about threads. */
async function member(page: Page): Promise<Member> {
  const who = newMember();
  await signUp(page, who);
  await establishMember(who.handle);
  return who;
}

test('a member comments on a review and replies, and the replies nest', async ({ page }) => {
  const review = await freshReview();
  await page.goto(`/reviews/${review.id}`);
  await expect(thread(page).getByRole('link', { name: 'Sign in to comment' })).toHaveAttribute(
    'href',
    `/signin?callbackUrl=${encodeURIComponent(`/reviews/${review.id}#comments`)}`,
  );

  const me = await member(page);
  await page.goto(`/reviews/${review.id}`);
  await expect(thread(page).getByRole('heading', { name: '0 comments' })).toBeVisible();
  await postComment(page, 'The road trip is the whole film.');
  await expect(thread(page).getByRole('heading', { name: '1 comment' })).toBeVisible();
  const first = comment(page, 'The road trip is the whole film.');
  await expect(first.getByRole('link', { name: new RegExp(me.displayName) })).toHaveAttribute('href', `/u/${me.handle}`);
  await expect(first.getByText('0 upvotes')).toBeVisible();

  await reply(
    page,
    'The road trip is the whole film.',
    'And the *diner* scene is its heart.',
    'And the diner scene is its heart.',
  );
  await expect(thread(page).getByRole('heading', { name: '2 comments' })).toBeVisible();
  // The reply sits in a list inside its parent's list item.
  const parentItem = commentItem(page, 'The road trip is the whole film.');
  await expect(parentItem.locator('ol li').getByText('And the diner scene is its heart.')).toBeVisible();
  await expect(parentItem.locator('ol li em')).toHaveText('diner');

  // Edit keeps an "edited" mark.
  const mine = comment(page, 'The road trip is the whole film.');
  await mine.getByRole('button', { name: 'Edit' }).click();
  await mine.getByRole('textbox', { name: 'Comment' }).fill('The road trip is the whole film, really.');
  await mine.getByRole('button', { name: 'Save comment' }).click();
  await expect(comment(page, 'The road trip is the whole film, really.').getByText('(edited)')).toBeVisible();

  // An empty reply comes back with its error beside the field.
  const target = comment(page, 'The road trip is the whole film, really.');
  await target.getByRole('button', { name: 'Reply' }).click();
  await target.getByRole('button', { name: 'Post comment' }).click();
  const box = target.getByRole('textbox', { name: 'Comment' });
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(box).toHaveAccessibleDescription(/Write your comment\./);

  await expectNoAxeViolations(page);
});

test('a reply six levels deep continues on the permalink pages, two levels of replies at a time', async ({ page }) => {
  // Seven posts, each a server round trip: give it the time of three tests.
  test.slow();
  const review = await freshReview();
  await member(page);
  await page.goto(`/reviews/${review.id}`);
  await postComment(page, 'Level 0');
  for (let level = 1; level <= 6; level += 1) await reply(page, `Level ${level - 1}`, `Level ${level}`);

  await page.goto(`/reviews/${review.id}`);
  await expect(comment(page, 'Level 2')).toBeVisible();
  await expect(page.getByText('Level 3', { exact: true })).toHaveCount(0);
  await commentItem(page, 'Level 2').getByRole('link', { name: 'Continue this thread' }).click();

  await expect(page).toHaveURL(/\/reviews\/\d+\/comments\/\d+#comment-\d+$/);
  await expect(page.getByRole('link', { name: 'Back to the full thread' })).toBeVisible();
  // The chain above as context, the comment and its replies below, as deep as a review page shows.
  await expect(page.getByRole('region', { name: 'Earlier in the thread' }).getByText('Level 1', { exact: true })).toBeVisible();
  for (const level of [2, 3, 4, 5]) await expect(comment(page, `Level ${level}`)).toBeVisible();
  await expect(page.getByText('Level 6', { exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await commentItem(page, 'Level 5').getByRole('link', { name: 'Continue this thread' }).click();
  await expect(comment(page, 'Level 6')).toBeVisible();

  await page.getByRole('link', { name: 'Back to the full thread' }).click();
  await expect(page).toHaveURL(new RegExp(`/reviews/${review.id}#comment-\\d+$`));
});

test('a comment shows its first three replies, and "More replies" opens the rest on its permalink', async ({ page }) => {
  const review = await freshReview();
  await withDatabase(
    (sql) => sql`
      with root as (
        insert into comments (id, review_id, author_id, body, path, depth, created_at)
        overriding system value
        select ids.id, ${review.id}, (select author_id from reviews where id = ${review.id}), 'A popular opinion',
               ids.id::text::ltree, 0, now() - interval '1 hour'
          from (select nextval(pg_get_serial_sequence('comments', 'id'))::int as id) ids
        returning id
      ),
      numbered as (select n, nextval(pg_get_serial_sequence('comments', 'id'))::int as id from generate_series(1, 5) n)
      insert into comments (id, review_id, parent_id, author_id, body, path, depth, created_at)
      overriding system value
      select numbered.id, ${review.id}, root.id, (select author_id from reviews where id = ${review.id}), 'Answer ' || n,
             text2ltree(root.id || '.' || numbered.id), 1, now() - make_interval(mins => 50 - n)
        from numbered, root`,
  );
  await withDatabase((sql) => sql`update reviews set comment_count = 6 where id = ${review.id}`);
  await page.goto(`/reviews/${review.id}?comments=old`);
  for (const n of [1, 2, 3]) await expect(comment(page, `Answer ${n}`)).toBeVisible();
  await expect(page.getByText('Answer 4', { exact: true })).toHaveCount(0);
  await commentItem(page, 'A popular opinion').getByRole('link', { name: 'More replies' }).click();
  await expect(page).toHaveURL(/\/reviews\/\d+\/comments\/\d+#comment-\d+$/);
  for (const n of [1, 2, 3, 4, 5]) await expect(comment(page, `Answer ${n}`)).toBeVisible();
  await expect(page.getByRole('link', { name: 'More replies' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('a deleted comment with replies stays as [deleted]; one without replies disappears', async ({ page }) => {
  const review = await freshReview();
  await member(page);
  await page.goto(`/reviews/${review.id}`);
  await postComment(page, 'I will regret this.');
  await reply(page, 'I will regret this.', 'Too late, I read it.');
  await postComment(page, 'A passing thought.');
  await expect(thread(page).getByRole('heading', { name: '3 comments' })).toBeVisible();

  const regret = comment(page, 'I will regret this.');
  await regret.getByRole('button', { name: 'Delete' }).click();
  await regret.getByRole('button', { name: 'Delete comment' }).click();
  await expect(page.getByText('[deleted]')).toBeVisible();
  await expect(page.getByText('I will regret this.')).toHaveCount(0);
  await expect(comment(page, 'Too late, I read it.')).toBeVisible();
  await expect(thread(page).getByRole('heading', { name: '2 comments' })).toBeVisible();

  const passing = comment(page, 'A passing thought.');
  await passing.getByRole('button', { name: 'Delete' }).click();
  await passing.getByRole('button', { name: 'Delete comment' }).click();
  await expect(page.getByText('A passing thought.')).toHaveCount(0);
  await expect(thread(page).getByRole('heading', { name: '1 comment' })).toBeVisible();
});

test('a mention links to the member and tells them', async ({ page, browser }) => {
  const review = await freshReview();
  const mentioned = await member(page);
  await signOut(page);

  await member(page);
  await page.goto(`/reviews/${review.id}`);
  await postComment(
    page,
    `Have you seen this, @${mentioned.handle}? Not \`@${mentioned.handle}\` in code.`,
    `Have you seen this, @${mentioned.handle}? Not @${mentioned.handle} in code.`,
  );
  const link = comment(page, `Have you seen this, @${mentioned.handle}? Not @${mentioned.handle} in code.`).getByRole('link', {
    name: `@${mentioned.handle}`,
  });
  await expect(link).toHaveCount(1);
  await expect(link).toHaveAttribute('href', `/u/${mentioned.handle}`);

  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto('/signin');
  await other.getByLabel('Email').fill(mentioned.email);
  await other.getByLabel('Password').fill(mentioned.password);
  await other.getByRole('button', { name: 'Sign in' }).click();
  await expect(other.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await other.goto('/notifications');
  await expect(other.getByRole('main').getByRole('listitem').first()).toContainText('mentioned you in a comment on');
  await expectNoAxeViolations(other);
  await other
    .getByRole('main')
    .getByRole('listitem')
    .first()
    .getByRole('link', { name: /A thread starter/ })
    .click();
  await expect(other).toHaveURL(/\/reviews\/\d+\/comments\/\d+#comment-\d+$/);
  await context.close();
});

test('a subtree collapses and expands', async ({ page }) => {
  const review = await freshReview();
  await member(page);
  await page.goto(`/reviews/${review.id}`);
  await postComment(page, 'Root of it all');
  await reply(page, 'Root of it all', 'First answer');
  await reply(page, 'First answer', 'Second answer');

  const root = commentItem(page, 'Root of it all');
  await root.getByText('Hide 2 replies').click();
  await expect(page.getByText('First answer', { exact: true })).toBeHidden();
  await expect(root.getByText('2 replies hidden · show')).toBeVisible();
  await root.getByText('2 replies hidden · show').click();
  await expect(page.getByText('Second answer', { exact: true })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('Reply opens the permalink form, a subtree collapses, and sorting works', async ({ page }) => {
    const review = await freshReview();
    await member(page);
    await page.goto(`/reviews/${review.id}`);
    await postComment(page, 'Posted without script');

    const replyLink = comment(page, 'Posted without script').getByRole('link', { name: 'Reply' });
    await expect(replyLink).toHaveAttribute('href', /\/reviews\/\d+\/comments\/\d+\?reply=1#reply$/);
    await replyLink.click();
    const box = page.getByRole('textbox', { name: 'Comment' });
    await box.fill('');
    await page.getByRole('button', { name: 'Post comment' }).click();
    await expect(page.locator('[id$="-error"]').filter({ hasText: 'Write your comment.' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Comment' }).fill('A reply, no script');
    await page.getByRole('button', { name: 'Post comment' }).click();
    await expect(comment(page, 'A reply, no script')).toBeVisible();

    await page.goto(`/reviews/${review.id}`);
    const root = commentItem(page, 'Posted without script');
    await root.getByText('Hide 1 reply').click();
    await expect(page.getByText('A reply, no script', { exact: true })).toBeHidden();
    await root.getByText('1 reply hidden · show').click();
    await expect(page.getByText('A reply, no script', { exact: true })).toBeVisible();

    await postComment(page, 'A later thought');
    await page.getByRole('navigation', { name: 'Sort comments' }).getByRole('link', { name: 'Old' }).click();
    await expect(page).toHaveURL(/comments=old/);
    const order = await thread(page).locator(':scope > div > ol > li > article').allInnerTexts();
    expect(order.findIndex((text) => text.includes('Posted without script'))).toBeLessThan(
      order.findIndex((text) => text.includes('A later thought')),
    );
    await page.getByRole('navigation', { name: 'Sort comments' }).getByRole('link', { name: 'New' }).click();
    const newest = await thread(page).locator(':scope > div > ol > li > article').allInnerTexts();
    expect(newest[0]).toContain('A later thought');

    // Delete asks first, on its own page.
    await comment(page, 'A later thought').getByRole('link', { name: 'Delete' }).click();
    await page.getByRole('button', { name: 'Delete comment' }).click();
    await expect(page.getByText('A later thought', { exact: true })).toHaveCount(0);
  });
});

test('"More comments" pages through the top-level comments, 20 at a time', async ({ page }) => {
  const review = await freshReview();
  await withDatabase(
    (sql) => sql`
      with numbered as (
        select n, nextval(pg_get_serial_sequence('comments', 'id'))::int as id from generate_series(1, 25) n
      )
      insert into comments (id, review_id, author_id, body, path, depth, created_at)
      overriding system value
      select id, ${review.id}, (select author_id from reviews where id = ${review.id}), 'Paged comment ' || n,
             id::text::ltree, 0, now() - make_interval(mins => 60 - n)
        from numbered`,
  );
  await withDatabase((sql) => sql`update reviews set comment_count = 25 where id = ${review.id}`);
  await page.goto(`/reviews/${review.id}?comments=old`);
  await expect(comment(page, 'Paged comment 20')).toBeVisible();
  await expect(page.getByText('Paged comment 21', { exact: true })).toHaveCount(0);
  await page.getByRole('link', { name: 'More comments' }).click();
  await expect(comment(page, 'Paged comment 21')).toBeVisible();
  await expect(comment(page, 'Paged comment 25')).toBeVisible();
  await expect(page.getByText('Paged comment 20', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'More comments' })).toHaveCount(0);
});

test('bad permalinks are not found', async ({ page }) => {
  const [review, other] = [await freshReview(), await freshReview()];
  await member(page);
  await page.goto(`/reviews/${review.id}`);
  await postComment(page, 'On the first review');
  const id = (await comment(page, 'On the first review').getAttribute('id'))!.replace('comment-', '');
  for (const path of [
    `/reviews/${other.id}/comments/${id}`,
    `/reviews/${review.id}/comments/abc`,
    `/reviews/${review.id}/comments/99999999999`,
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});
