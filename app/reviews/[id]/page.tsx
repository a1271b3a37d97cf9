import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';

import { CommentThread } from '@/components/comment/comment-thread';
import { PageShell } from '@/components/page/page-shell';
import { MoreReviews } from '@/components/review/more-reviews';
import { ReviewBody } from '@/components/review/review-body';
import { ReviewHeader } from '@/components/review/review-header';
import { ShareLinks } from '@/components/review/share-links';
import { getThread } from '@/lib/comments/queries';
import { Markdown } from '@/lib/markdown/render';
import { listOtherReviewsOfFilm } from '@/lib/reviews/film-reviews';
import { getReviewDetail } from '@/lib/reviews/queries';
import type { ReviewDetail } from '@/lib/reviews/types';
import { siteUrl } from '@/lib/site';

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
      images: detail.film.posterPath ? [{ url: detail.film.posterPath, alt: `Poster for ${detail.film.title}` }] : undefined,
    },
    // `excerpt` is spoiler-safe: for a spoiler-flagged review it only says so.
    twitter: { card: 'summary', title, description },
    alternates: { canonical: `/reviews/${detail.id}` },
  };
}

export default async function ReviewPage({ params }: { params: Params }) {
  const detail = await review((await params).id);
  if (!detail) notFound();
  const [thread, otherReviews] = await Promise.all([getThread(detail.id), listOtherReviewsOfFilm(detail.film.slug, detail.id)]);
  const canonicalUrl = new URL(`/reviews/${detail.id}`, siteUrl()).toString();

  return (
    <PageShell narrow>
      <article>
        <ReviewHeader review={detail} />
        <ReviewBody className="mt-8">
          <Markdown source={detail.body} />
        </ReviewBody>
      </article>
      <ShareLinks url={canonicalUrl} title={shareTitle(detail)} className="mt-10" />
      <section aria-labelledby="comments-heading" className="mt-14 border-t border-line pt-10">
        <h2 id="comments-heading" className="mb-6 font-serif text-2xl font-semibold text-ink">
          {detail.commentCount === 1 ? '1 comment' : `${detail.commentCount} comments`}
        </h2>
        <CommentThread comments={thread.comments} renderBody={(body) => <Markdown source={body} />} />
      </section>
      <MoreReviews reviews={otherReviews} film={detail.film} className="mt-14" />
    </PageShell>
  );
}
