import Link from 'next/link';

import { TimeAgo } from '@/components/ui/time-ago';
import { cx } from '@/components/ui/cx';
import { describeNotification } from '@/lib/notifications/text';
import type { NotificationItem } from '@/lib/notifications/types';

export interface NotificationListProps {
  items: NotificationItem[];
  recipientHandle: string;
  /** The one-click opt-out each badge notice carries (a server action). */
  stopBadgesAction: () => Promise<void>;
  /** Whether badge notices are still on: the button only makes sense while they are. */
  badgeNoticesOn: boolean;
}

export function NotificationList({ items, recipientHandle, stopBadgesAction, badgeNoticesOn }: NotificationListProps) {
  return (
    <ol role="list" className="divide-y divide-line overflow-hidden rounded-card border border-line bg-surface shadow-card">
      {items.map((item) => {
        const text = describeNotification(item, recipientHandle);
        return (
          <li key={item.id} className={cx('flex gap-3 px-4 py-4 sm:px-5', !item.read && 'bg-accent-soft/40')}>
            <span
              aria-hidden="true"
              className={cx('mt-2 size-2 flex-none rounded-full', item.read ? 'bg-transparent' : 'bg-accent')}
            />
            <div className="min-w-0 flex-1">
              {!item.read ? <span className="sr-only">Unread: </span> : null}
              <Link href={text.href} className="text-[0.9375rem] leading-relaxed text-ink underline-offset-4 hover:underline">
                {text.lines[0]}
              </Link>
              {text.lines.length > 1 ? (
                <ul className="mt-1 list-disc pl-5 text-[0.9375rem] text-ink">
                  {text.lines.slice(1).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              ) : null}
              <div className="mt-1.5 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-ink-muted">
                <TimeAgo date={item.createdAt} />
                {item.kind === 'badge' ? (
                  <Link href={`/u/${recipientHandle}/badges`} className="underline-offset-4 hover:underline">
                    See your badges
                  </Link>
                ) : null}
                {item.kind === 'badge' && badgeNoticesOn ? (
                  <form action={stopBadgesAction}>
                    <button type="submit" className="font-medium text-ink-muted underline underline-offset-4 hover:text-ink">
                      Stop badge notifications
                    </button>
                  </form>
                ) : null}
              </div>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
