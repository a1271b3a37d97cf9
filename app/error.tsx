'use client';

import { useEffect } from 'react';

import { PageShell } from '@/components/page/page-shell';
import { Button } from '@/components/ui/button';

/** Unexpected failures land here; the details stay in the server log. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <PageShell narrow className="py-20 text-center">
      <title>Something went wrong · Verdict</title>
      <h1 className="font-serif text-3xl font-semibold text-ink">Something went wrong</h1>
      <p className="mx-auto mt-3 max-w-md text-ink-muted">
        That&rsquo;s on us, not you. Try again; if it keeps happening, come back in a few minutes.
      </p>
      {error.digest && <p className="mt-2 text-sm text-ink-muted">Reference: {error.digest}</p>}
      <div className="mt-8">
        <Button onClick={reset}>Try again</Button>
      </div>
    </PageShell>
  );
}
