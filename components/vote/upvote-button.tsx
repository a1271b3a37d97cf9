'use client';

import { useId, useOptimistic, useState } from 'react';

import { cx } from '@/components/ui/cx';
import { useHydrated } from '@/components/ui/use-hydrated';
import type { VoteResult } from '@/lib/actions/votes';

import { useSettledVote } from './settled-votes';

export interface UpvoteButtonProps {
  /** upvoteReviewAction or upvoteCommentAction: one action for every button, told the target by the form. */
  action: (formData: FormData) => Promise<VoteResult>;
  /** What is upvoted. */
  target: { kind: 'review' | 'comment'; id: number };
  /** The page to come back to: after signing in, or after a vote without JavaScript. */
  returnTo: string;
  upvoted: boolean;
  count: number;
  /** Why this member cannot vote here (their own review, say); the button is disabled and says so. */
  disabledReason?: string;
  size?: 'sm' | 'md';
  className?: string;
}

const numberFormat = new Intl.NumberFormat('en');

/**
 * "Upvote, 12 upvotes", pressed or not. Without JavaScript it is a plain
 * form post to the server action and the page comes back with the new count.
 * With JavaScript the press shows at once (useOptimistic) and settles on what
 * the server answers. The form always sends the state wanted, not "toggle",
 * so a double click or a second tab never counts twice. Its look is in
 * upvote-button.css.
 */
export function UpvoteButton({
  action,
  target,
  returnTo,
  upvoted,
  count,
  disabledReason,
  size = 'sm',
  className,
}: UpvoteButtonProps) {
  const hydrated = useHydrated();
  const descriptionId = useId();
  const [message, setMessage] = useState<string | null>(null);
  const [settled, settle] = useSettledVote(`${target.kind}:${target.id}`, { upvoted, count });
  const [shown, show] = useOptimistic(settled, (_current, next: { upvoted: boolean; count: number }) => next);
  const pending = shown.upvoted !== settled.upvoted;

  async function vote(formData: FormData) {
    const wanted = formData.get('upvoted') === 'true';
    show({ upvoted: wanted, count: Math.max(0, shown.count + (wanted ? 1 : -1)) });
    const result = await action(formData);
    if (result.ok) settle({ upvoted: result.data.upvoted, count: result.data.upvoteCount });
    setMessage(result.ok ? null : result.message);
  }

  // Without JavaScript the server action is the form's action as it is; its answer is the re-rendered page.
  const plainPost = action as unknown as (formData: FormData) => Promise<void>;
  const noun = shown.count === 1 ? 'upvote' : 'upvotes';
  return (
    <form action={hydrated ? vote : plainPost} className={cx('upvote', className)}>
      <input type="hidden" name="targetId" value={target.id} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <input type="hidden" name="upvoted" value={String(!shown.upvoted)} />
      <button
        type="submit"
        aria-pressed={shown.upvoted}
        aria-describedby={disabledReason ? descriptionId : undefined}
        aria-busy={pending || undefined}
        disabled={disabledReason !== undefined}
        title={disabledReason}
        className={cx('upvote-button', size === 'sm' ? 'upvote-button-sm' : 'upvote-button-md')}
      >
        <span className={cx('icon', shown.upvoted ? 'icon-upvote-filled' : 'icon-upvote')} />
        {/* The name is "Upvote, 12 upvotes": its word first, and the count it shows inside it (WCAG 2.5.3). */}
        <span className="sr-only">{'Upvote, '}</span>
        <span>{numberFormat.format(shown.count)}</span>
        <span className="sr-only">{` ${noun}`}</span>
      </button>
      {disabledReason ? (
        <span id={descriptionId} className="sr-only">
          {disabledReason}
        </span>
      ) : null}
      <span role="status" className="upvote-status">
        {message}
      </span>
    </form>
  );
}
