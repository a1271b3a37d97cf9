import { customType, timestamp } from 'drizzle-orm/pg-core';

/**
 * A materialised path (the `ltree` extension). Comment threads store
 * `root.child.grandchild` ids so a whole thread sorts in one indexed query.
 */
export const ltree = customType<{ data: string }>({
  dataType: () => 'ltree',
});

/** Every timestamp is `timestamptz`, read as a `Date`. */
export const timestamptz = (name?: string) =>
  name ? timestamp(name, { withTimezone: true, mode: 'date' }) : timestamp({ withTimezone: true, mode: 'date' });

export const createdAt = () => timestamptz().notNull().defaultNow();
