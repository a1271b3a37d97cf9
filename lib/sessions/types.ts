export type ChangePasswordResult = { ok: true; sessionVersion: number } | { ok: false; reason: 'wrong-password' | 'not-found' };
