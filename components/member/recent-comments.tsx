import Link from 'next/link';

import { TimeAgo } from '@/components/ui/time-ago';
import type { RecentComment } from '@/lib/members/types';

/** A member's latest comments, each linking to its place in the thread. */
export function RecentComments({ comments, displayName }: { comments: RecentComment[]; displayName: string }) {
  return (
    <section aria-labelledby="recent-comments">
      <h2 id="recent-comments" className="mb-4 font-serif text-xl font-semibold text-ink">
        Recent comments
      </h2>
      {comments.length === 0 ? (
        <p className="text-ink-muted">{displayName} hasn&rsquo;t commented yet.</p>
      ) : (
        <ol role="list" className="flex flex-col gap-4">
          {comments.map((comment) => (
            <li key={comment.id} className="rounded-card border border-line bg-surface p-4 shadow-card">
              <p className="font-serif text-[0.9375rem] leading-relaxed text-ink">{comment.excerpt}</p>
              <p className="mt-2 text-sm text-ink-muted">
                On{' '}
                <Link
                  href={`/reviews/${comment.reviewId}/comments/${comment.id}`}
                  className="font-medium text-ink underline-offset-4 hover:underline"
                >
                  {comment.reviewTitle}
                </Link>{' '}
                <span>({comment.filmTitle})</span> · <TimeAgo date={comment.createdAt} />
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
