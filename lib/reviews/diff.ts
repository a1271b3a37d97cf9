import { diffWordsWithSpace } from 'diff';

/** A run of text that is the same in both versions, or only in the older (removed) or newer (added). */
export interface DiffPart {
  text: string;
  change: 'same' | 'added' | 'removed';
}

export interface RevisionFields {
  title: string;
  body: string;
  rating: number;
  containsSpoilers: boolean;
}

export interface RevisionDiff {
  /** Word-level changes; null when the field did not change. */
  title: DiffPart[] | null;
  body: DiffPart[] | null;
  rating: { from: number; to: number } | null;
  containsSpoilers: { from: boolean; to: boolean } | null;
}

function words(older: string, newer: string): DiffPart[] | null {
  if (older === newer) return null;
  return diffWordsWithSpace(older, newer).map((part) => ({
    text: part.value,
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }));
}

/** What changed from one saved version of a review to the next, field by field. */
export function diffRevisions(older: RevisionFields, newer: RevisionFields): RevisionDiff {
  return {
    title: words(older.title, newer.title),
    body: words(older.body, newer.body),
    rating: older.rating === newer.rating ? null : { from: older.rating, to: newer.rating },
    containsSpoilers:
      older.containsSpoilers === newer.containsSpoilers ? null : { from: older.containsSpoilers, to: newer.containsSpoilers },
  };
}
