import { z } from 'zod';

import { recordIdSchema } from './params';

/**
 * What an Upvote button sends: what it is on, the page to come back to, and
 * the state the member wants ("true" to upvote, "false" to withdraw).
 */
export const voteSchema = z.object({
  targetId: recordIdSchema,
  returnTo: z.string().max(2_000).default('/'),
  upvoted: z.enum(['true', 'false']).transform((value) => value === 'true'),
});

export type VoteInput = z.infer<typeof voteSchema>;
