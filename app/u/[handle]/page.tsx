import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';

import { MemberCard } from '@/components/member/member-card';
import { MoreLink } from '@/components/page/more-link';
import { PageShell } from '@/components/page/page-shell';
import { ReviewList } from '@/components/review/review-list';
import { getViewer } from '@/lib/auth/viewer';
import { listMemberReviews } from '@/lib/reviews/queries';
import { firstParam, type SearchParams } from '@/lib/search-params';
import { getMemberProfile } from '@/lib/users/queries';
import { getUpvoteTotals, upvotedReviewIds } from '@/lib/votes/queries';

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

export default async function ProfilePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const member = await profile(decodeURIComponent((await params).handle));
  if (!member) notFound();
  const after = firstParam((await searchParams).after);
  const [reviews, upvotes, viewer] = await Promise.all([listMemberReviews(member.id, { after }), getUpvoteTotals(member.id), getViewer()]);
  const upvotedIds = await upvotedReviewIds(viewer?.id, reviews.reviews.map((review) => review.id));

  return (
    <PageShell>
      <MemberCard member={member} upvotes={upvotes} />
      <section aria-labelledby="member-reviews" className="mt-12">
        <h2 id="member-reviews" className="mb-6 font-serif text-2xl font-semibold text-ink">
          Reviews
        </h2>
        <ReviewList
          reviews={reviews.reviews}
          headingLevel={3}
          votes={{ viewerHandle: viewer?.handle ?? null, upvotedIds, returnTo: `/u/${member.handle}${after ? `?after=${after}` : ''}` }}
          emptyTitle="No reviews yet" emptyDescription={`${member.displayName} hasn't reviewed anything yet.`} />
        {reviews.nextCursor && <MoreLink href={`/u/${member.handle}?after=${reviews.nextCursor}`}>More reviews</MoreLink>}
      </section>
    </PageShell>
  );
}
