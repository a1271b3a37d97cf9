import type { ThreadComment } from './types';

/**
 * Puts a thread in reading order: every comment right after its parent,
 * siblings oldest first. (ltree orders labels as text, so "12.100" sorts
 * before "12.9"; the order has to be rebuilt from the parent links.)
 * Comments whose parent is not in the list are treated as roots.
 */
export function orderThread<T extends Pick<ThreadComment, 'id' | 'parentId' | 'createdAt'>>(comments: T[]): T[] {
  const ids = new Set(comments.map((comment) => comment.id));
  const children = new Map<number | null, T[]>();
  for (const comment of comments) {
    const parent = comment.parentId !== null && ids.has(comment.parentId) ? comment.parentId : null;
    const siblings = children.get(parent) ?? [];
    siblings.push(comment);
    children.set(parent, siblings);
  }
  for (const siblings of children.values()) {
    siblings.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id);
  }

  const ordered: T[] = [];
  const stack = [...(children.get(null) ?? [])].reverse();
  while (stack.length > 0) {
    const comment = stack.pop()!;
    ordered.push(comment);
    stack.push(...[...(children.get(comment.id) ?? [])].reverse());
  }
  return ordered;
}
