import 'server-only';

import { and, asc, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';

import { db, type Executor } from '@/db';
import { films, reviews, users } from '@/db/schema';
import { filmSummaryColumns } from '@/lib/films/queries';
import type { FilmSummary } from '@/lib/films/types';
import { memberSummaryColumns } from '@/lib/members/queries';
import { notSilencedFor } from '@/lib/muting/filters';
import { selectCards, toCards } from '@/lib/reviews/queries';

import { MAX_GROUP_PAGE } from './params';
import type { GroupPage, PersonResult, ReviewResults, SearchResults } from './types';
import { notBanned } from '@/db/bans';

/**
 * Search over films, reviews and people. Each group is answered by its own
 * index (migrations 0007 and 0011), so the expressions here must be exactly
 * the ones indexed — `film_search_text(title, original_title)`,
 * `member_search_text(handle, display_name)` and
 * `review_search_vector(title, search_text)` — or the planner falls back to
 * reading every row.
 *
 * Films and people match with pg_trgm's `<%` (word similarity ≥ 0.6): the
 * query only has to resemble some run of words in the title, so
 * "kogustaki mucize" finds "7. Koğuştaki Mucize" inside the longer
 * "miracle in cell no. 7 7. koğuştaki mucize", and "rain mann" still finds
 * "Rain Man". Plain `%` compares against the whole text and misses a short
 * query against a long title ("gilbert" in What's Eating Gilbert Grape).
 * Ranking: titles that start with the query first, then word similarity,
 * then whole-text similarity (the version whose title is nothing but the
 * query wins a tie).
 */
export const FILMS_PER_PAGE = 8;
export const PEOPLE_PER_PAGE = 8;
export const REVIEWS_PER_PAGE = 10;
/** Review counts stop here ("1,000+"): counting every match of a common word would read them all. */
export const REVIEW_COUNT_CAP = 1000;

const MAX_ID = 2_147_483_647;

const needle = (q: string) => sql`verdict_unaccent(lower(${q}))`;
const filmText = sql`film_search_text(${films.title}, ${films.originalTitle})`;
const memberText = sql`member_search_text(${users.handle}, ${users.displayName})`;
const reviewDocument = sql`review_search_vector(${reviews.title}, ${reviews.searchText})`;
const reviewQuery = (q: string) => sql`websearch_to_tsquery('english', verdict_unaccent(${q}))`;

const offsetOf = (page: number, size: number) => (Math.min(Math.max(page, 1), MAX_GROUP_PAGE) - 1) * size;

/** The films query (exported so a test can EXPLAIN it). */
export function filmSearchSelect(q: string, page: number) {
  const term = needle(q);
  return db
    .select({
      ...filmSummaryColumns,
      // Per matching film (reviews_film_author_key), not the catalogue-wide aggregate the film index joins.
      reviewCount: sql<number>`(select count(*)::int from reviews r where r.film_id = "films"."id" and r.status = 'published')`,
      averageRating: sql<
        number | null
      >`(select round(avg(r.rating), 2)::float8 from reviews r where r.film_id = "films"."id" and r.status = 'published')`,
      total: sql<number>`count(*) over ()::int`,
    })
    .from(films)
    .where(sql`${term} <% ${filmText}`)
    .orderBy(
      desc(sql`starts_with(${filmText}, ${term})`),
      desc(sql`word_similarity(${term}, ${filmText})`),
      desc(sql`similarity(${term}, ${filmText})`),
      asc(films.title),
      asc(films.year),
      asc(films.id),
    )
    .limit(FILMS_PER_PAGE + 1)
    .offset(offsetOf(page, FILMS_PER_PAGE));
}

/**
 * A page of a small group from its rows (one more than the page, each
 * carrying the group's total). A page past the last has no row to carry the
 * total, so the first page is asked for it.
 */
async function toGroupPage<Item>(
  rows: Array<Item & { total: number }>,
  page: number,
  size: number,
  firstPage: () => Promise<Array<{ total: number }>>,
): Promise<GroupPage<Item>> {
  const items = rows.slice(0, size).map(({ total: _total, ...item }) => item as Item);
  const total = rows[0]?.total ?? (page > 1 ? ((await firstPage())[0]?.total ?? 0) : 0);
  return { items, total, page, hasMore: rows.length > size && page < MAX_GROUP_PAGE };
}

export async function searchFilms(q: string, page = 1): Promise<GroupPage<FilmSummary>> {
  return toGroupPage(await filmSearchSelect(q, page), page, FILMS_PER_PAGE, () => filmSearchSelect(q, 1));
}

/** The people query (exported so a test can EXPLAIN it). Deleted and banned members are never found. */
export function peopleSearchSelect(q: string, page: number) {
  const term = needle(q);
  return db
    .select({
      ...memberSummaryColumns,
      // Spelled out: inside a select list Drizzle drops table names, which makes `id` ambiguous here.
      reviewCount: sql<number>`(select count(*)::int from reviews r where r.author_id = "users"."id" and r.status = 'published')`,
      total: sql<number>`count(*) over ()::int`,
    })
    .from(users)
    .where(and(sql`${term} <% ${memberText}`, isNull(users.deletedAt), notBanned()))
    .orderBy(
      desc(sql`starts_with(${memberText}, ${term})`),
      desc(sql`word_similarity(${term}, ${memberText})`),
      desc(sql`similarity(${term}, ${memberText})`),
      asc(users.handle),
    )
    .limit(PEOPLE_PER_PAGE + 1)
    .offset(offsetOf(page, PEOPLE_PER_PAGE));
}

export async function searchPeople(q: string, page = 1): Promise<GroupPage<PersonResult>> {
  return toGroupPage(await peopleSearchSelect(q, page), page, PEOPLE_PER_PAGE, () => peopleSearchSelect(q, 1));
}

const rank = (q: string) => sql`ts_rank(${reviewDocument}, ${reviewQuery(q)})`;

/** Rows strictly after the cursor in (rank desc, id desc) order; undefined (the first page) for a cursor that is not one. */
function afterRank(q: string, cursor: string | undefined): SQL | undefined {
  const match = cursor?.match(/^(\d+(?:\.\d+)?(?:e-?\d+)?)_(\d{1,10})$/);
  if (!match || !Number.isFinite(Number(match[1])) || Number(match[2]) > MAX_ID) return undefined;
  // real prints the shortest text that reads back as the same bits, so the comparison is exact.
  return sql`(${rank(q)}, ${reviews.id}) < (${match[1]}::real, ${Number(match[2])})`;
}

/** Published reviews matching `q`, leaving out authors the reader muted or blocked. */
const reviewMatch = (q: string, viewerId?: string) =>
  and(eq(reviews.status, 'published'), sql`${reviewDocument} @@ ${reviewQuery(q)}`, notSilencedFor(viewerId, reviews.authorId));

/**
 * The reviews query (exported so a test can EXPLAIN it). The document is the
 * title and `search_text`, the body with every spoiler left out by the
 * Markdown parser itself (lib/markdown/search-text.ts), so a review whose
 * only match hides in a spoiler is never found; cards show the spoiler-safe
 * excerpt. A review marked as containing spoilers as a whole is still found
 * by its visible words, and its card shows no excerpt.
 */
export function reviewSearchSelect(q: string, after: string | undefined, limit: number, from: Executor = db, viewerId?: string) {
  return selectCards(and(reviewMatch(q, viewerId), afterRank(q, after)), { rankText: sql<string>`${rank(q)}::text` }, from)
    .orderBy(desc(rank(q)), desc(reviews.id))
    .limit(limit);
}

/**
 * How long review search may run, for the page and the count together. A
 * query of many common words ranks every review that matches any of them,
 * and must not hold a connection (or a reader) for long; past this the
 * reader is asked for a shorter search.
 */
export const REVIEW_SEARCH_TIMEOUT_MS = 2_000;
/** PostgreSQL's query_canceled, which a statement_timeout raises. */
const QUERY_CANCELED = '57014';

function isQueryCanceled(error: unknown): boolean {
  const cause = (error as { cause?: unknown } | null)?.cause ?? error;
  return (cause as { code?: string } | null)?.code === QUERY_CANCELED;
}

export async function searchReviews(
  q: string,
  after?: string,
  { timeoutMs = REVIEW_SEARCH_TIMEOUT_MS, viewerId }: { timeoutMs?: number; viewerId?: string } = {},
): Promise<ReviewResults> {
  try {
    // SET LOCAL lasts until the transaction ends, so the pooled connection goes back without the limit.
    const found = await db.transaction(async (tx) => {
      await tx.execute(sql.raw(`set local statement_timeout = ${Math.max(1, Math.floor(timeoutMs))}`));
      const rows = await reviewSearchSelect(q, after, REVIEWS_PER_PAGE + 1, tx, viewerId);
      const [counted] = await tx.execute<{ total: number }>(sql`
        select count(*)::int as total from (
          select 1 from ${reviews} where ${reviewMatch(q, viewerId)} limit ${REVIEW_COUNT_CAP}
        ) as matches`);
      const page = rows.slice(0, REVIEWS_PER_PAGE);
      const last = page.at(-1);
      const total = counted?.total ?? 0;
      return {
        items: page.map(({ rankText: _rankText, ...row }) => row),
        total,
        totalCapped: total >= REVIEW_COUNT_CAP,
        nextCursor: rows.length > REVIEWS_PER_PAGE && last ? `${last.rankText}_${last.id}` : null,
        timedOut: false,
      };
    });
    // Excerpts come from the render worker: the transaction (and its connection) does not wait for them.
    return { ...found, items: await toCards(found.items) };
  } catch (error) {
    if (!isQueryCanceled(error)) throw error;
    return { items: [], total: 0, totalCapped: false, nextCursor: null, timedOut: true };
  }
}

export async function search(query: {
  q: string;
  filmsPage: number;
  peoplePage: number;
  reviewsAfter?: string;
  /** The signed-in reader, whose muted and blocked members' reviews are left out. */
  viewerId?: string;
}): Promise<SearchResults> {
  const [filmResults, reviewResults, peopleResults] = await Promise.all([
    searchFilms(query.q, query.filmsPage),
    searchReviews(query.q, query.reviewsAfter, { viewerId: query.viewerId }),
    searchPeople(query.q, query.peoplePage),
  ]);
  return { films: filmResults, reviews: reviewResults, people: peopleResults };
}
