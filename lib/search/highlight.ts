/**
 * Which parts of a text to mark as matching a search. Pure, and it returns
 * plain segments — the component wraps the matches in <mark> and React
 * escapes everything — so no HTML is ever built from member text or from the
 * database. It runs over text that is already spoiler-free (titles, names,
 * excerpts), so highlighting can never reveal a spoiler.
 */
export interface HighlightSegment {
  text: string;
  match: boolean;
}

/** Lower case without accents, one output character per input UTF-16 unit so indices line up. */
function fold(text: string): string {
  let out = '';
  for (const char of text) {
    const base = char
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase();
    // Keep the length of `char`: a fold that changes length (ß → ss) is left as it was.
    out += base.length === char.length ? base : char.toLowerCase().length === char.length ? char.toLowerCase() : char;
  }
  return out;
}

/** Query words worth marking: folded, two characters or more, longest first. */
export function highlightTerms(query: string): string[] {
  const words = fold(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => Array.from(word).length >= 2);
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Marks the part of each word that a query word starts (so "act" marks the
 * "act" of "acting"), and the whole word when a query word misspells it by
 * running on ("mann" marks "Man").
 */
export function highlight(text: string, query: string): HighlightSegment[] {
  const terms = highlightTerms(query);
  if (terms.length === 0 || text.length === 0) return text ? [{ text, match: false }] : [];
  const folded = fold(text);
  const ranges: Array<[number, number]> = [];
  for (const word of folded.matchAll(WORD)) {
    const start = word.index;
    const value = word[0];
    const prefix = terms.find((term) => value.startsWith(term));
    if (prefix) ranges.push([start, start + prefix.length]);
    else if (value.length >= 3 && terms.some((term) => term.startsWith(value))) ranges.push([start, start + value.length]);
  }
  const segments: HighlightSegment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) segments.push({ text: text.slice(at, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), match: false });
  return segments;
}
