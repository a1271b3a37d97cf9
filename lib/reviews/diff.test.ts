import { describe, expect, it } from 'vitest';

import { type BodyPart, diffRevisions, MAX_STORED_CHARACTERS, type RevisionFields, type WordPart } from './diff';

const base: RevisionFields = {
  title: 'A quiet miracle',
  body: 'The father is wonderful.\n\nThe ending is too long.',
  rating: 7,
  containsSpoilers: false,
};

describe('diffRevisions', () => {
  it('reports nothing for identical versions', () => {
    expect(diffRevisions(base, { ...base }, 1)).toEqual({
      since: 1,
      title: null,
      body: null,
      rating: null,
      containsSpoilers: null,
    });
  });

  it('marks changed words in the title and body and keeps the rest', () => {
    const diff = diffRevisions(
      base,
      { ...base, title: 'A loud miracle', body: 'The father is wonderful.\n\nThe ending earns it.' },
      1,
    );
    expect(diff.title).toEqual([
      { text: 'A ', change: 'same' },
      { text: 'quiet', change: 'removed' },
      { text: 'loud', change: 'added' },
      { text: ' miracle', change: 'same' },
    ]);
    if (diff.body?.kind !== 'words') throw new Error('expected a word diff');
    const body = diff.body.parts.filter((part): part is WordPart => part.change !== 'skipped');
    const removed = body
      .filter((part) => part.change === 'removed')
      .map((part) => part.text)
      .join(' ');
    const added = body
      .filter((part) => part.change === 'added')
      .map((part) => part.text)
      .join(' ');
    expect(removed).toMatch(/too.*long/);
    expect(added).toMatch(/earns.*it/);
    expect(`${removed} ${added}`).not.toContain('father');
    // Reassembling either side gives back exactly that version.
    expect(
      body
        .filter((part) => part.change !== 'added')
        .map((part) => part.text)
        .join(''),
    ).toBe(base.body);
    expect(
      body
        .filter((part) => part.change !== 'removed')
        .map((part) => part.text)
        .join(''),
    ).toBe('The father is wonderful.\n\nThe ending earns it.');
  });

  it('reports rating and spoiler-flag changes with both values', () => {
    expect(diffRevisions(base, { ...base, rating: 9, containsSpoilers: true }, 1)).toMatchObject({
      rating: { from: 7, to: 9 },
      containsSpoilers: { from: false, to: true },
    });
  });

  it('keeps only the edges of long unchanged text, and the length of what it leaves out', () => {
    const before = 'Opening words. '.repeat(100);
    const after = 'Closing words. '.repeat(100);
    const older = { ...base, body: `${before}The ending is too long. ${after}` };
    const diff = diffRevisions(older, { ...older, body: `${before}The ending earns it. ${after}` }, 3);
    if (diff.body?.kind !== 'words') throw new Error('expected a word diff');
    const parts: BodyPart[] = diff.body.parts;
    const skipped = parts.filter((part) => part.change === 'skipped');
    expect(skipped).toHaveLength(2);
    const keptLength = parts.reduce((sum, part) => sum + (part.change === 'skipped' ? part.length : part.text.length), 0);
    const removed = parts
      .filter((part) => part.change === 'removed')
      .reduce((sum, part) => sum + (part as WordPart).text.length, 0);
    expect(keptLength - removed).toBe(older.body.length - 'The ending is too long. '.length + 'The ending earns it. '.length);
    expect(JSON.stringify(diff).length).toBeLessThan(1_200);
  });

  it.each([
    ['two long, unrelated texts', 'alpha beta gamma '.repeat(600), 'delta epsilon zeta '.repeat(600)],
    [
      'one word in ten changed across a long text',
      'one two three four five six seven eight nine ten '.repeat(300),
      'one two three four five six seven eight nine TEN '.repeat(300),
    ],
    [
      'a long new passage',
      'A short beginning. '.repeat(30),
      `${'A short beginning. '.repeat(30)}${'Something entirely new. '.repeat(400)}`,
    ],
  ])('stores %s as a summary of the lengths', (_label, olderBody, newerBody) => {
    const diff = diffRevisions({ ...base, body: olderBody }, { ...base, body: newerBody }, 1);
    expect(diff.body).toEqual({ kind: 'rewritten', from: olderBody.length, to: newerBody.length });
  });

  it('never stores more text than the cap, whatever changed', () => {
    const body = 'Word by word. '.repeat(500);
    const diff = diffRevisions({ ...base, body }, { ...base, body: body.replace(/by/g, 'for') }, 1);
    expect(JSON.stringify(diff).length).toBeLessThan(MAX_STORED_CHARACTERS * 2);
  });

  it('falls back to the whole old and new title rather than a summary', () => {
    const diff = diffRevisions(base, { ...base, title: 'Something else entirely' }, 1);
    expect(
      diff.title
        ?.filter((part) => part.change === 'added')
        .map((part) => part.text)
        .join(''),
    ).toContain('else');
  });
});
