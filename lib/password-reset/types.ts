import type { TokenProblem } from '@/lib/tokens/types';

export type ResetPasswordResult = { ok: true } | { ok: false; problem: TokenProblem };
