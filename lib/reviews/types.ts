import type { TopBadge } from '@/lib/badges/queries';
import type { MemberSummary } from '@/lib/members/types';

/** A review as a feed or list card shows it: never the body, only a spoiler-safe excerpt. */
export interface ReviewCardData {
  id: number;
  title: string;
  /** Plain text, spoilers removed; for a spoiler-flagged review it says so instead. */
  excerpt: string;
  rating: number;
  containsSpoilers: boolean;
  upvoteCount: number;
  commentCount: number;
  createdAt: Date;
  editedAt: Date | null;
  author: MemberSummary;
  film: {
    slug: string;
    title: string;
    year: number;
    posterPath: string | null;
  };
}

/** A whole review for its own page. `body` is Markdown; render it with lib/markdown. */
export interface ReviewDetail extends ReviewCardData {
  body: string;
  wordCount: number;
  film: ReviewCardData['film'] & { country: string; originalTitle: string | null };
  /** The author, with their most distinguished badge for the chip beside their name. */
  author: ReviewCardData['author'] & { topBadge: TopBadge | null };
}

export interface ReviewPage {
  reviews: ReviewCardData[];
  /** Pass back as `after` for the next page; null on the last page. */
  nextCursor: string | null;
}
