import 'server-only';

import { backfillBadges } from '@/lib/badges/mutations';
import { sendDigests } from '@/lib/digests/mutations';
import { mailOrigin } from '@/lib/notification-mail/links';

import type { DailyJob } from './types';

/** Queues the day's digests (lib/digests); the mail worker sends them. */
export const digestsJob: DailyJob = {
  name: 'digests',
  run: async (tx) => sendDigests(tx, { origin: await mailOrigin() }),
};

/** Grants what the data has earned without a live event, such as a membership anniversary (backfillBadges in lib/badges/mutations.ts). */
export const badgeBackfillJob: DailyJob = {
  name: 'badge-backfill',
  run: async (tx) => {
    const added = await backfillBadges(tx);
    return { grants: Object.values(added).reduce((sum, count) => sum + count, 0) };
  },
};

/** Every daily job, in the order a day runs them. */
export const DAILY_JOBS: DailyJob[] = [badgeBackfillJob, digestsJob];
