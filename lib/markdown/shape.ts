import { FenceTracker, splitLines } from './lines';

/**
 * How much structure one text may have. Parsing cost follows structure far
 * more than length: 50,000 characters of prose render in a tenth of a
 * second, the same length as a list nested on every line took over ten
 * (scripts/bench-markdown.ts measures each shape). Each limit is many times
 * what a real review uses, so only a text built to be slow meets one.
 */
export const SHAPE_LIMITS = {
  /** Bullets and numbers that open a list item. */
  listItems: 1_000,
  /** Lists and quotes inside one another. lib/markdown/bound-structure.ts escapes deeper markers at render. */
  nesting: 8,
  /** Paragraphs, headings, code blocks, tables, quotes, rules, definitions and spoiler blocks. */
  blocks: 1_000,
  /** Cells in all tables together. */
  tableCells: 2_000,
  /** `[`: links, footnotes, task boxes and bracketed asides. */
  brackets: 2_000,
} as const;

export type ShapeLimit = keyof typeof SHAPE_LIMITS;

export interface ShapeBreach {
  limit: ShapeLimit;
  max: number;
}

const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/;
const QUOTE_MARKER = /^>(?!!)/;
/** Lines that start a block even straight after another line: headings, rules, setext underlines, definitions, spoiler fences. */
const STARTS_BLOCK = /^(?:#{1,6}(?:[ \t]|$)|(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,}|=+[ \t]*)$|\[[^\]]*\]:|:{3,})/;
const TABLE_DELIMITER = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/**
 * The first shape limit `source` breaks, or null. Reads lines, never
 * parses, so it costs next to nothing even on a hostile text; its counts are
 * approximate in the direction of counting more (a `[` in inline code still
 * counts), never fewer than the parser would build, except for list nesting
 * by indentation after lazy continuation lines, which the render bounds.
 */
export function checkShape(source: string): ShapeBreach | null {
  const counts: Record<ShapeLimit, number> = { listItems: 0, nesting: 0, blocks: 0, tableCells: 0, brackets: 0 };
  const fences = new FenceTracker();
  /** Content columns of the list items open at this point, outermost first. */
  let items: number[] = [];
  let previousBlank = true;
  let inTable = false;

  const breach = (): ShapeBreach | null => {
    for (const limit of Object.keys(SHAPE_LIMITS) as ShapeLimit[]) {
      if (counts[limit] > SHAPE_LIMITS[limit]) return { limit, max: SHAPE_LIMITS[limit] };
    }
    return null;
  };

  let previousQuotes = 0;
  for (const { text } of splitLines(source)) {
    const wasBlank = previousBlank;
    const fenceWasOpen = fences.open;
    const inFence = fences.inFence(text);
    previousBlank = !inFence && text.trim() === '';
    if (inFence || previousBlank) {
      if (inFence && !fenceWasOpen) counts.blocks += 1;
      inTable = false;
      previousQuotes = 0;
      continue;
    }

    let column = 0;
    let rest = text;
    let quotes = 0;
    let opened = false;
    const leave = (at: number) => {
      items = items.filter((content) => content <= at);
    };
    // After a blank line, a line indented less than an item's content has left that item.
    if (wasBlank) leave(columns(/^[ \t]*/.exec(text)?.[0] ?? ''));
    for (;;) {
      const indent = /^[ \t]*/.exec(rest)?.[0] ?? '';
      column += columns(indent);
      rest = rest.slice(indent.length);
      if (QUOTE_MARKER.test(rest)) {
        quotes += 1;
        // A quote that opens here (not one continued from the line before) ends the items it is not inside.
        if (quotes > previousQuotes) leave(column);
        column += 1;
        rest = rest.slice(1);
        continue;
      }
      const item = LIST_MARKER.exec(rest);
      if (!item) break;
      // A marker closes the items it is not indented inside, and opens one more.
      leave(column);
      column += item[0].length + 1;
      items.push(column);
      counts.listItems += 1;
      opened = true;
      rest = rest.slice(item[0].length);
    }

    counts.nesting = Math.max(counts.nesting, items.length + quotes);
    // List items are counted on their own; a table is one block however many rows it has.
    const startsTable = !inTable && TABLE_DELIMITER.test(rest) && rest.includes('-');
    if (!opened && (wasBlank || quotes > previousQuotes || STARTS_BLOCK.test(rest) || startsTable)) counts.blocks += 1;
    if (startsTable) inTable = true;
    if (inTable || rest.trimStart().startsWith('|')) counts.tableCells += cellsIn(rest);
    counts.brackets += bracketsIn(rest);
    previousQuotes = quotes;

    const broken = breach();
    if (broken) return broken;
  }
  return breach();
}

const count = new Intl.NumberFormat('en');

/** What to tell the author, as the sentence beside the field: `noun` is "review" or "comment". */
export function shapeMessage({ limit, max }: ShapeBreach, noun: 'review' | 'comment'): string {
  const most = count.format(max);
  switch (limit) {
    case 'listItems':
      return `Your ${noun} has more than ${most} list items. Join some of them into paragraphs.`;
    case 'nesting':
      return `Your ${noun} puts lists or quotes more than ${most} levels inside one another. Bring some of them out a level.`;
    case 'blocks':
      return `Your ${noun} has more than ${most} paragraphs, headings and other blocks. Join some short ones together.`;
    case 'tableCells':
      return `Your ${noun}'s tables have more than ${most} cells in all. Split them up or write some of it as text.`;
    case 'brackets':
      return `Your ${noun} has more than ${most} links or square brackets. Remove some of them.`;
  }
}

function columns(indent: string): number {
  let width = 0;
  for (const char of indent) width = char === '\t' ? width + 4 - (width % 4) : width + 1;
  return width;
}

/** Cells in a table row: the pipes that are not escaped, less the outer ones. */
function cellsIn(row: string): number {
  const pipes = row.match(/(?<!\\)\|/g)?.length ?? 0;
  if (pipes === 0) return 1;
  const trimmed = row.trim();
  const outer = (trimmed.startsWith('|') ? 1 : 0) + (trimmed.endsWith('|') && trimmed.length > 1 ? 1 : 0);
  return Math.max(1, pipes + 1 - outer);
}

function bracketsIn(text: string): number {
  let brackets = 0;
  for (let index = text.indexOf('['); index >= 0; index = text.indexOf('[', index + 1)) {
    if (text.charAt(index - 1) !== '\\') brackets += 1;
  }
  return brackets;
}
