import type { MemberSummary } from '@/lib/users/types';

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
}
