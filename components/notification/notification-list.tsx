import Link from 'next/link';

import { Avatar } from '@/components/ui/avatar';
import { cx } from '@/components/ui/cx';
import { TimeAgo } from '@/components/ui/time-ago';
import type { NotificationItem } from '@/lib/notifications/types';

const WHAT: Record<NotificationItem['kind'], string> = {
  reply: 'replied to you on',
  mention: 'mentioned you in a comment on',
  badge: 'earned you a badge on',
  milestone: 'passed a milestone on',
  follow: 'followed you',
};

function href(item: NotificationItem): string | null {
  if (!item.review) return null;
  if (item.commentId === null) return `/reviews/${item.review.id}`;
  return `/reviews/${item.review.id}/comments/${item.commentId}#comment-${item.commentId}`;
}

/** Notifications, newest first: who did what, where, and a link straight to it. */
export function NotificationList({ items }: { items: NotificationItem[] }) {
  return (
    <ol role="list" className="divide-y divide-line overflow-hidden rounded-card border border-line bg-surface shadow-card">
      {items.map((item) => {
        const target = href(item);
        const who = item.actor?.displayName ?? 'Someone';
        return (
          <li key={item.id} className={cx('flex items-start gap-3 px-4 py-3.5 sm:px-5', !item.read && 'bg-accent-soft/40')}>
            {item.actor ? (
              <Avatar handle={item.actor.handle} displayName={item.actor.displayName} image={item.actor.image} size="sm" />
            ) : (
              <span aria-hidden="true" className="size-8 flex-none rounded-full border border-dashed border-line-strong" />
            )}
            <p className="min-w-0 flex-1 text-[0.9375rem] leading-relaxed text-ink">
              {item.actor ? (
                <Link href={`/u/${item.actor.handle}`} className="font-semibold hover:underline hover:underline-offset-4">
                  {who}
                </Link>
              ) : (
                <span className="font-semibold">{who}</span>
              )}{' '}
              {WHAT[item.kind]}{' '}
              {item.review && target ? (
                <Link href={target} className="font-medium text-accent underline decoration-1 underline-offset-4 hover:decoration-2">
                  “{item.review.title}”
                </Link>
              ) : null}
              <span className="mt-0.5 block text-sm text-ink-muted">
                <TimeAgo date={item.createdAt} />
                {!item.read ? <span className="sr-only"> (new)</span> : null}
              </span>
            </p>
          </li>
        );
      })}
    </ol>
  );
}
