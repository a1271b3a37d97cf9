import { z } from 'zod';

/** What a Follow/Unfollow button sends: the state wanted, "true" to follow and "false" to stop. */
export const followSchema = z.object({
  following: z.enum(['true', 'false']).transform((value) => value === 'true'),
});
