import type { Metadata } from 'next';
import Link from 'next/link';

import { PageShell } from '@/components/page/page-shell';
import { FormMessage } from '@/components/ui/form-message';
import { UnsubscribeForm } from '@/components/unsubscribe/unsubscribe-form';
import { unsubscribeAction } from '@/lib/actions/mail-preferences';
import { readUnsubscribeLink } from '@/lib/notification-mail/queries';
import { UNSUBSCRIBE_PROBLEMS, unsubscribeWording } from '@/lib/notification-mail/unsubscribe-text';
import { firstParam, type SearchParams } from '@/lib/url/search-params';

export const metadata: Metadata = {
  title: 'Unsubscribe',
  description: 'Stop notification mail from Verdict in one click, without signing in.',
  openGraph: { title: 'Unsubscribe · Verdict', url: '/unsubscribe' },
  robots: { index: false },
};

/** Where an unsubscribe link in a mail leads: it asks, and the button does it (opening the link alone changes nothing). */
export default async function UnsubscribePage({ searchParams }: { searchParams: SearchParams }) {
  const token = firstParam((await searchParams).token) ?? '';
  const link = await readUnsubscribeLink(token);

  return (
    <PageShell narrow>
      <h1 className="mb-4 font-serif text-4xl font-semibold tracking-tight text-ink">
        {link.ok ? unsubscribeWording(link.scope).question : 'Unsubscribe'}
      </h1>
      {link.ok ? (
        <>
          <p className="mb-6 text-ink-muted">
            For the account <span className="font-medium text-ink">@{link.handle}</span>. You can choose again at any time in your
            settings.
          </p>
          <UnsubscribeForm action={unsubscribeAction} token={token} />
        </>
      ) : (
        <FormMessage tone="error" message={UNSUBSCRIBE_PROBLEMS[link.reason]} />
      )}
      <p className="mt-8 text-sm text-ink-muted">
        <Link href="/settings#mail-heading" className="text-accent underline underline-offset-4">
          Choose what Verdict mails you
        </Link>{' '}
        (signed in).
      </p>
    </PageShell>
  );
}
