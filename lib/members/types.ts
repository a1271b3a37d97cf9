/*
 * Verdict calls the person a member, in lib and components alike. The
 * database and Auth.js keep their own word (the `users` table, its `userId`
 * columns, Auth.js's `User`) because that schema is Auth.js's contract, so
 * "user" appears only where code names the database or Auth.js.
 */
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

/** A member's recent comment, for their profile. */
export interface RecentComment {
  id: number;
  reviewId: number;
  reviewTitle: string;
  filmTitle: string;
  /** Plain text, spoilers removed. */
  excerpt: string;
  createdAt: Date;
}

/** What /settings shows the member about their own account. */
export interface ProfileSettings {
  handle: string;
  email: string | null;
  displayName: string;
  bio: string;
  /** Whether the member can confirm with a password; GitHub- or Google-only members confirm another way. */
  hasPassword: boolean;
}

export type CreateMemberResult = { ok: true; id: string } | { ok: false; conflict: 'email' | 'handle' };

export type DeleteAccountRefusal = 'wrong-password' | 'wrong-handle' | 'not-found';
export type DeleteAccountOutcome = { ok: true } | { ok: false; reason: DeleteAccountRefusal };

/**
 * How the member confirms: their password when they have one; members who
 * only use GitHub or Google have none, so they type their handle instead.
 */
export interface DeleteAccountConfirmation {
  password?: string;
  handle?: string;
}
