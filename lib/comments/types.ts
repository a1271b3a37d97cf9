import type { MemberSummary } from '@/lib/members/types';

/** One comment in a thread, in path order: each one follows its parent. */
export interface ThreadComment {
  id: number;
  parentId: number | null;
  depth: number;
  /** Null when the comment was deleted but kept for its replies ("[deleted]"). */
  author: MemberSummary | null;
  /** Markdown; empty when deleted. */
  body: string;
  deleted: boolean;
  upvoteCount: number;
  createdAt: Date;
  editedAt: Date | null;
  /** It has replies below the depth that was fetched: the page links to its permalink instead. */
  continues: boolean;
  /** It has more replies than its level shows: the page links to its permalink for the rest. */
  moreReplies: boolean;
}

/** One page of a review's thread: top-level comments with their replies, in reading order. */
export interface ThreadPage {
  comments: ThreadComment[];
  /** The cursor for "More comments", or null on the last page. */
  nextCursor: number | null;
}

/** A comment's permalink: the comment and a page of its replies, with the comments it answers above. */
export interface CommentSubtree {
  /** From the top-level comment down to the focused comment's parent. */
  ancestors: ThreadComment[];
  /** The focused comment first, then its replies in reading order. */
  comments: ThreadComment[];
  focus: ThreadComment;
  /** The cursor for more of the focused comment's direct replies, or null when all are shown. */
  nextCursor: number | null;
}
