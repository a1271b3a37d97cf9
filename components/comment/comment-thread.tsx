import Link from 'next/link';
import type { ReactNode } from 'react';

import { MemberByline } from '@/components/member/member-byline';
import { Count } from '@/components/ui/count';
import { cx } from '@/components/ui/cx';
import { separatedItem } from '@/components/ui/separated';
import { TimeAgo } from '@/components/ui/time-ago';
import type { ThreadComment } from '@/lib/comments/types';

import { buildThread, countReplies, type ThreadNode } from './build-thread';

export interface CommentThreadProps {
  /** Flat, in reading order: each comment follows its parent. */
  comments: ThreadComment[];
  /** The sanitising Markdown renderer, drawing the body's prose frame with `className`; called once per live comment. */
  renderBody: (markdown: string, className: string) => ReactNode;
  /** Optional controls under each live comment (Reply, Edit, Delete…). */
  renderActions?: (comment: ThreadComment) => ReactNode;
  /** The comment's Upvote button; without it the count is shown as text. */
  renderVote?: (comment: ThreadComment) => ReactNode;
  /** Where "Continue this thread" and "More replies" lead for a comment whose replies are not all shown: its permalink. */
  continueHref?: (comment: ThreadComment) => string;
  /** A comment to mark, e.g. the one a permalink is about. */
  highlightId?: number;
  now?: Date;
  className?: string;
}

/*
 * Indentation stops growing past these reply levels so a deep thread keeps a
 * readable measure (phones: 3 levels ≈ 75px; wider screens: 6 levels ≈ 200px).
 * Past the cap, a reply says whom it answers instead.
 */
const MOBILE_INDENT_CAP = 3;
const DESKTOP_INDENT_CAP = 6;

function repliesClass(level: number): string {
  if (level <= MOBILE_INDENT_CAP) return 'ml-[11px] border-l-2 border-line pl-3 sm:pl-5';
  if (level <= DESKTOP_INDENT_CAP) return 'sm:ml-[11px] sm:border-l-2 sm:border-line sm:pl-5';
  return '';
}

/** Whether (and on which screens) a reply at this level needs a "Replying to" line. */
function replyingToClass(level: number): string | null {
  if (level > DESKTOP_INDENT_CAP) return '';
  if (level > MOBILE_INDENT_CAP) return 'sm:hidden';
  return null;
}

const replies = (count: number) => (count === 1 ? '1 reply' : `${count} replies`);

interface LevelProps extends Omit<CommentThreadProps, 'comments' | 'className'> {
  nodes: ThreadNode[];
  level: number;
  parent: ThreadComment | null;
}

function CommentLevel({ nodes, level, parent, ...shared }: LevelProps) {
  return (
    <ol role="list" className={cx('flex flex-col', level > 0 && repliesClass(level))}>
      {nodes.map((node) => (
        <li key={node.comment.id}>
          <Comment comment={node.comment} level={level} parent={parent} {...shared} />
          {node.replies.length > 0 ? (
            <Replies node={node} level={level} {...shared} />
          ) : node.comment.continues && shared.continueHref ? (
            <ThreadLink href={shared.continueHref(node.comment)}>Continue this thread</ThreadLink>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/** A link on to a comment's permalink, where the rest of its thread is. */
function ThreadLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link
      href={href}
      // Links in a list of comments: prefetching each would render every one of their pages.
      prefetch={false}
      className="mb-2 inline-flex items-center gap-1.5 text-sm font-medium text-accent underline decoration-1 underline-offset-4 hover:decoration-2 sm:ml-8"
    >
      {children}
      <span aria-hidden="true">→</span>
    </Link>
  );
}

/**
 * A comment's replies inside a `<details>` that starts open: the summary
 * collapses and expands the subtree without JavaScript, and says how many
 * replies it hides. Only the text for the current state is shown (the other
 * is display:none, so it is not part of the summary's name either).
 */
function Replies({ node, level, ...shared }: Omit<LevelProps, 'nodes' | 'parent'> & { node: ThreadNode }) {
  const count = replies(countReplies(node));
  return (
    <details open className="group/replies">
      <summary
        className={cx(
          'mb-1 inline-flex min-h-8 cursor-pointer list-none items-center gap-1.5 rounded-full px-2 text-xs font-medium text-ink-muted',
          'hover:bg-sunken hover:text-ink [&::-webkit-details-marker]:hidden sm:ml-6',
        )}
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5 -rotate-90 fill-current transition-transform [details[open]>summary>&]:rotate-0">
          <path d="M4 6l4 4 4-4H4Z" />
        </svg>
        <span className="[details[open]>summary>&]:hidden">{count} hidden · show</span>
        <span className="hidden [details[open]>summary>&]:inline">Hide {count}</span>
      </summary>
      <CommentLevel nodes={node.replies} level={level + 1} parent={node.comment} {...shared} />
      {node.comment.moreReplies && shared.continueHref ? (
        <div className={repliesClass(level + 1)}>
          <ThreadLink href={shared.continueHref(node.comment)}>More replies</ThreadLink>
        </div>
      ) : null}
    </details>
  );
}

interface CommentProps extends Omit<LevelProps, 'nodes'> {
  comment: ThreadComment;
}

function Comment({ comment, level, parent, renderBody, renderActions, renderVote, highlightId, now }: CommentProps) {
  const replyingTo = parent ? replyingToClass(level) : null;
  const highlighted = comment.id === highlightId;

  if (comment.deleted || comment.author === null) {
    return (
      <article id={`comment-${comment.id}`} className="flex scroll-mt-24 items-center gap-2 py-3 text-sm">
        <span aria-hidden="true" className="size-6 flex-none rounded-full border border-dashed border-line-strong" />
        <span className="text-ink-muted italic">[deleted]</span>
      </article>
    );
  }

  return (
    <article
      id={`comment-${comment.id}`}
      aria-current={highlighted ? 'true' : undefined}
      className={cx('scroll-mt-24 py-3', highlighted && '-mx-3 rounded-card bg-accent-soft/60 px-3')}
    >
      {replyingTo !== null && parent ? (
        <p className={cx('mb-1 text-xs text-ink-muted', replyingTo)}>
          <span aria-hidden="true">↳ </span>
          Replying to {parent.author ? `@${parent.author.handle}` : '[deleted]'}
        </p>
      ) : null}
      <header className="flex flex-wrap items-center gap-y-0.5 text-sm">
        <span className={cx('inline-flex min-w-0 items-center after:text-ink-muted', separatedItem)}>
          <MemberByline member={comment.author} size="xs" />
        </span>
        <span className="inline-flex items-center gap-x-2 text-ink-muted">
          <TimeAgo date={comment.createdAt} now={now} />
          {comment.editedAt ? (
            <span className="italic" title={`Edited ${comment.editedAt.toISOString().slice(0, 10)}`}>
              (edited)
            </span>
          ) : null}
        </span>
      </header>
      {renderBody(comment.body, 'prose-compact mt-1.5 sm:pl-8')}
      <footer className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-2 text-sm text-ink-muted sm:pl-8">
        {renderVote ? (
          <span className="mr-2">{renderVote(comment)}</span>
        ) : (
          <Count count={comment.upvoteCount} singular="upvote" icon="upvote" className="mr-2" />
        )}
        {renderActions ? renderActions(comment) : null}
      </footer>
    </article>
  );
}

/** A comment thread: nested `<ol>`s, each reply inside its parent's `<li>`, each subtree collapsible. */
export function CommentThread({ comments, className, ...shared }: CommentThreadProps) {
  const roots = buildThread(comments);
  if (roots.length === 0) return null;
  return (
    <div className={cx('text-ink', className)}>
      <CommentLevel nodes={roots} level={0} parent={null} {...shared} />
    </div>
  );
}
