export interface UpvoteTotals {
  /** Upvotes this member has given to reviews and comments. */
  given: number;
  /** Upvotes this member's published reviews and visible comments have received. */
  received: number;
}
