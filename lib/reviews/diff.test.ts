import { describe, expect, it } from 'vitest';

import { diffRevisions, type RevisionFields } from './diff';

const base: RevisionFields = { title: 'A quiet miracle', body: 'The father is wonderful.\n\nThe ending is too long.', rating: 7, containsSpoilers: false };

describe('diffRevisions', () => {
  it('reports nothing for identical versions', () => {
    expect(diffRevisions(base, { ...base })).toEqual({ title: null, body: null, rating: null, containsSpoilers: null });
  });

  it('marks changed words in the title and body and keeps the rest', () => {
    const diff = diffRevisions(base, { ...base, title: 'A loud miracle', body: 'The father is wonderful.\n\nThe ending earns it.' });
    expect(diff.title).toEqual([
      { text: 'A ', change: 'same' },
      { text: 'quiet', change: 'removed' },
      { text: 'loud', change: 'added' },
      { text: ' miracle', change: 'same' },
    ]);
    const body = diff.body!;
    const removed = body.filter((part) => part.change === 'removed').map((part) => part.text).join(' ');
    const added = body.filter((part) => part.change === 'added').map((part) => part.text).join(' ');
    expect(removed).toMatch(/too.*long/);
    expect(added).toMatch(/earns.*it/);
    expect(`${removed} ${added}`).not.toContain('father');
    // Reassembling either side gives back exactly that version.
    expect(body.filter((part) => part.change !== 'added').map((part) => part.text).join('')).toBe(base.body);
    expect(body.filter((part) => part.change !== 'removed').map((part) => part.text).join('')).toBe(
      'The father is wonderful.\n\nThe ending earns it.',
    );
  });

  it('reports rating and spoiler-flag changes with both values', () => {
    expect(diffRevisions(base, { ...base, rating: 9, containsSpoilers: true })).toMatchObject({
      rating: { from: 7, to: 9 },
      containsSpoilers: { from: false, to: true },
    });
  });
});
