import { z } from 'zod';

/** What an Upvote button sends: the state the member wants, "true" to upvote and "false" to withdraw. */
export const voteSchema = z.object({
  upvoted: z.enum(['true', 'false']).transform((value) => value === 'true'),
});

export type VoteInput = z.infer<typeof voteSchema>;
