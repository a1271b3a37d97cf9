import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { db } from '@/db';

import { hotScore, hotScoreSql } from './ranking';

describe('hotScore', () => {
  it.each<[string, number, string, number]>([
    ['at the epoch, one upvote scores 0', 1, '2024-01-01T00:00:00.000Z', 0],
    ['no upvotes count as one', 0, '2024-01-01T00:00:00.000Z', 0],
    ['ten upvotes add 1', 10, '2024-01-01T00:00:00.000Z', 1],
    ['12.5 hours of recency add 1', 1, '2024-01-01T12:30:00.000Z', 1],
    ['25 hours before the epoch cancel out 100 upvotes', 100, '2023-12-30T23:00:00.000Z', 0],
  ])('%s', (_name, upvotes, createdAt, expected) => {
    expect(hotScore(upvotes, new Date(createdAt))).toBeCloseTo(expected, 12);
  });

  it.each<[number, string]>([
    [0, '2024-01-01T00:00:00.000Z'],
    [1, '2025-06-01T12:00:00.123Z'],
    [7, '2026-11-21T14:36:13.999Z'],
    [250, '2023-03-15T08:00:00.000Z'],
    [123_456, '2031-01-01T00:00:00.001Z'],
  ])('agrees with the SQL form for %i upvotes at %s', async (upvotes, createdAt) => {
    const at = new Date(createdAt);
    const [row] = await db.execute<{ score: number }>(
      sql`select ${hotScoreSql(sql`${upvotes}::int`, sql`${at.toISOString()}::timestamptz`)} as score`,
    );
    expect(Number(row!.score)).toBeCloseTo(hotScore(upvotes, at), 9);
  });
});
