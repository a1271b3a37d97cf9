import type { CommentSort } from './params';
import type { ThreadComment } from './types';

type Sortable = Pick<ThreadComment, 'id' | 'createdAt' | 'upvoteCount'>;
type Compare = (a: Sortable, b: Sortable) => number;

const oldest: Compare = (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id;
const newest: Compare = (a, b) => -oldest(a, b);

/**
 * Top-level comments, in exactly the order of the keyset query that pages
 * them (see lib/comments/queries.ts): changing one without the other would
 * skip or repeat comments between pages.
 */
export const compareRoots: Record<CommentSort, Compare> = {
  top: (a, b) => b.upvoteCount - a.upvoteCount || b.id - a.id,
  new: newest,
  old: oldest,
};

/** Replies under one parent: in Top, equal scores read as a conversation, oldest first. */
export const compareReplies: Record<CommentSort, Compare> = {
  top: (a, b) => b.upvoteCount - a.upvoteCount || oldest(a, b),
  new: newest,
  old: oldest,
};
