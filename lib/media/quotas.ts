/**
 * How much a member may upload. A new account (lib/rate-limit/new-accounts.ts
 * says who is one) gets the smaller allowance: a throwaway account cannot
 * fill the database with pictures on its first day. Bytes are counted as
 * stored (every width together), over the last 24 hours.
 */
export interface ImageQuota {
  picturesPerReview: number;
  picturesPerDay: number;
  bytesPerDay: number;
}

export const MEMBER_IMAGE_QUOTA: ImageQuota = { picturesPerReview: 12, picturesPerDay: 40, bytesPerDay: 60_000_000 };
export const NEW_ACCOUNT_IMAGE_QUOTA: ImageQuota = { picturesPerReview: 3, picturesPerDay: 6, bytesPerDay: 8_000_000 };

export function imageQuota(newAccount: boolean): ImageQuota {
  return newAccount ? NEW_ACCOUNT_IMAGE_QUOTA : MEMBER_IMAGE_QUOTA;
}
