import { THREAD_VISIBLE_DEPTH } from './thread-page';

/*
 * A thread's URLs: its order (`?comments=top|new|old` on the review page),
 * its comments' permalinks, and where a form sends the member back to. Pure.
 */

/** How a thread is ordered: `?comments=top|new|old` on the review page. */
export const COMMENT_SORTS = ['top', 'new', 'old'] as const;
export type CommentSort = (typeof COMMENT_SORTS)[number];
export const DEFAULT_COMMENT_SORT: CommentSort = 'top';

export const COMMENT_SORT_LABELS: Record<CommentSort, string> = { top: 'Top', new: 'New', old: 'Old' };

export function parseCommentSort(value: unknown): CommentSort {
  return typeof value === 'string' && (COMMENT_SORTS as readonly string[]).includes(value)
    ? (value as CommentSort)
    : DEFAULT_COMMENT_SORT;
}

/** The permalink page of a comment: its subtree, with the comments it answers above. */
export const commentPermalink = (reviewId: number, commentId: number) => `/reviews/${reviewId}/comments/${commentId}`;

/** Query parameters that open a form on a page; never carried into where a form sends you next. */
const FORM_PARAMS = ['reply', 'edit', 'delete'];

/**
 * A page of this review's thread the member may be sent back to: the review
 * or one of its comment permalinks. Anything else (another site, another
 * review) becomes the review itself.
 */
export function threadReturnPath(reviewId: number, value: unknown): string {
  const fallback = `/reviews/${reviewId}`;
  if (typeof value !== 'string') return fallback;
  let url: URL;
  try {
    url = new URL(value, 'http://verdict.invalid');
  } catch {
    return fallback;
  }
  const ownPage = new RegExp(`^/reviews/${reviewId}(/comments/[1-9]\\d{0,9})?$`);
  if (url.origin !== 'http://verdict.invalid' || !ownPage.test(url.pathname)) return fallback;
  for (const param of FORM_PARAMS) url.searchParams.delete(param);
  return url.pathname + url.search;
}

/**
 * Where to show a comment just posted: back on the page it was written on
 * when it is visible there, else on its parent's permalink. The thread shows
 * THREAD_VISIBLE_DEPTH levels below its top-level comments, and a permalink
 * that many below its own comment; a new top-level comment goes to the
 * thread's first page, where New and Top (with no votes yet) put it.
 */
export function postedCommentLocation(
  returnTo: string,
  comment: { id: number; reviewId: number; parentId: number | null; path: string; depth: number },
): string {
  const url = new URL(threadReturnPath(comment.reviewId, returnTo), 'http://verdict.invalid');
  const anchor = `#comment-${comment.id}`;
  const focus = /\/comments\/(\d+)$/.exec(url.pathname)?.[1];
  if (focus) {
    const below = comment.path.split('.').indexOf(focus);
    if (below >= 0 && comment.depth - below <= THREAD_VISIBLE_DEPTH) return url.pathname + url.search + anchor;
  } else if (comment.depth <= THREAD_VISIBLE_DEPTH) {
    if (comment.depth === 0) url.searchParams.delete('after');
    return url.pathname + url.search + anchor;
  }
  return commentPermalink(comment.reviewId, comment.parentId ?? comment.id) + anchor;
}
