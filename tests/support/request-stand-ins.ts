/**
 * Stand-ins for Next's request-bound pieces when a test calls server actions
 * directly: `redirect()` throws a Redirected the test can catch and read, and
 * revalidation does nothing. Use with
 * `vi.mock('next/navigation', () => import('../support/request-stand-ins').then((m) => m.navigation))`.
 */
export class Redirected extends Error {
  constructor(readonly location: string) {
    super(`redirect ${location}`);
  }
}

export const navigation = {
  redirect: (location: string): never => {
    throw new Redirected(location);
  },
};

export const cache = { revalidatePath: () => undefined };
