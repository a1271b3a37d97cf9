import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';

import { LiveThread } from '@/components/comment/live-thread';
import { NewComment } from '@/components/comment/new-comment';
import { ThreadSort } from '@/components/comment/thread-sort';
import { MoreLink } from '@/components/page/more-link';
import { PageShell } from '@/components/page/page-shell';
import { MoreReviews } from '@/components/review/more-reviews';
import { ReviewHeader } from '@/components/review/review-header';
import { ShareLinks } from '@/components/review/share-links';
import { BadgeChip } from '@/components/badge/badge-chip';
import { FollowButton } from '@/components/member/follow-button';
import { UpvoteButton } from '@/components/vote/upvote-button';
import { followMemberAction } from '@/lib/actions/follows';
import { upvoteReviewAction } from '@/lib/actions/votes';
import { getViewer } from '@/lib/auth/viewer';
import { getThread } from '@/lib/comments/queries';
import { type CommentSort, DEFAULT_COMMENT_SORT, parseCommentSort } from '@/lib/comments/params';
import { Markdown } from '@/components/ui/markdown';
import { listOtherReviewsOfFilm } from '@/lib/reviews/film-review-queries';
import { getReviewDetail } from '@/lib/reviews/queries';
import type { ReviewDetail } from '@/lib/reviews/types';
import { firstParam, type SearchParams } from '@/lib/url/search-params';
import { siteUrl } from '@/lib/seo/site-url';
import { parseRecordId } from '@/lib/validation/params';
import { recordIdOrNotFound } from '@/lib/validation/route-params';
import { getReaderState } from '@/lib/members/reader-queries';
import { pictureHashesMentioned } from '@/lib/markdown/pictures';
import { pictureFacts } from '@/lib/media/queries';

type Params = Promise<{ id: string }>;

/** The review's name wherever it travels: the tab, Open Graph, and share posts. */
const shareTitle = (detail: ReviewDetail) => `${detail.title} — ${detail.film.title} (${detail.film.year})`;

const review = cache(async (raw: string) => getReviewDetail(recordIdOrNotFound(raw)));

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

export default async function ReviewPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const [{ id: rawId }, query] = await Promise.all([params, searchParams]);
  const id = recordIdOrNotFound(rawId);
  const sort = parseCommentSort(firstParam(query.comments));
  // A "More comments" cursor is a comment id; anything else starts from the first page.
  const after = parseRecordId(firstParam(query.after));
  // The reader first (the layout has already asked, so it is remembered), then everything about the page at once.
  const viewer = await getViewer();
  const [detail, thread, otherReviews] = await Promise.all([
    review(rawId),
    getThread(id, { sort, after }),
    listOtherReviewsOfFilm(id, 4, viewer?.id),
  ]);
  if (!detail) notFound();
  const own = viewer?.handle === detail.author.handle;
  const reader = await getReaderState(viewer?.id, {
    reviewIds: [detail.id],
    commentIds: thread.comments.map((comment) => comment.id),
    followed: own ? undefined : { handle: detail.author.handle },
  });
  const upvoted = reader.upvotedReviewIds.has(detail.id);
  const authorBadge = detail.author.topBadge;
  const path = `/reviews/${detail.id}`;
  const canonicalUrl = new URL(`/reviews/${detail.id}`, await siteUrl()).toString();
  const threadHref = (choice: CommentSort) =>
    choice === DEFAULT_COMMENT_SORT ? `/reviews/${detail.id}` : `/reviews/${detail.id}?comments=${choice}`;
  const here =
    after === null ? threadHref(sort) : `${threadHref(sort)}${sort === DEFAULT_COMMENT_SORT ? '?' : '&'}after=${after}`;
  const next = (from: number) => `${threadHref(sort)}${sort === DEFAULT_COMMENT_SORT ? '?' : '&'}after=${from}#comments`;

  return (
    <PageShell narrow>
      <article>
        <ReviewHeader
          review={detail}
          authorAction={
            <span className="flex flex-wrap items-center gap-3">
              {authorBadge ? <BadgeChip badge={authorBadge} handle={detail.author.handle} /> : null}
              {own ? null : (
                <FollowButton action={followMemberAction.bind(null, detail.author.handle, path)} following={reader.following} />
              )}
            </span>
          }
        />
        <Markdown source={detail.body} className="mt-8" pictures={await pictureFacts(pictureHashesMentioned(detail.body))} />
        <footer className="mt-10 flex flex-wrap items-center gap-x-4 gap-y-2">
          <UpvoteButton
            size="md"
            action={upvoteReviewAction}
            target={{ kind: 'review', id: detail.id }}
            returnTo={path}
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
      <section id="comments" aria-labelledby="comments-heading" className="mt-14 scroll-mt-20 border-t border-line pt-10">
        <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
          <h2 id="comments-heading" className="font-serif text-2xl font-semibold text-ink">
            {detail.commentCount === 1 ? '1 comment' : `${detail.commentCount} comments`}
          </h2>
          {detail.commentCount > 1 ? <ThreadSort current={sort} href={(choice) => `${threadHref(choice)}#comments`} /> : null}
        </div>
        <NewComment reviewId={detail.id} signedIn={viewer !== null} returnTo={here} />
        {after !== null ? (
          <p className="mt-6 text-sm">
            <a href={`${threadHref(sort)}#comments`} className="font-medium text-accent underline underline-offset-4">
              Back to the first comments
            </a>
          </p>
        ) : null}
        <LiveThread
          reviewId={detail.id}
          comments={thread.comments}
          viewerHandle={viewer?.handle ?? null}
          upvotedIds={reader.upvotedCommentIds}
          mutedIds={reader.mutedCommentIds}
          returnTo={here}
          className="mt-8"
        />
        {thread.nextCursor !== null ? <MoreLink href={next(thread.nextCursor)}>More comments</MoreLink> : null}
      </section>
      <MoreReviews reviews={otherReviews} film={detail.film} className="mt-14" />
    </PageShell>
  );
}
