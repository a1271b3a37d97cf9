'use client';

import { type MouseEvent, useId, useState } from 'react';
import { cx } from '@/components/ui/cx';

export interface ShareLinksProps {
  /** The review's absolute, canonical URL. */
  url: string;
  /** What the post says beside the link. */
  title: string;
  className?: string;
}

const query = (params: Record<string, string>) =>
  Object.entries(params)
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join('&');

/** Each network's own share page: plain links, so no third-party script ever runs here. */
export function shareTargets(url: string, title: string) {
  return [
    { network: 'X', href: `https://x.com/intent/tweet?${query({ url, text: title })}` },
    { network: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?${query({ u: url })}` },
    { network: 'Reddit', href: `https://www.reddit.com/submit?${query({ url, title })}` },
    {
      network: 'Tumblr',
      href: `https://www.tumblr.com/widgets/share/tool?${query({ posttype: 'link', canonicalUrl: url, title })}`,
    },
    { network: 'Telegram', href: `https://t.me/share/url?${query({ url, text: title })}` },
    { network: 'WhatsApp', href: `https://wa.me/?${query({ text: `${title} ${url}` })}` },
  ];
}

const pill =
  'inline-flex min-h-9 items-center rounded-full border border-line-strong bg-surface px-3.5 text-sm font-medium text-ink transition-colors hover:border-ink-muted hover:bg-sunken';

/**
 * "Copy link" is a link to the review itself: without JavaScript, following
 * it leaves the address in the bar to copy. With JavaScript, a plain click
 * copies it instead; a click with a modifier still does what the browser would.
 */
function CopyLink({ url }: { url: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  function copy(event: MouseEvent<HTMLAnchorElement>) {
    if (!navigator.clipboard || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigator.clipboard.writeText(url).then(
      () => setStatus('copied'),
      () => setStatus('failed'),
    );
  }

  return (
    <>
      <a href={url} onClick={copy} className={pill}>
        Copy link
      </a>
      <span role="status" className="text-sm text-ink-muted">
        {status === 'copied' ? 'Link copied' : status === 'failed' ? 'Could not copy: the link is in the address bar' : ''}
      </span>
    </>
  );
}

export function ShareLinks({ url, title, className }: ShareLinksProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={cx('flex flex-col gap-3', className)}>
      <h2 id={headingId} className="text-xs font-semibold tracking-wider text-ink-muted uppercase">
        Share this review
      </h2>
      <ul role="list" className="flex flex-wrap items-center gap-2">
        {shareTargets(url, title).map(({ network, href }) => (
          <li key={network}>
            <a href={href} target="_blank" rel="noopener noreferrer" className={pill}>
              <span className="sr-only">Share on </span>
              {network}
              <span className="sr-only"> (opens in a new tab)</span>
            </a>
          </li>
        ))}
        <li className="flex items-center gap-3">
          <CopyLink url={url} />
        </li>
      </ul>
    </section>
  );
}
