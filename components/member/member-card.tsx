import { useId, type ReactNode } from 'react';
import type { FollowCounts } from '@/lib/follows/types';
import type { MemberProfile, MemberSummary } from '@/lib/members/types';
import type { UpvoteTotals } from '@/lib/votes/types';
import { Avatar } from '@/components/ui/avatar';
import { Chip } from '@/components/ui/chip';
import { cx } from '@/components/ui/cx';
import { memberSince } from './member-since';
import { NewHere } from './new-here';

export interface MemberCardProps {
  /** A MemberProfile adds bio, role and totals; a MemberSummary shows the basics. */
  member: MemberSummary | MemberProfile;
  /**
   * Defaults to 1 because the card is the head of the profile page, where the
   * member's name is the page title; pass 2 or 3 to use it inside a list.
   */
  headingLevel?: 1 | 2 | 3;
  /** Upvotes given and received across reviews and comments, for a profile's stats. */
  upvotes?: UpvoteTotals;
  follows?: FollowCounts;
  /** Beside the name: the Follow button, or a link to settings on one's own profile. */
  action?: ReactNode;
  className?: string;
}

const count = new Intl.NumberFormat('en');

function isProfile(member: MemberSummary | MemberProfile): member is MemberProfile {
  return 'bio' in member;
}

export function MemberCard({ member, headingLevel = 1, upvotes, follows, action, className }: MemberCardProps) {
  const Heading = `h${headingLevel}` as const;
  const headingId = useId();
  const profile = isProfile(member) ? member : null;
  const isLarge = headingLevel === 1;

  return (
    <section aria-labelledby={headingId} className={cx('flex flex-col gap-5 sm:flex-row sm:items-start sm:gap-6', className)}>
      <Avatar handle={member.handle} displayName={member.displayName} image={member.image} size={isLarge ? 'xl' : 'lg'} />
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <Heading
            id={headingId}
            className={cx('font-serif font-bold tracking-tight text-ink', isLarge ? 'text-3xl sm:text-4xl' : 'text-2xl')}
          >
            {member.displayName}
          </Heading>
          {profile && profile.role !== 'member' ? (
            <Chip tone="accent">{profile.role === 'admin' ? 'Admin' : 'Moderator'}</Chip>
          ) : null}
          <NewHere memberSince={member.createdAt} />
          {action ? <div className="sm:ml-auto">{action}</div> : null}
        </div>
        <p className="mt-1 text-[0.9375rem] text-ink-muted">
          @{member.handle}
          <span aria-hidden="true"> · </span>
          <span className="sr-only">, </span>
          {memberSince(member.createdAt)}
        </p>
        {profile?.bio ? (
          <p className="mt-4 max-w-[65ch] font-serif text-lg leading-relaxed whitespace-pre-line text-ink">{profile.bio}</p>
        ) : null}
        {profile ? (
          <dl className="mt-5 flex flex-wrap gap-x-8 gap-y-3">
            <div className="flex flex-col-reverse">
              <dt className="text-sm text-ink-muted">{profile.reviewCount === 1 ? 'Review' : 'Reviews'}</dt>
              <dd className="font-serif text-2xl font-semibold text-ink tabular-nums">{count.format(profile.reviewCount)}</dd>
            </div>
            <div className="flex flex-col-reverse">
              <dt className="text-sm text-ink-muted">Upvotes received</dt>
              <dd className="font-serif text-2xl font-semibold text-ink tabular-nums">
                {count.format(upvotes?.received ?? profile.upvotesReceived)}
              </dd>
            </div>
            {follows ? (
              <>
                <div className="flex flex-col-reverse">
                  <dt className="text-sm text-ink-muted">{follows.followers === 1 ? 'Follower' : 'Followers'}</dt>
                  <dd className="font-serif text-2xl font-semibold text-ink tabular-nums">{count.format(follows.followers)}</dd>
                </div>
                <div className="flex flex-col-reverse">
                  <dt className="text-sm text-ink-muted">Following</dt>
                  <dd className="font-serif text-2xl font-semibold text-ink tabular-nums">{count.format(follows.following)}</dd>
                </div>
              </>
            ) : null}
            {upvotes ? (
              <div className="flex flex-col-reverse">
                <dt className="text-sm text-ink-muted">Upvotes given</dt>
                <dd className="font-serif text-2xl font-semibold text-ink tabular-nums">{count.format(upvotes.given)}</dd>
              </div>
            ) : null}
          </dl>
        ) : null}
      </div>
    </section>
  );
}
