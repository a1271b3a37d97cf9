import type { Metadata } from 'next';
import Link from 'next/link';

import { NotificationList } from '@/components/notification/notification-list';
import { MoreLink } from '@/components/page/more-link';
import { PageShell } from '@/components/page/page-shell';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { FormMessage } from '@/components/ui/form-message';
import { markAllReadAction, stopBadgeNotificationsAction } from '@/lib/actions/notifications';
import { requireMember } from '@/lib/auth/viewer';
import { countUnread, getNotificationPreferences, listNotifications } from '@/lib/notifications/queries';
import { firstParam, type SearchParams } from '@/lib/url/search-params';

export const metadata: Metadata = {
  title: 'Notifications',
  description: 'Replies, mentions, badges and milestones on Verdict.',
  openGraph: { title: 'Notifications · Verdict', url: '/notifications' },
  robots: { index: false },
};

export default async function NotificationsPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireMember('/notifications');
  const query = await searchParams;
  const after = firstParam(query.after);
  const [page, unread, preferences] = await Promise.all([
    listNotifications(viewer.id, { after }),
    countUnread(viewer.id),
    getNotificationPreferences(viewer.id),
  ]);

  return (
    <PageShell narrow>
      <header className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-serif text-4xl font-semibold tracking-tight text-ink">Notifications</h1>
          <p className="mt-2 text-ink-muted">
            {unread === 0 ? 'You are all caught up.' : `${unread} unread.`}{' '}
            <Link href="/settings#notifications-heading" className="text-accent underline underline-offset-4">
              Choose what you hear about
            </Link>
          </p>
        </div>
        {unread > 0 ? (
          <form action={markAllReadAction}>
            <Button type="submit" variant="secondary" size="sm">
              Mark all as read
            </Button>
          </form>
        ) : null}
      </header>
      {firstParam(query.badges) === 'off' ? (
        <FormMessage
          tone="success"
          className="mb-6"
          message="Badge notifications are off. You still earn badges; turn the notices back on in settings."
        />
      ) : null}
      {page.items.length === 0 ? (
        <EmptyState
          title="Nothing yet"
          description="When someone replies to you, mentions you, follows you, or you earn a badge, it will show up here."
          headingLevel={2}
        />
      ) : (
        <NotificationList
          items={page.items}
          recipientHandle={viewer.handle}
          stopBadgesAction={stopBadgeNotificationsAction}
          badgeNoticesOn={preferences?.notifyBadges ?? true}
        />
      )}
      {page.nextCursor ? <MoreLink href={`/notifications?after=${page.nextCursor}`}>Older notifications</MoreLink> : null}
    </PageShell>
  );
}
