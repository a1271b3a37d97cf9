import { UpvoteButton } from '@/components/vote/upvote-button';
import { upvoteCommentAction } from '@/lib/actions/votes';
import { commentPermalink } from '@/lib/comments/params';
import type { ThreadComment } from '@/lib/comments/types';
import { Markdown } from '@/components/ui/markdown';

import { CommentActions, type CommentPanel } from './comment-actions';
import { CommentThread } from './comment-thread';
import { PanelLink } from './panel-link';

export interface LiveThreadProps {
  reviewId: number;
  comments: ThreadComment[];
  /** The signed-in reader's handle, or null: authors get Edit and Delete on their own comments. */
  viewerHandle: string | null;
  /** The page forms return to (the review with its sort, or a permalink). */
  returnTo: string;
  /** The comments the reader has upvoted. */
  upvotedIds: ReadonlySet<number>;
  /** The comments by members the reader muted or blocked. */
  mutedIds?: ReadonlySet<number>;
  /** On a permalink: the comment it is about, and a panel to open under it. */
  focus?: { id: number; panel: CommentPanel | null };
  className?: string;
}

/** The thread with its controls: what the review page and a permalink page show. */
export function LiveThread({
  reviewId,
  comments,
  viewerHandle,
  upvotedIds,
  mutedIds,
  returnTo,
  focus,
  className,
}: LiveThreadProps) {
  return (
    <CommentThread
      className={className}
      comments={comments}
      highlightId={focus?.id}
      mutedIds={mutedIds}
      renderBody={(body, className) => <Markdown source={body} className={className} />}
      continueHref={(comment) => `${commentPermalink(reviewId, comment.id)}#comment-${comment.id}`}
      renderVote={(comment) => (
        <UpvoteButton
          action={upvoteCommentAction}
          target={{ kind: 'comment', id: comment.id }}
          returnTo={returnTo}
          upvoted={upvotedIds.has(comment.id)}
          count={comment.upvoteCount}
          disabledReason={
            viewerHandle !== null && comment.author?.handle === viewerHandle ? 'You can’t upvote your own comment.' : undefined
          }
        />
      )}
      renderActions={(comment) => {
        const initialPanel = focus?.id === comment.id ? focus.panel : null;
        // Signed out, Reply only ever leads to the permalink: nothing here needs JavaScript.
        if (viewerHandle === null && initialPanel === null) {
          return (
            <PanelLink permalink={commentPermalink(reviewId, comment.id)} panel="reply">
              Reply
            </PanelLink>
          );
        }
        const isAuthor = viewerHandle !== null && comment.author?.handle === viewerHandle;
        return (
          <CommentActions
            commentId={comment.id}
            reviewId={reviewId}
            body={isAuthor ? comment.body : ''}
            signedIn={viewerHandle !== null}
            isAuthor={isAuthor}
            returnTo={returnTo}
            initialPanel={initialPanel}
          />
        );
      }}
    />
  );
}
