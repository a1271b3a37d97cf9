import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { createDatabase } from '@/db';
import { saveReview } from '@/lib/reviews/mutations';
import { searchReviews } from '@/lib/search/queries';

import { createFilm, createUser, unique } from '../support/factories';

/** Padding so each body passes the editor's minimum length; no word in it is searched for. */
const PADDING = '\n\nThe rest is ordinary prose about pacing and performances. '.repeat(12);

/**
 * Each spelling the renderer hides (lib/markdown/spoilers.ts): `visible` and
 * `hidden` are placeholders for a unique word each, so a test finds exactly
 * its own review.
 */
const SPELLINGS: Array<[string, (visible: string, hidden: string) => string]> = [
  ['a block opened with a space, `::: spoiler`', (v, h) => `Before ${v}.\n\n::: spoiler\nThe twist: ${h}.\n:::\n\nAfter.`],
  ['a block opened as `:::spoiler`', (v, h) => `Before ${v}.\n\n:::spoiler\nThe twist: ${h}.\n:::`],
  ['a block with a label, `:::SPOILER label`', (v, h) => `Before ${v}.\n\n:::SPOILER The ending\nThe twist: ${h}.\n:::`],
  [
    'the outer text after a nested block',
    (v, h) =>
      `Before ${v}.\n\n:::spoiler\nOuter first.\n\n:::spoiler\nInner.\n:::\n\nOuter after the inner: ${h}.\n:::\n\nAfter.`,
  ],
  ['an inline spoiler `>!…!<`', (v, h) => `Before ${v} >!the twist is ${h}!< and after.`],
  ['an unclosed block, hiding the rest of the text', (v, h) => `Before ${v}.\n\n:::spoiler\nThe twist: ${h}.\n\nStill inside.`],
  ['spoilers inside a list', (v, h) => `- ${v} is in the list\n- >!${h} inline!<\n- :::spoiler\n  also ${h} in a block\n  :::\n`],
  [
    'spoilers inside a quote',
    (v, h) => `> ${v} is quoted\n>\n> >!${h} inline!<\n>\n> :::spoiler\n> also ${h} in a block\n> :::\n`,
  ],
];

async function publish(body: string, containsSpoilers = false) {
  const [film, member] = await Promise.all([createFilm(), createUser()]);
  const saved = await saveReview(member, film.slug, {
    title: 'A verdict',
    body: `${body}${PADDING}`,
    rating: 7,
    containsSpoilers,
  });
  if (!saved.ok) throw new Error('could not publish');
  return saved.reviewId;
}

const foundIds = async (q: string) => (await searchReviews(q)).items.map((card) => card.id);

describe('review search and spoilers', () => {
  it.each(SPELLINGS)('never finds words hidden in %s, and finds the visible ones', async (_spelling, write) => {
    const visible = `visible${unique()}`;
    const hidden = `hidden${unique()}`;
    const id = await publish(write(visible, hidden));
    expect(await foundIds(hidden)).toEqual([]);
    expect(await foundIds(visible)).toEqual([id]);
  });

  it('finds a review marked as containing spoilers by its visible words, as before, but never by its hidden ones', async () => {
    const visible = `visible${unique()}`;
    const hidden = `hidden${unique()}`;
    const id = await publish(`About ${visible}.\n\n::: spoiler\n${hidden}\n:::`, true);
    expect(await foundIds(visible)).toEqual([id]);
    expect(await foundIds(hidden)).toEqual([]);
  });

  it('follows an edit: words moved into a spoiler stop being found', async () => {
    const word = `moving${unique()}`;
    const [film, member] = await Promise.all([createFilm(), createUser()]);
    const input = { title: 'A verdict', rating: 7, containsSpoilers: false };
    const saved = await saveReview(member, film.slug, { ...input, body: `Plainly ${word}.${PADDING}` });
    expect(await foundIds(word)).toEqual([saved.ok ? saved.reviewId : 0]);
    await saveReview(member, film.slug, { ...input, body: `:::spoiler\nNow ${word}.\n:::${PADDING}` });
    expect(await foundIds(word)).toEqual([]);
  });
});

describe('review search time limit', () => {
  it('answers a search that runs out of time with an empty, timed-out result instead of an error', async () => {
    const word = `patient${unique()}`;
    await publish(`About ${word}.`);
    // statement_timeout counts time spent waiting for a lock, which makes a slow search on demand.
    const other = createDatabase(process.env.DATABASE_URL!, { max: 1 });
    let release = () => {};
    let locked = () => {};
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holding = other.db.transaction(async (tx) => {
      await tx.execute(sql`lock table reviews in access exclusive mode`);
      locked();
      await new Promise<void>((resolve) => (release = resolve));
    });
    try {
      await isLocked;
      const started = Date.now();
      expect(await searchReviews(word, undefined, { timeoutMs: 300 })).toEqual({
        items: [],
        total: 0,
        totalCapped: false,
        nextCursor: null,
        timedOut: true,
      });
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      release();
      await holding;
      await other.close();
    }
    expect(await searchReviews(word)).toMatchObject({ total: 1, timedOut: false });
  });
});
