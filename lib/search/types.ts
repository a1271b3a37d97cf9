import type { FilmSummary } from '@/lib/films/types';
import type { ReviewCardData } from '@/lib/reviews/types';
import type { MemberSummary } from '@/lib/members/types';

/** One page of a small group (films, people), paged by a bounded page number. */
export interface GroupPage<T> {
  items: T[];
  total: number;
  page: number;
  hasMore: boolean;
}

export interface ReviewResults {
  items: ReviewCardData[];
  total: number;
  /** True when the count stopped at its cap: show it as "1,000+". */
  totalCapped: boolean;
  /** Keyset cursor on (rank, id) for the next page; null on the last. */
  nextCursor: string | null;
  /** The search ran out of time (REVIEW_SEARCH_TIMEOUT_MS) and found nothing: suggest a shorter one. */
  timedOut: boolean;
}

export interface PersonResult extends MemberSummary {
  reviewCount: number;
}

export interface SearchResults {
  films: GroupPage<FilmSummary>;
  reviews: ReviewResults;
  people: GroupPage<PersonResult>;
}
