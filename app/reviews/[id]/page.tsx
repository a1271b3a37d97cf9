import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';

import { CommentThread } from '@/components/comment/comment-thread';
import { PageShell } from '@/components/page/page-shell';
import { MoreReviews } from '@/components/review/more-reviews';
import { ReviewBody } from '@/components/review/review-body';
import { ReviewHeader } from '@/components/review/review-header';
import { ShareLinks } from '@/components/review/share-links';
import { UpvoteButton } from '@/components/vote/upvote-button';
import { upvoteReviewAction } from '@/lib/actions/votes';
import { getViewer } from '@/lib/auth/viewer';
import { getThread } from '@/lib/comments/queries';
import { Markdown } from '@/lib/markdown/render';
import { listOtherReviewsOfFilm } from '@/lib/reviews/film-reviews';
import { getReviewDetail } from '@/lib/reviews/queries';
import type { ReviewDetail } from '@/lib/reviews/types';
import { siteUrl } from '@/lib/site';
import { upvotedReviewIds } from '@/lib/votes/queries';

type Params = Promise<{ id: string }>;

/** Ids in URLs are positive integers; anything else is simply not found. */
function reviewId(raw: string): number | null {
  return /^[1-9]\d{0,9}$/.test(raw) && Number(raw) <= 2_147_483_647 ? Number(raw) : null;
}

/** The review's name wherever it travels: the tab, Open Graph, and share posts. */
const shareTitle = (detail: ReviewDetail) => `${detail.title} — ${detail.film.title} (${detail.film.year})`;

const review = cache(async (raw: string) => {
  const id = reviewId(raw);
  return id === null ? null : getReviewDetail(id);
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const detail = await review((await params).id);
  if (!detail) return { title: 'Review not found' };
  const title = shareTitle(detail);
  const description = `${detail.author.displayName} rates ${detail.film.title} ${detail.rating / 2}/5. ${detail.excerpt}`;
  return {
    title,
    description,
    authors: [{ name: detail.author.displayName, url: `/u/${detail.author.handle}` }],
    openGraph: {
      type: 'article',
      title,
      description,
      url: `/reviews/${detail.id}`,
      publishedTime: detail.createdAt.toISOString(),
    },
    // `excerpt` is spoiler-safe: for a spoiler-flagged review it only says so.
    twitter: { card: 'summary', title, description },
    alternates: { canonical: `/reviews/${detail.id}` },
  };
}

export default async function ReviewPage({ params }: { params: Params }) {
  const detail = await review((await params).id);
  if (!detail) notFound();
  const [thread, otherReviews, viewer] = await Promise.all([
    getThread(detail.id),
    listOtherReviewsOfFilm(detail.film.slug, detail.id),
    getViewer(),
  ]);
  const upvoted = (await upvotedReviewIds(viewer?.id, [detail.id])).has(detail.id);
  const own = viewer?.handle === detail.author.handle;
  const path = `/reviews/${detail.id}`;
  const canonicalUrl = new URL(`/reviews/${detail.id}`, siteUrl()).toString();

  return (
    <PageShell narrow>
      <article>
        <ReviewHeader review={detail} />
        <ReviewBody className="mt-8">
          <Markdown source={detail.body} />
        </ReviewBody>
        <footer className="mt-10 flex flex-wrap items-center gap-x-4 gap-y-2">
          <UpvoteButton
            size="md"
            action={upvoteReviewAction.bind(null, detail.id, path)}
            upvoted={upvoted}
            count={detail.upvoteCount}
            disabledReason={own ? 'You can’t upvote your own review.' : undefined}
          />
          <p className="text-sm text-ink-muted">
            {own ? 'Upvotes from readers appear here.' : 'Did this review help you decide? Upvote it so more readers find it.'}
          </p>
        </footer>
      </article>
      <ShareLinks url={canonicalUrl} title={shareTitle(detail)} className="mt-10" />
      <section aria-labelledby="comments-heading" className="mt-14 border-t border-line pt-10">
        <h2 id="comments-heading" className="mb-6 font-serif text-2xl font-semibold text-ink">
          {detail.commentCount === 1 ? '1 comment' : `${detail.commentCount} comments`}
        </h2>
        <CommentThread comments={thread} renderBody={(body) => <Markdown source={body} />} />
      </section>
      <MoreReviews reviews={otherReviews} film={detail.film} className="mt-14" />
    </PageShell>
  );
}
