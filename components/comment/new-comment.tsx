import Link from 'next/link';

import { postCommentAction } from '@/lib/actions/comments';

import { CommentForm } from './comment-form';

/** The box at the top of a thread, or for a signed-out reader a way in that comes back here. */
export function NewComment({ reviewId, signedIn, returnTo }: { reviewId: number; signedIn: boolean; returnTo: string }) {
  if (!signedIn) {
    return (
      <p className="rounded-card border border-line bg-surface px-5 py-4 text-ink shadow-card">
        <Link
          href={`/signin?callbackUrl=${encodeURIComponent(`${returnTo}#comments`)}`}
          className="font-semibold text-accent underline decoration-1 underline-offset-4 hover:decoration-2"
        >
          Sign in to comment
        </Link>
        <span className="text-ink-muted"> — or to reply, and to be told when someone answers you.</span>
      </p>
    );
  }
  return (
    <CommentForm
      action={postCommentAction}
      id="new-comment"
      fields={{ reviewId, returnTo }}
      submitLabel="Post comment"
      placeholder="Add to the conversation…"
      showLabel
      className="rounded-card border border-line bg-surface p-4 shadow-card sm:p-5"
    />
  );
}
