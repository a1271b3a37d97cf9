import { comment, commentItem, freshReview, member, postComment, reply, thread } from './comment-thread';
import { withDatabase } from './database';
import { expect, expectNoAxeViolations, signOut, test } from './fixtures';

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
