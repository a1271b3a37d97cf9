'use client';

/** Shown only when the root layout itself fails, so it brings its own <html>. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: '4rem 1rem', textAlign: 'center' }}>
        <title>Something went wrong · Verdict</title>
        <h1>Something went wrong</h1>
        <p>Verdict could not load this page. Please try again.</p>
        <button type="button" onClick={reset}>
          Try again
        </button>
      </body>
    </html>
  );
}
