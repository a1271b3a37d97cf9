import type { Metadata } from 'next';
import Link from 'next/link';

import { PageShell } from '@/components/page/page-shell';
import { buttonClasses } from '@/components/ui/button';

export const metadata: Metadata = {
  title: 'Not found',
  description: 'This page is not on Verdict. It may have been moved or deleted.',
};

export default function NotFound() {
  return (
    <PageShell narrow className="py-20 text-center">
      <p className="font-serif text-7xl font-semibold text-accent" aria-hidden="true">
        404
      </p>
      <h1 className="mt-4 font-serif text-3xl font-semibold text-ink">This reel is missing</h1>
      <p className="mx-auto mt-3 max-w-md text-ink-muted">
        We couldn&rsquo;t find that page. It may have been moved, or the link may be mistyped.
      </p>
      <div className="mt-8 flex justify-center gap-3">
        <Link href="/" className={buttonClasses('primary')}>
          Latest reviews
        </Link>
        <Link href="/films" className={buttonClasses('secondary')}>
          Browse films
        </Link>
      </div>
    </PageShell>
  );
}
