'use client';

import Link from 'next/link';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';

import { useHydrated } from '@/components/ui/use-hydrated';
import { Button } from '@/components/ui/button';
// Imported here rather than passed in: a prop would be written into the page once per comment.
import { deleteCommentAction, editCommentAction, postCommentAction } from '@/lib/actions/comments';
import { commentPermalink } from '@/lib/comments/params';

import { CommentForm } from './comment-form';
import { PanelLink } from './panel-link';

export type CommentPanel = 'reply' | 'edit' | 'delete';

export interface CommentActionsProps {
  commentId: number;
  reviewId: number;
  /** The comment's Markdown, for the edit box; only the author's comments carry it here. */
  body: string;
  signedIn: boolean;
  isAuthor: boolean;
  /** The page the forms send the member back to. */
  returnTo: string;
  /** A panel open from the start: the permalink page opened with `?reply=1`, `?edit=1` or `?delete=1`. */
  initialPanel?: CommentPanel | null;
}

/** Its look is `.comment-action` in comment-thread.css. */
const actionClass = 'comment-action';

const PANEL_LABEL: Record<CommentPanel, string> = { reply: 'Reply', edit: 'Edit', delete: 'Delete' };

/**
 * Reply, Edit and Delete under a comment. With JavaScript each is a button
 * that opens its form right under the comment; without, each is a link to
 * the comment's permalink, which renders the same form open. A signed-out
 * reader's Reply leads there too, where it offers to sign in.
 */
export function CommentActions(props: CommentActionsProps) {
  const { commentId, reviewId, signedIn, isAuthor, initialPanel = null } = props;
  // Where each panel opens without JavaScript (`?reply=1#reply`…).
  const permalink = commentPermalink(reviewId, commentId);
  const hydrated = useHydrated();
  const [open, setOpen] = useState<CommentPanel | null>(initialPanel);
  const panels: CommentPanel[] = isAuthor ? ['reply', 'edit', 'delete'] : ['reply'];
  const panelId = (panel: CommentPanel) => `comment-${commentId}-${panel}`;
  const toggles = useRef(new Map<CommentPanel, HTMLButtonElement>());
  // Cancel goes away with its panel: focus goes back to the button that opened it, not to the top of the page.
  const close = () => {
    const closing = open;
    flushSync(() => setOpen(null));
    if (closing) toggles.current.get(closing)?.focus();
  };

  return (
    <>
      {panels.map((panel) =>
        hydrated && (signedIn || panel !== 'reply') ? (
          <button
            key={panel}
            ref={(button) => {
              if (button) toggles.current.set(panel, button);
              else toggles.current.delete(panel);
            }}
            type="button"
            className={actionClass}
            aria-expanded={open === panel}
            aria-controls={open === panel ? panelId(panel) : undefined}
            onClick={() => setOpen(open === panel ? null : panel)}
          >
            {PANEL_LABEL[panel]}
          </button>
        ) : (
          <PanelLink key={panel} permalink={permalink} panel={panel}>
            {PANEL_LABEL[panel]}
          </PanelLink>
        ),
      )}
      {open ? (
        <div id={panelId(open)} className="w-full basis-full pt-1">
          {/* Without JavaScript the permalink opens here: #reply, #edit or #delete. */}
          <span id={initialPanel === open ? open : undefined} className="block scroll-mt-24" />
          <Panel {...props} panel={open} hydrated={hydrated} close={close} />
        </div>
      ) : null}
    </>
  );
}

function Panel({
  panel,
  hydrated,
  close,
  commentId,
  reviewId,
  body,
  signedIn,
  returnTo,
}: CommentActionsProps & { panel: CommentPanel; hydrated: boolean; close: () => void }) {
  const cancel = hydrated ? (
    <Button variant="ghost" size="sm" onClick={close}>
      Cancel
    </Button>
  ) : (
    <Link
      href={returnTo.split('#')[0] ?? returnTo}
      className="text-sm font-medium text-ink-muted underline underline-offset-4 hover:text-ink"
    >
      Cancel
    </Link>
  );

  if (panel === 'reply' && !signedIn) {
    return (
      <p className="rounded-lg border border-line bg-sunken px-4 py-3 text-sm text-ink">
        <Link
          href={`/signin?callbackUrl=${encodeURIComponent(`${returnTo}${returnTo.includes('?') ? '&' : '?'}reply=1#reply`)}`}
          className="font-semibold text-accent underline underline-offset-4"
        >
          Sign in to comment
        </Link>{' '}
        and join the conversation.
      </p>
    );
  }
  if (panel === 'reply') {
    return (
      <CommentForm
        action={postCommentAction}
        id={`reply-to-${commentId}`}
        fields={{ reviewId, parentId: commentId, returnTo }}
        submitLabel="Post comment"
        placeholder="Write a reply…"
        autoFocus={hydrated}
        cancel={cancel}
      />
    );
  }
  if (panel === 'edit') {
    return (
      <CommentForm
        action={editCommentAction}
        id={`edit-${commentId}`}
        fields={{ reviewId, commentId, returnTo }}
        submitLabel="Save comment"
        defaultValue={body}
        autoFocus={hydrated}
        cancel={cancel}
      />
    );
  }
  return (
    <form
      action={deleteCommentAction}
      className="flex flex-wrap items-center gap-3 rounded-lg border border-danger/40 bg-accent-soft px-4 py-3"
    >
      <input type="hidden" name="reviewId" value={reviewId} />
      <input type="hidden" name="commentId" value={commentId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <p className="text-sm text-ink">Delete this comment? Any replies stay, under “[deleted]”.</p>
      <div className="flex items-center gap-3">
        <Button type="submit" variant="danger" size="sm">
          Delete comment
        </Button>
        {cancel}
      </div>
    </form>
  );
}
