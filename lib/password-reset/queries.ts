import 'server-only';

import { checkToken } from '@/lib/tokens/queries';
import type { TokenProblem } from '@/lib/tokens/types';

/** Whether a reset link still works: the page shows its form, or says why not. */
export async function checkResetLink(secret: unknown): Promise<{ ok: true } | { ok: false; problem: TokenProblem }> {
  const check = await checkToken('reset-password', secret);
  return check.ok ? { ok: true } : check;
}
