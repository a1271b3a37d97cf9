import Link from 'next/link';
import type { ReactNode } from 'react';

import { MemberByline } from '@/components/member/member-byline';
import { TimeAgo } from '@/components/ui/time-ago';
import type { ThreadComment } from '@/lib/comments/types';

export interface ThreadContextProps {
  /** From the top-level comment down to the permalinked comment's parent. */
  ancestors: ThreadComment[];
  permalink: (comment: ThreadComment) => string;
  renderBody: (markdown: string, className: string) => ReactNode;
  /** Comments by members the reader muted or blocked: their words stay folded away. */
  mutedIds?: ReadonlySet<number>;
}

/** The comments a permalinked comment answers, top first, each a step up the thread. */
export function ThreadContext({ ancestors, permalink, renderBody, mutedIds }: ThreadContextProps) {
  if (ancestors.length === 0) return null;
  return (
    <section aria-labelledby="thread-context-heading" className="mb-6">
      <h2 id="thread-context-heading" className="mb-3 text-sm font-semibold tracking-wide text-ink-muted uppercase">
        Earlier in the thread
      </h2>
      <ol role="list" className="flex flex-col border-l-2 border-dashed border-line-strong pl-4">
        {ancestors.map((comment) => (
          <li key={comment.id} className="py-2">
            {comment.deleted || comment.author === null ? (
              <p className="text-sm text-ink-muted italic">[deleted]</p>
            ) : mutedIds?.has(comment.id) ? (
              <p className="text-sm text-ink-muted italic">1 comment from a muted member</p>
            ) : (
              <article aria-label={`Comment by ${comment.author.displayName}`}>
                <header className="flex flex-wrap items-center gap-x-2 text-sm text-ink-muted">
                  <MemberByline member={comment.author} size="xs" showHandle={false} />
                  <TimeAgo date={comment.createdAt} />
                  <Link href={permalink(comment)} prefetch={false} className="underline underline-offset-4 hover:text-ink">
                    Open<span className="sr-only"> this comment&rsquo;s thread</span>
                  </Link>
                </header>
                {renderBody(comment.body, 'prose-compact mt-1 line-clamp-4 text-ink-muted sm:pl-8')}
              </article>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
