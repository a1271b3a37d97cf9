import type { ReactNode } from 'react';
import type { ThreadComment } from '@/lib/comments/types';
import { MemberByline } from '@/components/member/member-byline';
import { Count } from '@/components/ui/count';
import { cx } from '@/components/ui/cx';
import { separatedItem } from '@/components/ui/separated';
import { TimeAgo } from '@/components/ui/time-ago';
import { buildThread, type ThreadNode } from './build-thread';

export interface CommentThreadProps {
  /** Flat, in path order: each comment follows its parent. */
  comments: ThreadComment[];
  /** The sanitising Markdown renderer; called once per live comment. */
  renderBody: (markdown: string) => ReactNode;
  /** Optional controls under each live comment (Upvote, Reply, Edit…). */
  renderActions?: (comment: ThreadComment) => ReactNode;
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
            <CommentLevel nodes={node.replies} level={level + 1} parent={node.comment} {...shared} />
          ) : null}
        </li>
      ))}
    </ol>
  );
}

interface CommentProps extends Omit<LevelProps, 'nodes'> {
  comment: ThreadComment;
}

function Comment({ comment, level, parent, renderBody, renderActions, now }: CommentProps) {
  const replyingTo = parent ? replyingToClass(level) : null;

  if (comment.deleted || comment.author === null) {
    return (
      <article id={`comment-${comment.id}`} className="flex items-center gap-2 py-3 text-sm">
        <span aria-hidden="true" className="size-6 flex-none rounded-full border border-dashed border-line-strong" />
        <span className="text-ink-muted italic">[deleted]</span>
      </article>
    );
  }

  return (
    <article id={`comment-${comment.id}`} className="scroll-mt-24 py-3">
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
      <div className="prose-review prose-compact mt-1.5 sm:pl-8">{renderBody(comment.body)}</div>
      <footer className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-ink-muted sm:pl-8">
        <Count count={comment.upvoteCount} singular="upvote" icon="upvote" />
        {renderActions ? renderActions(comment) : null}
      </footer>
    </article>
  );
}

/** A read-only comment thread: nested `<ol>`s, each reply inside its parent's `<li>`. */
export function CommentThread({ comments, className, ...shared }: CommentThreadProps) {
  const roots = buildThread(comments);
  if (roots.length === 0) return null;
  return (
    <div className={cx('text-ink', className)}>
      <CommentLevel nodes={roots} level={0} parent={null} {...shared} />
    </div>
  );
}
