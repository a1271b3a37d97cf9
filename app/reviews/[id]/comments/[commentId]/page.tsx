import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';

import { LiveThread } from '@/components/comment/live-thread';
import type { CommentPanel } from '@/components/comment/comment-actions';
import { ThreadContext } from '@/components/comment/thread-context';
import { MoreLink } from '@/components/page/more-link';
import { PageShell } from '@/components/page/page-shell';
import { getViewer } from '@/lib/auth/viewer';
import { commentPermalink } from '@/lib/comments/params';
import { getCommentSubtree } from '@/lib/comments/queries';
import { getReaderState } from '@/lib/members/reader-queries';
import { Markdown } from '@/components/ui/markdown';
import { memberExcerpt } from '@/lib/markdown/rendered';
import { getReviewDetail } from '@/lib/reviews/queries';
import { firstParam, type SearchParams } from '@/lib/url/search-params';
import { parseRecordId } from '@/lib/validation/params';
import { recordIdOrNotFound } from '@/lib/validation/route-params';

type Params = Promise<{ id: string; commentId: string }>;

/**
 * The review and the comment with a page of its replies (`after`: the
 * previous page's last reply), or null when either is missing or the
 * comment is on another review.
 */
const load = cache(async (rawReview: string, rawComment: string, rawAfter: string | undefined) => {
  const reviewId = recordIdOrNotFound(rawReview);
  const commentId = recordIdOrNotFound(rawComment);
  const after = parseRecordId(rawAfter);
  const [detail, subtree] = await Promise.all([getReviewDetail(reviewId), getCommentSubtree(reviewId, commentId, { after })]);
  return detail && subtree ? { detail, subtree } : null;
});

export async function generateMetadata({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}): Promise<Metadata> {
  const { id, commentId } = await params;
  const loaded = await load(id, commentId, firstParam((await searchParams).after));
  if (!loaded) return { title: 'Comment not found' };
  const { detail, subtree } = loaded;
  const who = subtree.focus.author?.displayName ?? 'A deleted comment';
  const title = `${who} on “${detail.title}” — ${detail.film.title}`;
  const description = subtree.focus.deleted
    ? 'This comment was deleted; its replies are still here.'
    : await memberExcerpt(subtree.focus.body, { maxLength: 200 });
  return {
    title,
    description,
    openGraph: { type: 'article', title, description, url: commentPermalink(detail.id, subtree.focus.id) },
    alternates: { canonical: commentPermalink(detail.id, subtree.focus.id) },
  };
}

export default async function CommentPermalinkPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const [{ id, commentId }, query] = await Promise.all([params, searchParams]);
  const loaded = await load(id, commentId, firstParam(query.after));
  if (!loaded) notFound();
  const { detail, subtree } = loaded;
  const viewer = await getViewer();

  const isAuthor = viewer !== null && subtree.focus.author?.handle === viewer.handle;
  const requested: CommentPanel | null =
    firstParam(query.reply) === '1'
      ? 'reply'
      : firstParam(query.edit) === '1'
        ? 'edit'
        : firstParam(query.delete) === '1'
          ? 'delete'
          : null;
  // Edit and Delete open only for the author; a Reply opens for anyone (signed out, it offers to sign in).
  const panel = requested === 'reply' || (requested !== null && isAuthor) ? requested : null;
  const permalink = commentPermalink(detail.id, subtree.focus.id);
  const after = parseRecordId(firstParam(query.after));
  const here = after !== null ? `${permalink}?after=${after}` : permalink;
  const reader = await getReaderState(viewer?.id, {
    commentIds: [...subtree.ancestors, ...subtree.comments].map((comment) => comment.id),
  });

  return (
    <PageShell narrow>
      <nav aria-label="Thread" className="mb-6 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <Link
          href={`/reviews/${detail.id}#comment-${subtree.ancestors[0]?.id ?? subtree.focus.id}`}
          className="inline-flex items-center gap-1.5 font-medium text-accent underline decoration-1 underline-offset-4 hover:decoration-2"
        >
          <span aria-hidden="true">←</span>
          Back to the full thread
        </Link>
      </nav>
      <header className="mb-8">
        <p className="text-sm text-ink-muted">
          {detail.author.displayName}&rsquo;s review of{' '}
          <Link href={`/films/${detail.film.slug}`} className="underline underline-offset-4 hover:text-ink">
            {detail.film.title} ({detail.film.year})
          </Link>
        </p>
        <h1 className="mt-1 font-serif text-2xl leading-tight font-semibold tracking-tight text-ink sm:text-3xl">
          <Link href={`/reviews/${detail.id}`} className="hover:underline hover:underline-offset-4">
            {detail.title}
          </Link>
        </h1>
      </header>

      <ThreadContext
        ancestors={subtree.ancestors}
        permalink={(comment) => `${commentPermalink(detail.id, comment.id)}#comment-${comment.id}`}
        renderBody={(body, className) => <Markdown source={body} className={className} />}
        mutedIds={reader.mutedCommentIds}
      />
      <section aria-label="This comment and its replies">
        <LiveThread
          reviewId={detail.id}
          comments={subtree.comments}
          viewerHandle={viewer?.handle ?? null}
          upvotedIds={reader.upvotedCommentIds}
          mutedIds={reader.mutedCommentIds}
          returnTo={here}
          focus={{ id: subtree.focus.id, panel }}
        />
        {subtree.nextCursor !== null ? (
          <MoreLink href={`${permalink}?after=${subtree.nextCursor}#comment-${subtree.focus.id}`}>More replies</MoreLink>
        ) : null}
      </section>
    </PageShell>
  );
}
