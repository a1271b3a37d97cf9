import { useId } from 'react';
import type { WatchOption } from '@/lib/films/types';
import { countryName, flagEmoji } from '@/components/ui/country';

export interface WatchOptionsProps {
  options: WatchOption[];
  headingLevel?: 2 | 3;
  className?: string;
}

/** A region is usually an ISO country code; anything else (e.g. "Worldwide") is shown as given. */
function regionLabel(region: string) {
  if (/^[A-Za-z]{2}$/.test(region)) {
    return (
      <>
        <span aria-hidden="true">{flagEmoji(region)} </span>
        {countryName(region)}
      </>
    );
  }
  return region;
}

export function WatchOptions({ options, headingLevel = 2, className }: WatchOptionsProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={className}>
      <Heading id={headingId} className="font-serif text-2xl font-semibold text-ink">
        Where to watch
      </Heading>
      {options.length === 0 ? (
        <p className="mt-2 text-[0.9375rem] text-ink-muted">We don’t know where this film is showing yet.</p>
      ) : (
        <>
          <ul role="list" className="mt-4 grid grid-cols-[repeat(auto-fill,minmax(15rem,1fr))] gap-2.5">
            {options.map((option) => (
              <li key={`${option.name}-${option.region}-${option.url}`}>
                <a
                  href={option.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="group flex h-full items-center justify-between gap-4 rounded-xl border border-line bg-surface px-4 py-3 shadow-card transition hover:border-line-strong hover:shadow-lift"
                >
                  <span className="min-w-0">
                    <span className="block font-semibold text-ink group-hover:text-accent">{option.name}</span>
                    <span className="block text-sm text-ink-muted">{regionLabel(option.region)}</span>
                  </span>
                  <span className="sr-only">(opens in a new tab)</span>
                  <svg
                    viewBox="0 0 20 20"
                    aria-hidden="true"
                    className="size-4 flex-none fill-none stroke-ink-muted group-hover:stroke-accent"
                    strokeWidth="1.6"
                    strokeLinecap="round"
                    strokeLinejoin="round"
                  >
                    <path d="M8 4H4.5A1.5 1.5 0 0 0 3 5.5v10A1.5 1.5 0 0 0 4.5 17h10a1.5 1.5 0 0 0 1.5-1.5V12M11 3h6v6M17 3l-8 8" />
                  </svg>
                </a>
              </li>
            ))}
          </ul>
          <p className="mt-3 text-xs text-ink-muted">
            These links leave Verdict and open the provider’s site in a new tab. Availability varies by region.
          </p>
        </>
      )}
    </section>
  );
}
