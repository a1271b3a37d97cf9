/** Shared steps of the comment-thread specs: a fresh review, finding comments, posting and replying. */
import type { Locator, Page } from '@playwright/test';

import { establishMember, withDatabase } from './database';
import { expect, newMember, signUp, type Member } from './fixtures';

/**
 * A fresh review of a fresh film by a member who exists only in the
 * database (no sign-in needed), so each test's thread starts empty and no
 * seeded film's reviews change under another spec.
 */
export async function freshReview(): Promise<{ id: number; authorHandle: string }> {
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

export const thread = (page: Page) => page.getByRole('region', { name: /comments?$/ });

/** The comment whose text is `text` (its own article, not an ancestor's). */
export function comment(page: Page, text: string): Locator {
  return page
    .getByRole('article')
    .filter({ has: page.getByText(text, { exact: true }) })
    .last();
}

/** The list item holding a comment and its replies. */
export function commentItem(page: Page, text: string): Locator {
  return page
    .getByRole('listitem')
    .filter({ has: page.getByText(text, { exact: true }) })
    .last();
}

/** Posts a top-level comment through the thread's own box; `shown` is the body as rendered. */
export async function postComment(page: Page, body: string, shown = body) {
  await thread(page).getByRole('textbox', { name: 'Comment' }).first().fill(body);
  await thread(page).getByRole('button', { name: 'Post comment' }).first().click();
  await expect(comment(page, shown)).toBeVisible();
}

/** Replies to the comment `parent` through its Reply button (JavaScript on); `shown` is the body as rendered. */
export async function reply(page: Page, parent: string, body: string, shown = body) {
  const target = comment(page, parent);
  await target.getByRole('button', { name: 'Reply' }).click();
  const box = target.getByRole('textbox', { name: 'Comment' });
  await expect(box).toBeFocused();
  await box.fill(body);
  await target.getByRole('button', { name: 'Post comment' }).click();
  await expect(comment(page, shown)).toBeVisible();
}

/** A signed-in member past the new-account limits: these tests are about threads. */
export async function member(page: Page): Promise<Member> {
  const who = newMember();
  await signUp(page, who);
  await establishMember(who.handle);
  return who;
}
