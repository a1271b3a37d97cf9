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
  /** Comments by members the reader muted or blocked: folded away, one click (or key) to read. */
  mutedIds?: ReadonlySet<number>;
  now?: Date;
  className?: string;
}

/*
 * Indentation stops growing past these reply levels so a deep thread keeps a
 * readable measure (phones: 3 levels ≈ 75px; wider screens: 6 levels ≈ 200px).
 * Past the cap, a reply says whom it answers instead. The looks are in
 * comment-thread.css.
 */
const MOBILE_INDENT_CAP = 3;
const DESKTOP_INDENT_CAP = 6;

function repliesClass(level: number): string {
  if (level <= MOBILE_INDENT_CAP) return 'thread-replies-near';
  if (level <= DESKTOP_INDENT_CAP) return 'thread-replies-far';
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
    // Links in a list of comments: prefetching each would render every one of their pages.
    <Link href={href} prefetch={false} className="thread-link">
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
    <details open>
      <summary className="thread-replies-toggle">
        <span aria-hidden="true" className="icon icon-chevron" />
        <span className="thread-replies-show">{`${count} hidden · show`}</span>
        <span className="thread-replies-hide">{`Hide ${count}`}</span>
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

/**
 * A comment by a member the reader muted or blocked, closed in a `<details>`:
 * it keeps its place, so replies to it still make sense, and opens without
 * JavaScript for a reader who wants it after all.
 */
function Comment({ mutedIds, ...props }: CommentProps) {
  if (!mutedIds?.has(props.comment.id)) return <LiveComment {...props} />;
  return (
    <details className="comment-muted">
      <summary className="thread-replies-toggle">
        <span aria-hidden="true" className="icon icon-chevron" />1 comment from a muted member
      </summary>
      <LiveComment {...props} />
    </details>
  );
}

function LiveComment({ comment, level, parent, renderBody, renderActions, renderVote, highlightId, now }: CommentProps) {
  const replyingTo = parent ? replyingToClass(level) : null;
  const highlighted = comment.id === highlightId;

  if (comment.deleted || comment.author === null) {
    return (
      <article id={`comment-${comment.id}`} className="comment-deleted">
        <span aria-hidden="true" className="comment-deleted-avatar" />
        <span className="text-ink-muted italic">[deleted]</span>
      </article>
    );
  }

  return (
    <article
      id={`comment-${comment.id}`}
      aria-current={highlighted ? 'true' : undefined}
      className={cx('comment', highlighted && 'comment-highlighted')}
    >
      {replyingTo !== null && parent ? (
        <p className={cx('comment-replying-to', replyingTo)}>
          <span aria-hidden="true">↳ </span>
          Replying to {parent.author ? `@${parent.author.handle}` : '[deleted]'}
        </p>
      ) : null}
      <header className="comment-header">
        <span className={cx('comment-author', separatedItem)}>
          <MemberByline member={comment.author} size="xs" />
        </span>
        <span className="comment-meta">
          <TimeAgo date={comment.createdAt} now={now} />
          {comment.editedAt ? (
            <span className="italic" title={`Edited ${comment.editedAt.toISOString().slice(0, 10)}`}>
              (edited)
            </span>
          ) : null}
        </span>
      </header>
      {renderBody(comment.body, 'prose-compact comment-body')}
      <footer className="comment-footer">
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
