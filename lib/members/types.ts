import type { TopBadge } from '@/lib/badges/queries';
import type { FollowCounts } from '@/lib/follows/types';
import type { UpvoteTotals } from '@/lib/votes/types';

/** How a member is shown beside their words. Never carries email or password data. */
export interface MemberSummary {
  handle: string;
  displayName: string;
  image: string | null;
  createdAt: Date;
}

export interface MemberProfile extends MemberSummary {
  bio: string;
  role: 'member' | 'moderator' | 'admin';
  reviewCount: number;
  upvotesReceived: number;
  upvotes: UpvoteTotals;
  follows: FollowCounts;
  /** Their most distinguished badge, for the chip beside their name. */
  topBadge: TopBadge | null;
}
