import { BadgeArt } from '@/components/badge/badge-art';
import { badgeSentence, ladder as findLadder, progressLabel, tierTitle } from '@/lib/badges/ladders';
import type { BoardLadder } from '@/lib/badges/queries';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });

/** One ladder on a member's board: tiers earned with dates, and progress to the next. */
export function BadgeLadderCard({ entry }: { entry: BoardLadder }) {
  const ladder = findLadder(entry.key)!;
  const highest = entry.earned.at(-1);
  const earnedAny = entry.earned.length > 0;

  return (
    <li className="flex gap-4 rounded-card border border-line bg-surface p-4 shadow-card sm:p-5">
      <BadgeArt
        category={entry.category}
        level={highest ? ladder.tiers.indexOf(highest.tier) : 0}
        earned={earnedAny}
        label={`${highest ? tierTitle(ladder, highest.tier) : entry.name} badge${earnedAny ? '' : ', not earned yet'}`}
      />
      <div className="min-w-0 flex-1">
        <h3 className="font-serif text-lg font-semibold text-ink">{highest ? tierTitle(ladder, highest.tier) : entry.name}</h3>
        {highest ? (
          <p className="mt-0.5 text-sm text-ink-muted">{badgeSentence(ladder, highest.tier)}</p>
        ) : (
          <p className="mt-0.5 text-sm text-ink-muted">{entry.howTo}</p>
        )}
        {entry.next !== null && ladder.tiers.length > 1 ? (
          <div className="mt-3">
            <p className="mb-1 text-sm font-medium text-ink tabular-nums">{progressLabel(ladder, entry.count, entry.next)}</p>
            <progress
              value={Math.min(entry.count, entry.next)}
              max={entry.next}
              aria-label={`Progress to ${tierTitle(ladder, entry.next)}`}
              className="h-2 w-full overflow-hidden rounded-full [&::-moz-progress-bar]:bg-accent [&::-webkit-progress-bar]:bg-sunken [&::-webkit-progress-value]:bg-accent"
            />
          </div>
        ) : null}
        {earnedAny ? (
          <ul role="list" className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-ink-muted">
            {entry.earned.map((badge) => (
              <li key={badge.tier}>
                {ladder.tiers.length > 1 ? (
                  <span className="font-medium text-ink tabular-nums">{badge.tier.toLocaleString('en')}</span>
                ) : (
                  'Earned'
                )}{' '}
                on <time dateTime={badge.awardedAt.toISOString()}>{dateFormat.format(badge.awardedAt)}</time>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </li>
  );
}
