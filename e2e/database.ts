import postgres from 'postgres';

/**
 * Direct access to the database the test server uses, for what no page
 * can do yet (a moderator's ban, say). Tests still act through the browser.
 */
export async function withDatabase<T>(work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is not set: run the browser tests with `npm run test:e2e`.');
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await work(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * Publishes a review for the member with `handle` straight into the
 * database, for tests about what happens around a review (the writing flow
 * has its own tests). Returns its id.
 */
export async function publishReviewFor(
  handle: string,
  review: { filmSlug: string; title: string; body?: string; rating?: number },
): Promise<number> {
  return withDatabase(async (sql) => {
    const [row] = await sql<{ id: number }[]>`
      insert into reviews (film_id, author_id, title, body, rating)
      select (select id from films where slug = ${review.filmSlug}), id, ${review.title},
             ${review.body ?? 'A considered review, long enough to read and to upvote. '.repeat(20)}, ${review.rating ?? 8}
        from users where handle = ${handle}
      returning id`;
    return row!.id;
  });
}

/**
 * Makes a just-signed-up member an established one, past the limits on new
 * accounts (lib/rate-limit/new-accounts.ts), for tests about something else:
 * a long thread needs more comments an hour than a new account may post.
 */
export async function establishMember(handle: string): Promise<void> {
  await withDatabase((sql) => sql`update users set created_at = now() - interval '90 days' where handle = ${handle}`);
}
