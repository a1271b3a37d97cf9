import type { ThreadComment } from '@/lib/comments/types';

export interface ThreadNode {
  comment: ThreadComment;
  replies: ThreadNode[];
}

/**
 * Turns a flat list in path order (each comment after its parent) into a tree.
 * A comment whose parent is not in the list — e.g. the top of a permalinked
 * subtree — becomes a root, so nothing fetched is ever dropped.
 */
export function buildThread(comments: readonly ThreadComment[]): ThreadNode[] {
  const byId = new Map<number, ThreadNode>();
  const roots: ThreadNode[] = [];
  for (const comment of comments) {
    const node: ThreadNode = { comment, replies: [] };
    byId.set(comment.id, node);
    const parent = comment.parentId === null ? undefined : byId.get(comment.parentId);
    (parent ? parent.replies : roots).push(node);
  }
  return roots;
}

/** Every reply below a node (not only the direct ones): what collapsing it hides. */
export function countReplies(node: ThreadNode): number {
  return node.replies.reduce((total, reply) => total + 1 + countReplies(reply), 0);
}
