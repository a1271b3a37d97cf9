import { notFound } from 'next/navigation';

import { parseRecordId } from './params';

/**
 * The id a route segment names (`/reviews/[id]`, `/history/[version]`), or
 * the not-found page: `/reviews/012`, `/reviews/1e3` or an id past
 * PostgreSQL's integer names nothing, and must never reach a query.
 */
export function recordIdOrNotFound(segment: string): number {
  const id = parseRecordId(segment);
  if (id === null) notFound();
  return id;
}
