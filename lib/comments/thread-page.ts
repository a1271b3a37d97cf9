/**
 * How much of a thread one page shows. A page is a tree under the review (or
 * under a permalink's comment): THREAD_PAGE_SIZE comments at its top level,
 * paged by "More comments", and below each of them at most
 * THREAD_REPLY_LIMITS[n] replies at reply level n + 1. Past the last level a
 * comment with replies links on to its permalink ("Continue this thread"), and
 * one with more replies than its level shows links there too ("More
 * replies"). So a page holds at most 20 + 20·3 + 20·3·2 = 200 comments
 * however large the thread: an unbounded tree fetch is how big threads take
 * servers down.
 */
export const THREAD_PAGE_SIZE = 20;
export const THREAD_REPLY_LIMITS = [3, 2] as const;
/** Reply levels shown below a page's top level. */
export const THREAD_VISIBLE_DEPTH = THREAD_REPLY_LIMITS.length;
