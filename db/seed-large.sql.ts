import { bulkLoadFinish, bulkLoadStart, type SeedStep } from './bulk-load.sql';
import { RECOUNT_STATEMENTS } from './counters';
import { REVIEW_BODY_VARIANTS, reviewTextPlan } from './seed-large-text.sql';

/**
 * The large synthetic dataset behind `npm run seed:large`, as SQL that
 * PostgreSQL generates itself (generate_series): deterministic, no data
 * leaves the database.
 *
 * Shapes: members 1..M; films 1..F, the last fifth remakes of the first
 * fifth, nine of them versions of film 1 made in other countries. Review i is
 * by member 1 + i % M; a member's first review is of film 1 for every
 * (M / bigFilmReviews)-th member, which makes film 1 the biggest film page,
 * and otherwise of film 2 + (author·13 + k·1249) % (F − 1) for their k-th
 * review, so (film, author) never repeats. Vote j is member j % M on review
 * (member·31 + k·4999) % R for k = j / M, self-votes left out, cast in the
 * hours after the review. Comments come in reply chains of five, plus the
 * big thread on review 1 (member 1's review of film 1): bigThread comments
 * reaching depth 30. Every member follows the four critics (members 1–4) and
 * `follows` − 4 others. Notices are the ones the live paths would have sent;
 * badges come from the backfill, which sends none.
 *
 * Upvotes and comments are planned into temporary tables first, and the load
 * is a bulk load (db/bulk-load.sql.ts): indexes and foreign keys set aside
 * and rebuilt, all in one transaction. The counters are set at the end of
 * the load by db/counters.ts's recount, their one owner, while the indexes
 * are still set aside, so recounted rows cost no index upkeep beyond the
 * unique keys'; the badge backfill then reads them.
 */
export interface LargeSeedSize {
  members: number;
  films: number;
  reviews: number;
  votes: number;
  comments: number;
  /** Comments on review 1, up to depth 30. */
  bigThread: number;
  /** Reviews of film 1, the biggest film page. */
  bigFilmReviews: number;
  /** Members each member follows. */
  follows: number;
}

export const LARGE_SEED: LargeSeedSize = {
  members: 50_000,
  films: 5_000,
  reviews: 200_000,
  votes: 2_000_000,
  comments: 500_000,
  bigThread: 5_000,
  bigFilmReviews: 2_000,
  follows: 20,
};

/** Where the films come from, in ISO 3166 codes. */
const COUNTRIES = 'KR US FR IN JP TR PH ID GB DE IT ES MX BR SE DK IR CN NG AR'.split(' ');

/** Versions of film 1 besides the original: a remake family across ten countries. */
const BIG_FAMILY_REMAKES = 9;
/** Members everyone follows, so some profiles carry a crowd of followers. */
const CRITICS = 4;
const BIG_THREAD_DEPTH = 30;

/** The tables the seed fills; their secondary indexes and foreign keys are set aside while it does. */
const LOADED_TABLES = ['users', 'films', 'reviews', 'review_votes', 'comments', 'follows', 'notifications', 'user_badges'];

const format = (n: number) => n.toLocaleString('en');

/** Member n's id: a uuid that spells n, so every step can name a member without looking it up. */
const member = (n: string) => `('00000000-0000-4000-8000-' || lpad(to_hex(${n}), 12, '0'))::uuid`;
/** Review `id` is by member 1 + (id − 1) % M and published at this time. */
const reviewAuthor = (id: string, M: number) => `(1 + (${id} - 1) % ${M})`;
const reviewPublishedAt = (id: string) => `(timestamptz '2024-01-01' + (${id} - 1) * interval '150 seconds')`;

/**
 * The steps that load the dataset, in order. Run them in one transaction
 * (the plans are temporary tables dropped on commit), then the badge backfill,
 * then {@link largeSeedFinish}.
 */
export function largeSeedLoad(
  size: LargeSeedSize,
  searchText: (body: string) => string,
  upvoteMilestones: readonly number[],
): SeedStep[] {
  const { members: M, films: F, reviews: R, votes: V, comments: C, bigThread: B, follows: K } = size;
  const chainComments = C - B;
  return [
    ...bulkLoadStart(LOADED_TABLES),
    reviewTextPlan(searchText),
    {
      label: `upvote plan (${format(V)} less self-votes)`,
      statements: [
        `create temp table vote_plan on commit drop as
         select voter, review_id, author,
                ${reviewPublishedAt('review_id')} + k * interval '1 hour' + voter * interval '1 second' as created_at
           from (select 1 + j % ${M} as voter, j / ${M} as k,
                        1 + ((j % ${M}) * 31 + (j / ${M}) * 4999) % ${R} as review_id
                   from generate_series(0, ${V - 1}) j) vote,
                lateral (select ${reviewAuthor('review_id', M)} as author) target
          where author <> voter
          -- Each member's votes together, in the primary key's order: the key grows at its right edge.
          order by voter, review_id`,
      ],
    },
    {
      label: `comment plan (${format(chainComments)} in reply chains, ${format(B)} in one thread)`,
      statements: [commentPlan(size)],
    },
    {
      label: `members (${format(M)})`,
      statements: [
        `insert into users (id, handle, display_name, email, bio, created_at)
         select ${member('n')}, 'member-' || n, 'Member ' || n, 'member-' || n || '@large.example',
                'Synthetic member number ' || n || '.',
                timestamptz '2023-01-01' + (n % 1000) * interval '1 day' + (n % 86400) * interval '1 second'
           from generate_series(1, ${M}) n`,
      ],
    },
    {
      label: `films (${format(F)}, ${format(F - originals(F))} of them remakes)`,
      statements: [films(F)],
    },
    {
      label: `reviews (${format(R)}, ${format(size.bigFilmReviews)} of them of film 1)`,
      statements: [reviews(size)],
    },
    {
      label: 'review votes',
      statements: [
        `insert into review_votes (user_id, review_id, created_at) select ${member('voter')}, review_id, created_at from vote_plan`,
      ],
    },
    {
      label: `comments (${format(C)})`,
      statements: [
        `insert into comments (id, review_id, parent_id, author_id, body, path, depth, created_at)
         overriding system value
         select id, review_id, parent_id, ${member('author')}, body, path::ltree, depth, created_at from comment_plan`,
      ],
    },
    {
      label: `follows (${K} a member, ${CRITICS} critics followed by all)`,
      statements: [follows(M, K)],
    },
    // The notices the live paths would have written, with their kinds and
    // payloads: sendNotices (db/notices.ts) drops notices to
    // oneself, and seeded members keep every notification kind turned on.
    {
      label: 'reply notifications',
      // lib/comments/notify.ts: the author of what was answered, the review's for a top-level comment.
      statements: [
        `insert into notifications (recipient_id, kind, actor_id, review_id, comment_id, created_at)
         select ${member('replied_to')}, 'reply', ${member('author')}, review_id, id, created_at
           from comment_plan where replied_to <> author`,
      ],
    },
    {
      label: 'follow notifications',
      // lib/follows/mutations.ts: one per follow, to the followed member.
      statements: [
        `insert into notifications (recipient_id, kind, actor_id, created_at)
         select followed_id, 'follow', follower_id, created_at from follows`,
      ],
    },
    {
      label: 'upvote milestone notifications',
      // lib/votes/mutations.ts noticeMilestone: once per review and milestone, sent by the vote that reached it.
      statements: [
        `insert into notifications (recipient_id, kind, review_id, payload, created_at)
         select ${member('author')}, 'milestone', review_id, jsonb_build_object('upvotes', upvotes), created_at
           from (select author, review_id, created_at,
                        row_number() over (partition by review_id order by created_at, voter) as upvotes
                   from vote_plan) vote
          where upvotes = any (array[${upvoteMilestones.map(Number).join(',')}])`,
      ],
    },
    { label: 'counters recounted (db/counters.ts)', statements: [...RECOUNT_STATEMENTS] },
    {
      label: 'identity sequences moved past the generated ids',
      statements: ['films', 'reviews', 'comments'].map(
        (table) => `select setval(pg_get_serial_sequence('${table}', 'id'), (select max(id) from ${table}))`,
      ),
    },
  ];
}

/** The steps after the load and the badge backfill: the indexes and keys set aside come back, then statistics. */
export function largeSeedFinish(): SeedStep[] {
  return [...bulkLoadFinish(), { label: 'statistics', statements: ['analyze'] }];
}

function originals(F: number) {
  return Math.floor((F * 4) / 5);
}

function films(F: number) {
  const O = originals(F);
  const family = Math.min(BIG_FAMILY_REMAKES, F - O);
  const countries = `(array[${COUNTRIES.map((c) => `'${c}'`).join(',')}])`;
  // Film 1 is from US (index 1); its remakes O+1..O+family take the next countries, one each.
  return `
    insert into films (id, slug, title, original_title, year, country, language, runtime_minutes, synopsis, version_of_id, created_at)
    overriding system value
    select n, 'large-film-' || n, 'Film ' || n,
           case when n % 3 = 0 then 'Película ' || n end,
           1950 + n % 75,
           ${countries}[1 + case when n between ${O + 1} and ${O + family} then 1 + n - ${O} else n end % ${COUNTRIES.length}],
           'xx', 80 + n % 90,
           'A synthetic film for measuring Verdict at scale.',
           case when n between ${O + 1} and ${O + family} then 1
                when n > ${O + family} then 2 + (n - ${O + family} - 1) % ${O - 1} end,
           timestamptz '2023-01-01'
      from generate_series(1, ${F}) n`;
}

function reviews({ members: M, films: F, reviews: R, bigFilmReviews }: LargeSeedSize) {
  const stride = Math.floor(M / bigFilmReviews);
  return `
    insert into reviews (id, film_id, author_id, title, body, search_text, rating, contains_spoilers, created_at)
    overriding system value
    select i + 1,
           case when i < ${M} and i % ${stride} = 0 and i / ${stride} < ${bigFilmReviews} then 1
                else 2 + ((i % ${M}) * 13 + (i / ${M}) * 1249) % ${F - 1} end,
           ${member(`(1 + i % ${M})`)},
           'Review ' || (i + 1),
           written.body, written.search_text,
           1 + i % 10, i % 10 = 0,
           ${reviewPublishedAt('i + 1')}
      from generate_series(0, ${R - 1}) i
      join review_text_plan written on written.variant = i % ${REVIEW_BODY_VARIANTS}`;
}

/**
 * Every comment with the member it answers (`replied_to`: the parent's
 * author, or the review's for a top-level comment), which is who its reply
 * notice goes to. Reply chains of five on reviews 2…; then review 1's thread:
 * `roots` top-level comments each carrying a chain 30 deep, and the rest
 * direct replies spread over the roots.
 */
function commentPlan({ members: M, reviews: R, comments: C, bigThread: B }: LargeSeedSize) {
  const chainComments = C - B;
  const roots = Math.min(100, Math.floor(B / 50));
  const chain = BIG_THREAD_DEPTH + 1;
  if (roots < 1) throw new Error(`A big thread needs at least 50 comments, not ${B}`);
  const rootId = (r: string) => `(${chainComments} + 1 + ${r} * ${chain})`;
  const threadAuthor = (id: string) => `(1 + (${id} * 11) % ${M})`;
  return `
    create temp table comment_plan on commit drop as
    select c + 1 as id, 2 + (c / 5) % ${R - 1} as review_id,
           case when c % 5 = 0 then null else c end as parent_id,
           1 + (c * 7) % ${M} as author,
           case when c % 5 = 0 then ${reviewAuthor(`(2 + (c / 5) % ${R - 1})`, M)} else 1 + ((c - 1) * 7) % ${M} end as replied_to,
           'A reply in a synthetic conversation, number ' || (c + 1) || '.' as body,
           ${consecutivePath('c - c % 5 + 1', 'c + 1')} as path,
           c % 5 as depth,
           timestamptz '2024-02-01' + c * interval '60 seconds' as created_at
      from generate_series(0, ${chainComments - 1}) c
    union all
    select id, 1, parent_id, ${threadAuthor('id')},
           coalesce(${threadAuthor('parent_id')}, ${reviewAuthor('1', M)}),
           'A comment in the big thread, number ' || id || '.', path, depth,
           timestamptz '2025-01-01' + id * interval '1 second'
      from (select ${rootId('r')} + d as id,
                   case when d > 0 then ${rootId('r')} + d - 1 end as parent_id,
                   ${consecutivePath(rootId('r'), `${rootId('r')} + d`)} as path,
                   d as depth
              from generate_series(0, ${roots - 1}) r cross join generate_series(0, ${BIG_THREAD_DEPTH}) d
            union all
            select ${rootId('0')} + ${roots * chain} + s, ${rootId(`(s % ${roots})`)},
                   ${rootId(`(s % ${roots})`)} || '.' || (${rootId('0')} + ${roots * chain} + s), 1
              from generate_series(0, ${B - roots * chain - 1}) s) thread`;
}

/** The path of a comment whose ancestors are the comments numbered `first`…`last`: a chain of consecutive replies. */
function consecutivePath(first: string, last: string) {
  return `array_to_string(array(select generate_series(${first}, ${last})), '.')`;
}

/**
 * Member n follows each critic (members 1..CRITICS) but themselves, and
 * K − CRITICS members of the rest at fixed, distinct offsets around the
 * circle of non-critics, so nobody follows themselves or anyone twice.
 */
function follows(M: number, K: number) {
  const pool = M - CRITICS;
  const others = K - CRITICS;
  const spacing = Math.floor((pool - 1) / others);
  if (others < 1 || spacing < 1) throw new Error(`Cannot spread ${K} follows over ${M} members`);
  return `
    insert into follows (follower_id, followed_id, created_at)
    select ${member('follower')}, ${member('followed')},
           timestamptz '2025-10-01' + ((follower - 1) * ${K} + k) * interval '1 second'
      from (select n as follower, k,
                   case when k < ${CRITICS} then 1 + k
                        else ${CRITICS + 1} + ((n - ${CRITICS + 1} + ${pool}) % ${pool} + 1 + (k - ${CRITICS}) * ${spacing}) % ${pool} end as followed
              from generate_series(1, ${M}) n cross join generate_series(0, ${K - 1}) k) follow
     where follower <> followed`;
}
