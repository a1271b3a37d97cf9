import type { Metadata } from 'next';

import { NotificationList } from '@/components/notification/notification-list';
import { PageShell } from '@/components/page/page-shell';
import { EmptyState } from '@/components/ui/empty-state';
import { requireUser } from '@/lib/auth/viewer';
import { listNotifications } from '@/lib/notifications/queries';

export const metadata: Metadata = {
  title: 'Notifications',
  description: 'Replies to your reviews and comments, and where other members mention you.',
  openGraph: { title: 'Notifications' },
  robots: { index: false },
};

export default async function NotificationsPage() {
  const viewer = await requireUser('/notifications');
  const items = await listNotifications(viewer.id);

  return (
    <PageShell narrow>
      <h1 className="mb-8 font-serif text-3xl font-bold tracking-tight text-ink">Notifications</h1>
      {items.length === 0 ? (
        <EmptyState
          title="Nothing yet"
          description="When someone replies to your review or your comments, or mentions you with your @handle, it shows up here."
        />
      ) : (
        <NotificationList items={items} />
      )}
    </PageShell>
  );
}
