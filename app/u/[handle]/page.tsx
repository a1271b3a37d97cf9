import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';

import { BadgeChip } from '@/components/badge/badge-chip';
import { FeedTabs } from '@/components/feed/feed-tabs';
import { FollowButton } from '@/components/member/follow-button';
import { MuteToggle } from '@/components/member/mute-toggle';
import { MemberCard } from '@/components/member/member-card';
import { RecentComments } from '@/components/member/recent-comments';
import { MoreLink } from '@/components/page/more-link';
import { PageShell } from '@/components/page/page-shell';
import { ReviewList } from '@/components/review/review-list';
import { buttonClasses } from '@/components/ui/button';
import { followMemberAction } from '@/lib/actions/follows';
import { blockMemberAction, muteMemberAction } from '@/lib/actions/muting';
import { getViewer } from '@/lib/auth/viewer';
import { listMemberReviewPage } from '@/lib/reviews/queries';
import { MEMBER_REVIEW_SORTS, type MemberReviewSort } from '@/lib/reviews/params';
import { firstParam, type SearchParams } from '@/lib/url/search-params';
import { listRecentComments } from '@/lib/members/queries';
import { getMemberProfile } from '@/lib/members/queries';
import { getReaderState } from '@/lib/members/reader-queries';
import { getMuteState } from '@/lib/muting/queries';

type Params = Promise<{ handle: string }>;

const profile = cache(getMemberProfile);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const member = await profile(decodeURIComponent((await params).handle));
  if (!member) return { title: 'Member not found' };
  const title = `${member.displayName} (@${member.handle})`;
  const description = member.bio || `${member.displayName}'s film reviews on Verdict.`;
  return {
    title,
    description,
    openGraph: { type: 'profile', title, description, url: `/u/${member.handle}` },
    alternates: {
      canonical: `/u/${member.handle}`,
      types: { 'application/atom+xml': [{ url: `/u/${member.handle}/feed.xml`, title: `Reviews by ${member.displayName}` }] },
    },
  };
}

const SORT_LABELS: Record<MemberReviewSort, string> = { new: 'New', top: 'Top' };

function reviewsHref(handle: string, sort: MemberReviewSort, after?: string) {
  const params = new URLSearchParams();
  if (sort !== 'new') params.set('sort', sort);
  if (after) params.set('after', after);
  const search = params.toString();
  return `/u/${handle}${search ? `?${search}` : ''}`;
}

export default async function ProfilePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const member = await profile(decodeURIComponent((await params).handle));
  if (!member) notFound();
  const query = await searchParams;
  const sort: MemberReviewSort = MEMBER_REVIEW_SORTS.find((value) => value === firstParam(query.sort)) ?? 'new';
  const after = firstParam(query.after)?.slice(0, 80);

  const [reviews, comments, viewer] = await Promise.all([
    listMemberReviewPage(member.id, { sort, after }),
    listRecentComments(member.id),
    getViewer(),
  ]);
  const own = viewer?.id === member.id;
  const [reader, muting] = await Promise.all([
    getReaderState(viewer?.id, {
      reviewIds: reviews.reviews.map((review) => review.id),
      followed: own ? undefined : { id: member.id },
    }),
    getMuteState(viewer?.id, member.id),
  ]);
  const { upvotes, follows, topBadge } = member;
  const path = reviewsHref(member.handle, sort, after);

  return (
    <PageShell>
      <MemberCard
        member={member}
        upvotes={upvotes}
        follows={follows}
        action={
          own ? (
            <Link href="/settings" className={buttonClasses('secondary', 'sm')}>
              Edit profile
            </Link>
          ) : (
            <span className="flex flex-wrap items-center gap-2">
              <FollowButton action={followMemberAction.bind(null, member.handle, path)} following={reader.following} />
              {viewer ? (
                <>
                  <MuteToggle
                    action={muteMemberAction.bind(null, member.handle, path)}
                    on={muting.muted}
                    labels={{ off: 'Mute', on: 'Unmute' }}
                  />
                  <MuteToggle
                    action={blockMemberAction.bind(null, member.handle, path)}
                    on={muting.blocked}
                    labels={{ off: 'Block', on: 'Unblock' }}
                  />
                </>
              ) : null}
            </span>
          )
        }
      />
      <p className="mt-6 flex flex-wrap items-center gap-3 text-sm">
        {topBadge ? <BadgeChip badge={topBadge} handle={member.handle} /> : null}
        <Link href={`/u/${member.handle}/badges`} className="font-medium text-accent underline-offset-4 hover:underline">
          {own ? 'Your badges and next targets' : 'Badges'}
        </Link>
        <Link href={`/u/${member.handle}/diary`} className="font-medium text-accent underline-offset-4 hover:underline">
          Diary
        </Link>
        <Link href={`/u/${member.handle}/watchlist`} className="font-medium text-accent underline-offset-4 hover:underline">
          Watchlist
        </Link>
      </p>
      <div className="mt-10 grid gap-12 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <section aria-labelledby="member-reviews" className="min-w-0">
          <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
            <h2 id="member-reviews" className="font-serif text-2xl font-semibold text-ink">
              Reviews
            </h2>
            <FeedTabs
              label="Sort reviews"
              size="sm"
              tabs={MEMBER_REVIEW_SORTS.map((value) => ({
                label: SORT_LABELS[value],
                href: reviewsHref(member.handle, value),
                current: value === sort,
              }))}
            />
          </div>
          <ReviewList
            reviews={reviews.reviews}
            headingLevel={3}
            votes={{ viewerHandle: viewer?.handle ?? null, upvotedIds: reader.upvotedReviewIds, returnTo: path }}
            emptyTitle="No reviews yet"
            emptyDescription={`${member.displayName} hasn't reviewed anything yet.`}
          />
          {reviews.nextCursor && <MoreLink href={reviewsHref(member.handle, sort, reviews.nextCursor)}>More reviews</MoreLink>}
        </section>
        <RecentComments comments={comments} displayName={member.displayName} />
      </div>
    </PageShell>
  );
}
