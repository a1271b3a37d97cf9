import { z } from 'zod';

/** What a Mute/Unmute or Block/Unblock button sends: the state wanted, "true" to turn it on and "false" to lift it. */
export const muteToggleSchema = z.object({
  on: z.enum(['true', 'false']).transform((value) => value === 'true'),
});
