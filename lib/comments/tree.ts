import type { ThreadComment } from './types';

type Orderable = Pick<ThreadComment, 'id' | 'parentId' | 'createdAt' | 'upvoteCount'>;

const oldestFirst = (a: Orderable, b: Orderable) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id;

/**
 * Puts a thread in reading order: every comment right after its parent,
 * siblings by `compareReplies` (oldest first unless told), top-level comments
 * by `compareRoots`. (ltree orders labels as text, so "12.100" sorts before
 * "12.9"; the order has to be rebuilt from the parent links.) Comments whose
 * parent is not in the list are treated as roots.
 */
export function orderThread<T extends Orderable>(
  comments: T[],
  compareReplies: (a: T, b: T) => number = oldestFirst,
  compareRoots: (a: T, b: T) => number = compareReplies,
): T[] {
  const ids = new Set(comments.map((comment) => comment.id));
  const children = new Map<number | null, T[]>();
  for (const comment of comments) {
    const parent = comment.parentId !== null && ids.has(comment.parentId) ? comment.parentId : null;
    const siblings = children.get(parent) ?? [];
    siblings.push(comment);
    children.set(parent, siblings);
  }
  for (const [parent, siblings] of children) siblings.sort(parent === null ? compareRoots : compareReplies);

  const ordered: T[] = [];
  const stack = [...(children.get(null) ?? [])].reverse();
  while (stack.length > 0) {
    const comment = stack.pop()!;
    ordered.push(comment);
    stack.push(...[...(children.get(comment.id) ?? [])].reverse());
  }
  return ordered;
}
