import { FenceTracker, joinLines, splitLines, type Line } from './lines';
import { SHAPE_LIMITS } from './shape';

/**
 * micromark, the parser under remark, is quadratic in a few structures: deep
 * container nesting (`>>>>…`, `- - - …`, ever deeper indentation), long
 * emphasis runs (`*****…a*****…`), many emphasis runs in one paragraph, many
 * setext headings, and (with GFM) brackets that are never closed or opened,
 * after which every word walks back to them. Very deep nesting also
 * overflows the stack when the tree is turned into HTML. A stored review is
 * rendered on every view, so one hostile body would make its page hang or
 * fail for everybody.
 *
 * So before parsing, the markers that would cost too much are escaped: they
 * read as the literal characters the author typed. A bracket with no partner
 * could not have made a link anyway; the other limits are far beyond any real
 * review. This works on lines, approximately (it does not parse): a paragraph
 * here is a run of lines up to a blank line, list item or heading.
 *
 * New texts are refused when they break a shape limit (lib/markdown/shape.ts);
 * these escapes, with the same limits, bound what was stored before.
 * Nesting and list items cost the most: every item of a nested list makes
 * micromark splice its event list, so a 50,000-character list nested on
 * every line took over ten seconds. Past the item limit, a marker is text
 * and its line joins the paragraph before it.
 */
const MAX_CONTAINER_DEPTH = SHAPE_LIMITS.nesting;
const MAX_LIST_ITEMS = SHAPE_LIMITS.listItems;
const MAX_INDENT = 40;
const MAX_RUNS_PER_PARAGRAPH = 200;
const MAX_BRACKETS_PER_PARAGRAPH = 200;
const MAX_SETEXT_UNDERLINES = 50;
/** Shorter paragraphs parse fast even with unpaired brackets; leave them exactly as typed. */
const PAIR_BRACKETS_FROM = 2_000;

const THEMATIC_BREAK = /^[ \t>]*(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const CONTAINER_MARKER = /[ \t]*(>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/y;
const HEADING = /[ \t]*#{1,6}(?:[ \t]|$)/y;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

/**
 * Escapes the structures that would make parsing or rendering `source` slow.
 * `maxListItems` is there for scripts/bench-markdown.ts, which measures the
 * render as it was before the item limit.
 */
export function boundStructure(source: string, { maxListItems = MAX_LIST_ITEMS }: { maxListItems?: number } = {}): string {
  const lines = splitLines(source);
  const bound = new Bounder(maxListItems);
  const fences = new FenceTracker();
  let underlines = 0;
  let previousBlank = true;
  for (const line of lines) {
    const blank = line.text.trim() === '';
    if (fences.inFence(line.text) || blank) {
      bound.endParagraph();
    } else if (!previousBlank && SETEXT_UNDERLINE.test(line.text) && ++underlines > MAX_SETEXT_UNDERLINES) {
      line.text = line.text.replace(/[=-]/, '\\$&');
    } else {
      bound.line(line);
    }
    previousBlank = blank;
  }
  bound.endParagraph();
  return joinLines(lines);
}

interface Bracket {
  line: Line;
  /** Index of the bracket in the line's final text. */
  at: number;
  char: '[' | ']';
}

class Bounder {
  private runs = 0;
  private length = 0;
  private items = 0;

  constructor(private readonly maxListItems: number) {}
  private brackets: Bracket[] = [];

  line(line: Line) {
    const { text } = line;
    let depth = 0;
    let index = 0;
    CONTAINER_MARKER.lastIndex = 0;
    for (let marker = CONTAINER_MARKER.exec(text); marker; marker = CONTAINER_MARKER.exec(text)) {
      const symbol = marker[1] ?? '';
      const item = symbol !== '>';
      if (item) this.endParagraph();
      depth += 1;
      if (depth > MAX_CONTAINER_DEPTH || (item && ++this.items > this.maxListItems)) {
        // Escape the marker's punctuation (`>`, `-`, the `.` of `12.`); the rest of the line is text.
        const at = marker.index + marker[0].length - (/\d/.test(symbol) ? 1 : symbol.length);
        // Past the item limit, a marker that starts the line also starts a paragraph of its own: one
        // paragraph of thousands of such lines parses slower than the list did (GFM's autolink literals).
        const apart = item && depth === 1 && this.items > this.maxListItems ? '\n' : '';
        const head = `${apart}${text.slice(0, at)}\\${text.charAt(at)}`;
        line.text = head + this.inline(text.slice(at + 1), line, head.length);
        return;
      }
      index = CONTAINER_MARKER.lastIndex;
    }

    HEADING.lastIndex = index;
    if (HEADING.test(text)) this.endParagraph();
    const prefix = clampIndent(text.slice(0, index));
    const content = text.slice(index);
    line.text = prefix + (THEMATIC_BREAK.test(text) ? content : this.inline(content, line, prefix.length));
  }

  /** Escapes the brackets of the paragraph that ends here that have no partner or are over budget. */
  endParagraph() {
    const escaped = this.brackets.slice(MAX_BRACKETS_PER_PARAGRAPH);
    if (this.length >= PAIR_BRACKETS_FROM) {
      const open: Bracket[] = [];
      for (const bracket of this.brackets.slice(0, MAX_BRACKETS_PER_PARAGRAPH)) {
        if (bracket.char === '[') open.push(bracket);
        else if (!open.pop()) escaped.push(bracket);
      }
      escaped.push(...open);
    }
    // From the end of each line, so earlier positions stay valid.
    escaped.sort((a, b) => b.at - a.at);
    for (const { line, at } of escaped) line.text = `${line.text.slice(0, at)}\\${line.text.slice(at)}`;
    this.brackets = [];
    this.runs = 0;
    this.length = 0;
  }

  /**
   * Escapes emphasis runs longer than any real emphasis (`****`, `~~~`) and
   * runs beyond the paragraph's budget; notes brackets for `endParagraph`.
   * Code spans on the line are left alone. `base` is where `content` will
   * start in the line's final text.
   */
  private inline(content: string, line: Line, base: number): string {
    this.length += content.length;
    let out = '';
    let index = 0;
    while (index < content.length) {
      const char = content.charAt(index);
      if (char === '\\') {
        out += content.slice(index, index + 2);
        index += 2;
      } else if (char === '`') {
        const run = runLength(content, index, char);
        const close = closingBackticks(content, index + run, run);
        const end = close < 0 ? index + run : close + run;
        out += content.slice(index, end);
        index = end;
      } else if (char === '*' || char === '_' || char === '~') {
        const run = runLength(content, index, char);
        const sequence = content.slice(index, index + run);
        this.runs += 1;
        const tooLong = run > (char === '~' ? 2 : 3);
        out += tooLong || this.runs > MAX_RUNS_PER_PARAGRAPH ? sequence.replace(/./g, '\\$&') : sequence;
        index += run;
      } else {
        if (char === '[' || char === ']') this.brackets.push({ line, at: base + out.length, char });
        out += char;
        index += 1;
      }
    }
    return out;
  }
}

/** Leading whitespace wider than MAX_INDENT columns only nests lists deeper. */
function clampIndent(prefix: string): string {
  const indent = /^[ \t]*/.exec(prefix)?.[0] ?? '';
  const columns = [...indent].reduce((sum, char) => sum + (char === '\t' ? 4 : 1), 0);
  return columns > MAX_INDENT ? ' '.repeat(MAX_INDENT) + prefix.slice(indent.length) : prefix;
}

function runLength(text: string, from: number, char: string): number {
  let end = from;
  while (text.charAt(end) === char) end += 1;
  return end - from;
}

/** Start of the next run of exactly `length` backticks at or after `from`, or -1. */
function closingBackticks(text: string, from: number, length: number): number {
  let index = text.indexOf('`', from);
  while (index >= 0) {
    const run = runLength(text, index, '`');
    if (run === length) return index;
    index = text.indexOf('`', index + run);
  }
  return -1;
}
