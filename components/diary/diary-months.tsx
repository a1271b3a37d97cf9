import Link from 'next/link';

import { StarRating } from '@/components/ui/star-rating';
import { formatWatchedOn } from '@/lib/diary/dates';
import type { DiaryMonth } from '@/lib/diary/types';

/** A diary's watches, month by month, each with its day, film, rating and link to the review. */
export function DiaryMonths({ months }: { months: DiaryMonth[] }) {
  return (
    <div className="space-y-10">
      {months.map((month) => (
        <section key={month.key} aria-labelledby={`month-${month.key}`}>
          <h2 id={`month-${month.key}`} className="mb-3 border-b border-line pb-2 font-serif text-2xl font-semibold text-ink">
            {month.label}
          </h2>
          <ol role="list" className="divide-y divide-line">
            {month.entries.map((entry) => (
              <li key={entry.id} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 py-3">
                <time dateTime={entry.watchedOn} className="w-28 flex-none text-sm text-ink-muted">
                  {formatWatchedOn(entry.watchedOn)}
                </time>
                <Link href={`/films/${entry.film.slug}`} className="font-medium text-ink underline-offset-4 hover:underline">
                  {entry.film.title} ({entry.film.year})
                </Link>
                {entry.rewatch ? <span className="text-sm text-ink-muted">rewatch</span> : null}
                {entry.rating !== null ? <StarRating rating={entry.rating} size="sm" /> : null}
                {entry.reviewId !== null ? (
                  <Link
                    href={`/reviews/${entry.reviewId}`}
                    className="text-sm font-medium text-accent underline underline-offset-4"
                  >
                    Review
                  </Link>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
