import { and, asc, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { db } from '@/db';
import { reviewRevisions, reviews } from '@/db/schema';
import { MAX_STORED_CHARACTERS, type RevisionChanges } from '@/lib/reviews/diff';
import { fillDerivedText } from '@/lib/reviews/derived-text';
import { getReviewHistory, getReviewVersion, KEPT_LATEST_VERSIONS, VERSIONS_PER_PAGE } from '@/lib/reviews/history-queries';
import { saveReview } from '@/lib/reviews/mutations';
import type { ReviewInput } from '@/lib/validation/review';

import { createFilm, createUser } from '../support/factories';
import { countQueries } from '../support/query-counter';

const draft = (body: string, changes: Partial<ReviewInput> = {}): ReviewInput => ({
  title: 'A long look back',
  body,
  rating: 7,
  containsSpoilers: false,
  ...changes,
});

/** A long body, different in its `n`-th sentence only. */
const longBody = (n: number) =>
  Array.from({ length: 400 }, (_, i) =>
    i === n % 400 ? `Edit number ${n} lands in sentence ${i}.` : `Sentence ${i} is about the film.`,
  ).join(' ');

async function publish(body: string) {
  const [film, member] = await Promise.all([createFilm(), createUser()]);
  const saved = await saveReview(member, film.slug, draft(body));
  if (!saved.ok) throw new Error('could not publish');
  return { film, member, reviewId: saved.reviewId };
}

async function storedChanges(reviewId: number) {
  const rows = await db
    .select({ version: reviewRevisions.version, changes: reviewRevisions.changes })
    .from(reviewRevisions)
    .where(eq(reviewRevisions.reviewId, reviewId))
    .orderBy(asc(reviewRevisions.version));
  return rows.map((row) => ({ version: row.version, changes: row.changes as RevisionChanges | null }));
}

describe('stored revision changes', () => {
  it('are computed when a version is saved, and the history reads them as stored', async () => {
    const { film, member, reviewId } = await publish(longBody(0));
    await saveReview(member, film.slug, draft(longBody(1), { rating: 9 }));
    const [first, second] = await storedChanges(reviewId);
    expect(first!.changes).toBeNull();
    expect(second!.changes).toMatchObject({ since: 1, rating: { from: 7, to: 9 }, body: { kind: 'words' } });
    const parts = second!.changes!.body!.kind === 'words' ? second!.changes!.body!.parts : [];
    const newer = parts.map((part) => (part.change === 'same' || part.change === 'added' ? part.text : '')).join('');
    expect(newer).toContain('Edit number 1 lands in sentence 1.');
    expect(parts.some((part) => part.change === 'skipped')).toBe(true);

    // The read is the header and one page: no version's body is fetched to diff it.
    const { result, statements } = await countQueries(() => getReviewHistory(reviewId));
    expect(statements).toHaveLength(2);
    expect(result!.revisions[0]!.changes).toEqual(second!.changes);
  });

  it('store a rewrite of a long text as a summary of its lengths, within the size cap', async () => {
    const before = 'The first cut of this review said one thing. '.repeat(220);
    const after = 'A different essay altogether, every word of it new. '.repeat(200);
    const { film, member, reviewId } = await publish(before);
    await saveReview(member, film.slug, draft(after));
    const [, second] = await storedChanges(reviewId);
    expect(second!.changes!.body).toEqual({ kind: 'rewritten', from: before.length, to: after.length });
    const [size] = await db.execute<{ bytes: number }>(
      sql`select octet_length(changes::text)::int as bytes from review_revisions where review_id = ${reviewId} and version = 2`,
    );
    expect(size!.bytes).toBeLessThan(MAX_STORED_CHARACTERS);
  });
});

describe('a many-times-edited long review', () => {
  const EDITS = KEPT_LATEST_VERSIONS + 5;

  it('keeps the first and the latest versions, and its history reads one bounded page at a time', async () => {
    const { film, member, reviewId } = await publish(longBody(0));
    for (let n = 1; n <= EDITS; n += 1) await saveReview(member, film.slug, draft(longBody(n)));
    const latest = EDITS + 1;

    const kept = await storedChanges(reviewId);
    expect(kept.map((row) => row.version)).toEqual([
      1,
      ...Array.from({ length: KEPT_LATEST_VERSIONS }, (_, i) => latest - KEPT_LATEST_VERSIONS + 1 + i),
    ]);
    // The oldest version kept after the first was diffed again against the first: what it shows is still true.
    expect(kept[1]!.changes!.since).toBe(1);
    expect(kept.slice(2).every((row) => row.changes!.since === row.version - 1)).toBe(true);

    const { result, statements } = await countQueries(() => getReviewHistory(reviewId));
    expect(statements).toHaveLength(2);
    expect(statements.every((statement) => !/"review_revisions"\."body"\s*(,|from)/i.test(statement))).toBe(true);
    const firstPage = result!;
    expect(firstPage.revisions.map((revision) => revision.version)).toEqual(
      Array.from({ length: VERSIONS_PER_PAGE }, (_, i) => latest - i),
    );
    expect(firstPage.review).toMatchObject({ versionCount: KEPT_LATEST_VERSIONS + 1, latestVersion: latest });
    // A page of ten edits to a 13,000-character review stays a few kilobytes.
    expect(JSON.stringify(firstPage).length).toBeLessThan(20_000);

    // Older pages by keyset, down to the first version, with nothing repeated or skipped.
    const seen = [...firstPage.revisions.map((revision) => revision.version)];
    for (let before = firstPage.olderBefore; before !== null;) {
      const page = (await getReviewHistory(reviewId, { before }))!;
      expect(page.revisions.length).toBeLessThanOrEqual(VERSIONS_PER_PAGE);
      seen.push(...page.revisions.map((revision) => revision.version));
      before = page.olderBefore;
    }
    expect(seen).toEqual(kept.map((row) => row.version).reverse());
  }, 60_000);

  it('shows one version in full on its own page', async () => {
    const { reviewId } = await publish(longBody(0));
    const found = await getReviewVersion(reviewId, 1);
    expect(found!.revision).toMatchObject({ version: 1, body: longBody(0), showsSpoilers: false });
    expect(await getReviewVersion(reviewId, 2)).toBeNull();
  });
});

describe('rows older than the stored columns', () => {
  it('are diffed on read until the backfill stores their changes and search text', async () => {
    const { film, member, reviewId } = await publish(longBody(0));
    await saveReview(member, film.slug, draft(`${longBody(0)} >!The twist.!<`));
    await db
      .update(reviewRevisions)
      .set({ changes: null })
      .where(and(eq(reviewRevisions.reviewId, reviewId), eq(reviewRevisions.version, 2)));
    await db.update(reviews).set({ searchText: null }).where(eq(reviews.id, reviewId));

    const onRead = (await getReviewHistory(reviewId))!.revisions[0]!;
    expect(onRead.changes).toMatchObject({ since: 1, body: { kind: 'words' } });
    expect(onRead.showsSpoilers).toBe(true);

    const filled = await fillDerivedText(db);
    expect(filled.searchTexts).toBeGreaterThanOrEqual(1);
    expect(filled.revisionChanges).toBeGreaterThanOrEqual(1);
    const [stored] = await storedChanges(reviewId).then((rows) => rows.filter((row) => row.version === 2));
    expect(stored!.changes).toEqual(onRead.changes);
    const [review] = await db.select({ searchText: reviews.searchText }).from(reviews).where(eq(reviews.id, reviewId));
    expect(review!.searchText).toContain('Sentence 1 is about the film.');
    expect(review!.searchText).not.toContain('twist');
    expect(await fillDerivedText(db)).toEqual({ searchTexts: 0, revisionChanges: 0 });
  });
});
