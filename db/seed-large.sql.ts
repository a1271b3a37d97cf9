/**
 * The large synthetic dataset behind `npm run seed:large`, as SQL that
 * PostgreSQL generates itself (generate_series): deterministic, no data
 * leaves the database, and every counter is set from the rows it counts.
 *
 * Shapes: members 1..M; films 1..F, the last fifth remakes of the first
 * fifth; review i is by member i % M of film (author·13 + k·1249) % F for its
 * k-th review, so (film, author) never repeats; vote j is member j % M on
 * review (member·31 + m·4999) % R, self-votes left out; comments come in
 * reply chains of five, plus one review whose thread has 5,000 comments
 * reaching depth 30.
 */
export interface LargeSeedSize {
  members: number;
  films: number;
  reviews: number;
  votes: number;
  comments: number;
  bigThread: number;
}

export const LARGE_SEED: LargeSeedSize = {
  members: 50_000,
  films: 5_000,
  reviews: 200_000,
  votes: 2_000_000,
  comments: 500_000,
  bigThread: 5_000,
};

const COUNTRIES = ['KR', 'US', 'FR', 'IN', 'JP', 'TR', 'PH', 'ID', 'GB', 'DE', 'IT', 'ES', 'MX', 'BR', 'SE', 'DK', 'IR', 'CN', 'NG', 'AR'];

/** Ordered steps: a label and the SQL for it. Run each in one transaction, or all in one. */
export function largeSeedSteps(size: LargeSeedSize = LARGE_SEED): Array<{ label: string; sql: string }> {
  const { members: M, films: F, reviews: R, votes: V, comments: C, bigThread: B } = size;
  const originals = Math.floor((F * 4) / 5);
  const countries = `array[${COUNTRIES.map((c) => `'${c}'`).join(',')}]`;
  // Chains of five: comment n (0-based) of a chain starts at the chain's first id.
  const chainComments = C - B;
  return [
    {
      label: `members (${M.toLocaleString('en')})`,
      sql: `
        insert into users (id, handle, display_name, email, bio, created_at)
        select ('00000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid,
               'member-' || n, 'Member ' || n, 'member-' || n || '@large.example',
               'Synthetic member number ' || n || '.',
               timestamptz '2023-01-01' + (n % 1000) * interval '1 day' + (n % 86400) * interval '1 second'
          from generate_series(1, ${M}) n`,
    },
    {
      label: `films (${F.toLocaleString('en')}, ${(F - originals).toLocaleString('en')} of them remakes)`,
      sql: `
        insert into films (id, slug, title, original_title, year, country, language, runtime_minutes, synopsis, version_of_id)
        overriding system value
        select n, 'large-film-' || n, 'Film ' || n,
               case when n % 3 = 0 then 'Película ' || n end,
               1950 + n % 75, (${countries})[1 + n % ${COUNTRIES.length}], 'xx', 80 + n % 90,
               'A synthetic film for measuring Verdict at scale.',
               case when n > ${originals} then 1 + (n - ${originals} - 1) % ${originals} end
          from generate_series(1, ${F}) n`,
    },
    {
      label: `reviews (${R.toLocaleString('en')})`,
      sql: `
        insert into reviews (id, film_id, author_id, title, body, rating, contains_spoilers, created_at)
        overriding system value
        select i + 1,
               1 + ((i % ${M}) * 13 + (i / ${M}) * 1249) % ${F},
               ('00000000-0000-4000-8000-' || lpad(to_hex(1 + i % ${M}), 12, '0'))::uuid,
               'Review ' || (i + 1),
               repeat('A considered paragraph about the film, its people and its craft. ', 6 + i % 40)
                 || case when i % 10 = 0 then E'\\n\\n>!The twist is revealed here.!<' else '' end,
               1 + i % 10, i % 10 = 0,
               timestamptz '2024-01-01' + i * interval '150 seconds'
          from generate_series(0, ${R - 1}) i`,
    },
    {
      label: `review votes (${V.toLocaleString('en')}, less self-votes)`,
      sql: `
        insert into review_votes (user_id, review_id, created_at)
        select ('00000000-0000-4000-8000-' || lpad(to_hex(1 + j % ${M}), 12, '0'))::uuid,
               1 + ((j % ${M}) * 31 + (j / ${M}) * 4999) % ${R},
               timestamptz '2024-01-01' + j * interval '15 seconds'
          from generate_series(0, ${V - 1}) j
         where ((j % ${M}) * 31 + (j / ${M}) * 4999) % ${R} % ${M} <> j % ${M}`,
    },
    {
      label: `comments in reply chains (${chainComments.toLocaleString('en')})`,
      sql: `
        insert into comments (id, review_id, parent_id, author_id, body, path, depth, created_at)
        overriding system value
        select c + 1,
               2 + (c / 5) % ${R - 1},
               case when c % 5 = 0 then null else c end,
               ('00000000-0000-4000-8000-' || lpad(to_hex(1 + (c * 7) % ${M}), 12, '0'))::uuid,
               'A reply in a synthetic conversation, number ' || (c + 1) || '.',
               (select string_agg(x::text, '.' order by x) from generate_series(c - c % 5 + 1, c + 1) x)::ltree,
               c % 5,
               timestamptz '2024-02-01' + c * interval '60 seconds'
          from generate_series(0, ${chainComments - 1}) c`,
    },
    {
      label: `one review's thread (${B.toLocaleString('en')} comments, depth up to 30)`,
      // Review 1's thread: 100 roots; each root carries a chain 30 deep, then
      // the rest of the comments are direct replies spread over the roots.
      sql: `
        with roots as (select r from generate_series(0, 99) r),
        shaped as (
          select ${chainComments} + 1 + r * 31 + d as id, r, d,
                 case when d = 0 then null else ${chainComments} + 1 + r * 31 + d - 1 end as parent_id,
                 (select string_agg((${chainComments} + 1 + r * 31 + x)::text, '.' order by x) from generate_series(0, d) x) as path
            from roots cross join generate_series(0, 30) d
          union all
          select ${chainComments} + 3101 + s, s % 100, 1,
                 ${chainComments} + 1 + (s % 100) * 31,
                 (${chainComments} + 1 + (s % 100) * 31)::text || '.' || (${chainComments} + 3101 + s)::text
            from generate_series(0, ${B - 3101}) s
        )
        insert into comments (id, review_id, parent_id, author_id, body, path, depth, created_at)
        overriding system value
        select id, 1, parent_id,
               ('00000000-0000-4000-8000-' || lpad(to_hex(1 + (id * 11) % ${M}), 12, '0'))::uuid,
               'A comment in the big thread, number ' || id || '.', path::ltree, d,
               timestamptz '2025-01-01' + id * interval '1 second'
          from shaped where id <= ${C}`,
    },
    {
      label: 'identity sequences moved past the generated ids',
      sql: `
        select setval(pg_get_serial_sequence('films', 'id'), (select max(id) from films));
        select setval(pg_get_serial_sequence('reviews', 'id'), (select max(id) from reviews));
        select setval(pg_get_serial_sequence('comments', 'id'), (select max(id) from comments));`,
    },
    {
      label: 'reply notifications',
      sql: `
        insert into notifications (recipient_id, kind, actor_id, review_id, comment_id, created_at)
        select parent.author_id, 'reply', c.author_id, c.review_id, c.id, c.created_at
          from comments c join comments parent on parent.id = c.parent_id
         where parent.author_id <> c.author_id`,
    },
    {
      label: 'counters set from the rows they count',
      sql: `
        update reviews r set upvote_count = v.n from (select review_id, count(*)::int n from review_votes group by review_id) v where r.id = v.review_id;
        update reviews r set comment_count = c.n from (select review_id, count(*)::int n from comments where deleted_at is null group by review_id) c where r.id = c.review_id;
        update users u set upvotes_received = v.n
          from (select r.author_id, count(*)::int n from review_votes v join reviews r on r.id = v.review_id group by r.author_id) v
         where u.id = v.author_id;`,
    },
    { label: 'statistics', sql: 'analyze' },
  ];
}
