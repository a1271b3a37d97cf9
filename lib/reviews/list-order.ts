import { sql, type SQL } from 'drizzle-orm';

import { reviews } from '@/db/schema';

import type { FeedSort } from './params';

/**
 * The orders of the home feed, and of a member's reviews and the newest
 * reviews, which use the same ones. Trending orders by the stored hot score
 * (see lib/reviews/ranking.ts), New by publication, Top by upvotes. Each
 * order is an index scan (reviews_hot_idx, reviews_created_at_idx,
 * reviews_top_idx) that stops after one page: keyset paging by (key, id), so
 * page 500 costs what page 1 costs and no review is shown twice or skipped
 * while the reader pages.
 */
const MAX_ID = 2_147_483_647;

export interface ListOrder {
  /** The sort key as SQL, and as exact cursor text in the select. */
  key: SQL;
  keyText: SQL<string>;
  /** Cursor text back as a value to compare with; null when it is not one. */
  keyValue: (text: string) => SQL | null;
}

const NEWEST_FIRST: ListOrder = {
  key: sql`${reviews.createdAt}`,
  // Microseconds since the epoch: exact, where a JavaScript Date would round to the millisecond.
  keyText: sql<string>`(extract(epoch from ${reviews.createdAt}) * 1000000)::bigint::text`,
  keyValue: (text) =>
    /^-?\d{1,17}$/.test(text) ? sql`(timestamptz 'epoch' + ${text}::bigint * interval '1 microsecond')` : null,
};

export const LIST_ORDERS: Record<FeedSort, ListOrder> = {
  hot: {
    key: sql`${reviews.hotScore}`,
    // float8 prints the shortest text that reads back as the same bits (PostgreSQL 12+).
    keyText: sql<string>`${reviews.hotScore}::text`,
    keyValue: (text) => (/^-?\d+(\.\d+)?(e[-+]?\d+)?$/.test(text) && Number.isFinite(Number(text)) ? sql`${text}::float8` : null),
  },
  new: NEWEST_FIRST,
  // Following is the newest reviews by the people one follows.
  following: NEWEST_FIRST,
  top: {
    key: sql`${reviews.upvoteCount}`,
    keyText: sql<string>`${reviews.upvoteCount}::text`,
    keyValue: (text) => (/^\d{1,10}$/.test(text) && Number(text) <= MAX_ID ? sql`${Number(text)}::int` : null),
  },
};

/** Rows strictly after the cursor in (key desc, id desc) order; undefined (the first page) for a cursor that is not one. */
export function afterCursor(sort: FeedSort, cursor: string | undefined): SQL | undefined {
  const match = cursor?.match(/^([a-z]+)_(.+)_(\d{1,10})$/);
  if (!match || match[1] !== sort) return undefined;
  const order = LIST_ORDERS[sort];
  const key = order.keyValue(match[2]!);
  const id = Number(match[3]);
  if (!key || id > MAX_ID) return undefined;
  // A row comparison, which the (key desc, id desc) index answers directly.
  return sql`(${order.key}, ${reviews.id}) < (${key}, ${id})`;
}
