import { diffWordsWithSpace } from 'diff';

/**
 * What changed from one saved version of a review to the next, computed once
 * when the later one is saved and stored with it (`review_revisions.changes`),
 * so no reader's request ever runs a diff. Pure: no database, no server APIs;
 * the seeds and the history page's components can use it and its types.
 *
 * Both the work and the result are capped. A word diff costs time in
 * proportion to the text's length times the number of edits, so two long,
 * very different versions would take seconds (and megabytes to show): past
 * `MAX_EDIT_TOKENS` edits or `DIFF_TIMEOUT_MS`, or when the result would keep
 * more than `MAX_STORED_CHARACTERS` of text or `MAX_STORED_PARTS` runs, the
 * body's change is stored as a summary of the two lengths instead.
 */

/** Words and spaces added plus removed (diff's `maxEditLength`): about a page of prose either way. */
export const MAX_EDIT_TOKENS = 1_500;
/** diff's `timeout`: the whole diff gives up after this, whatever the shape of the texts. */
export const DIFF_TIMEOUT_MS = 100;
/** Text kept in a stored body diff: the changed words plus the unchanged edges around them. */
export const MAX_STORED_CHARACTERS = 6_000;
/** Runs kept in a stored body diff, so many scattered one-word edits stay a small page too. */
export const MAX_STORED_PARTS = 240;
/** Unchanged text longer than this beside a change keeps only this much at the edge that touches it. */
export const CONTEXT_CHARACTERS = 220;

/** A run of text that is the same in both versions, or only in the older (removed) or newer (added). */
export interface WordPart {
  text: string;
  change: 'same' | 'added' | 'removed';
}

/** Unchanged text left out of a stored diff between the edges it keeps; only its length is stored. */
export interface SkippedPart {
  change: 'skipped';
  length: number;
}

export type BodyPart = WordPart | SkippedPart;

export type BodyChange =
  | { kind: 'words'; parts: BodyPart[] }
  /** Too much changed to store word by word: the lengths before and after, in characters. */
  | { kind: 'rewritten'; from: number; to: number };

export interface RevisionFields {
  title: string;
  body: string;
  rating: number;
  containsSpoilers: boolean;
}

export interface RevisionChanges {
  /** The version these are the changes since: the one before, unless the versions between were not kept. */
  since: number;
  /** Word-level changes; null when the field did not change. */
  title: WordPart[] | null;
  body: BodyChange | null;
  rating: { from: number; to: number } | null;
  containsSpoilers: { from: boolean; to: boolean } | null;
}

function wordParts(older: string, newer: string): WordPart[] | undefined {
  const changes = diffWordsWithSpace(older, newer, { maxEditLength: MAX_EDIT_TOKENS, timeout: DIFF_TIMEOUT_MS });
  return changes?.map((part) => ({
    text: part.value,
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }));
}

/** A title is at most 120 characters, so when the diff gives up, the whole old and new title are the change. */
function titleChange(older: string, newer: string): WordPart[] | null {
  if (older === newer) return null;
  return (
    wordParts(older, newer) ?? [
      { text: older, change: 'removed' },
      { text: newer, change: 'added' },
    ]
  );
}

function bodyChange(older: string, newer: string): BodyChange | null {
  if (older === newer) return null;
  const rewritten: BodyChange = { kind: 'rewritten', from: older.length, to: newer.length };
  const parts = wordParts(older, newer);
  if (!parts) return rewritten;
  const shortened = parts.flatMap((part, index) =>
    part.change === 'same'
      ? shortenUnchanged(part.text, index === 0 ? 'end' : index === parts.length - 1 ? 'start' : 'both')
      : [part],
  );
  const kept = shortened.reduce((sum, part) => sum + (part.change === 'skipped' ? 0 : part.text.length), 0);
  return kept > MAX_STORED_CHARACTERS || shortened.length > MAX_STORED_PARTS ? rewritten : { kind: 'words', parts: shortened };
}

/**
 * Unchanged text reduced to the edges that touch a change (`keep`), with the
 * middle stored as its length: one edited sentence in a long review stays
 * easy to find, and the stored diff stays small.
 */
export function shortenUnchanged(text: string, keep: 'start' | 'end' | 'both'): BodyPart[] {
  const room = keep === 'both' ? CONTEXT_CHARACTERS * 2 : CONTEXT_CHARACTERS;
  if (text.length <= room + 60) return [{ text, change: 'same' }];
  const head = keep === 'end' ? '' : text.slice(0, wordEnd(text, CONTEXT_CHARACTERS));
  const tail = keep === 'start' ? '' : text.slice(wordStart(text, text.length - CONTEXT_CHARACTERS));
  const skipped: SkippedPart = { change: 'skipped', length: text.length - head.length - tail.length };
  return [
    ...(head ? [{ text: head, change: 'same' } as const] : []),
    skipped,
    ...(tail ? [{ text: tail, change: 'same' } as const] : []),
  ];
}

/** The first whitespace at or after `index`, so a cut never splits a word. */
function wordEnd(text: string, index: number): number {
  const match = /\s/.exec(text.slice(index));
  return match ? index + match.index : text.length;
}

/** Just after the last whitespace at or before `index`. */
function wordStart(text: string, index: number): number {
  const match = /\s(?=\S*$)/.exec(text.slice(0, index));
  return match ? match.index + 1 : 0;
}

/** What changed from version `since` (`older`) to the version being saved (`newer`), field by field. */
export function diffRevisions(older: RevisionFields, newer: RevisionFields, since: number): RevisionChanges {
  return {
    since,
    title: titleChange(older.title, newer.title),
    body: bodyChange(older.body, newer.body),
    rating: older.rating === newer.rating ? null : { from: older.rating, to: newer.rating },
    containsSpoilers:
      older.containsSpoilers === newer.containsSpoilers ? null : { from: older.containsSpoilers, to: newer.containsSpoilers },
  };
}
