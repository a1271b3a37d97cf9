/** Top-level comments per page and how deep replies are shown below them (or below a permalink's comment). */
export const THREAD_PAGE_SIZE = 50;
export const THREAD_VISIBLE_DEPTH = 6;
