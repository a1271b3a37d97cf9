import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

import { CONTAINER_PREFIX, joinLines, splitLines, type Line } from './lines';

/**
 * Rewrites what authors type into what the parser understands, line by line
 * and never inside code:
 *
 * - `:::spoiler Optional label` → `:::spoiler[Optional label]`, a container
 *   directive, closed by a line `:::` or by the end of the text. Nested
 *   spoiler blocks get more colons outside, so an inner `:::` cannot close an
 *   outer block.
 * - any other `:::name` line is escaped, so it reads as typed instead of
 *   swallowing the text after it;
 * - `>!` at the start of a line is escaped, so an inline spoiler there is not
 *   read as a blockquote.
 *
 * Code is found by parsing the text first, so fences, indented code and code
 * spans are recognised exactly as the final parse will see them.
 */
export function prepareSource(source: string): string {
  const lines = splitLines(source);
  const candidates = lines.flatMap((line) => {
    const syntax = readLine(line.text);
    return syntax ? [{ line, ...syntax }] : [];
  });
  if (candidates.length === 0) return source;

  const isLiteral = literalOffsets(source);
  const blocks: SpoilerBlock[] = [];
  const open: SpoilerBlock[] = [];
  for (const { line, kind, prefix, label } of candidates) {
    if (isLiteral(line.start + prefix.length)) continue;
    if (kind === 'open') {
      const tooDeep = open.length >= MAX_BLOCK_DEPTH;
      const block: SpoilerBlock = { opening: line, prefix, label, closing: null, closingPrefix: '', height: 1, tooDeep };
      blocks.push(block);
      open.push(block);
    } else if (kind === 'close') {
      const block = open.pop();
      if (block) close(block, line, prefix, open);
    } else {
      line.text = escapeAt(line.text, prefix.length);
    }
  }
  for (let block = open.pop(); block; block = open.pop()) close(block, null, '', open);

  for (const block of blocks) rewrite(block);
  return joinLines(lines);
}

interface LineSyntax {
  /** A spoiler block's opening or closing line, or a line to escape. */
  kind: 'open' | 'close' | 'escape';
  /** The container markers before the syntax. */
  prefix: string;
  label: string;
}

function readLine(text: string): LineSyntax | null {
  const opening = SPOILER_OPEN.exec(text);
  if (opening) return { kind: 'open', prefix: opening[1] ?? '', label: opening[2] ?? '' };
  const closing = SPOILER_CLOSE.exec(text);
  if (closing) return { kind: 'close', prefix: closing[1] ?? '', label: '' };
  const other = OTHER_CONTAINER.exec(text) ?? LINE_START_SPOILER.exec(text);
  if (other) return { kind: 'escape', prefix: other[1] ?? '', label: '' };
  return null;
}

/** Deeper blocks are kept as literal text: they are hidden inside the outer ones anyway. */
const MAX_BLOCK_DEPTH = 8;

const SPOILER_OPEN = new RegExp(`^(${CONTAINER_PREFIX}):{3,}[ \\t]*spoiler(?:[ \\t]+(.*?))?[ \\t]*$`, 'i');
const SPOILER_CLOSE = new RegExp(`^(${CONTAINER_PREFIX}):{3,}[ \\t]*$`);
/** What micromark would take for the start of a container directive: colons, then a name. */
const OTHER_CONTAINER = new RegExp(`^(${CONTAINER_PREFIX}):{3,}(?=[^\\s\\p{P}\\p{S}])`, 'u');
const LINE_START_SPOILER = new RegExp(`^(${CONTAINER_PREFIX})>!`);

interface SpoilerBlock {
  opening: Line;
  prefix: string;
  label: string;
  closing: Line | null;
  closingPrefix: string;
  /** 1 for a block with no spoiler blocks inside; its fences get `2 + height` colons. */
  height: number;
  tooDeep: boolean;
}

function close(block: SpoilerBlock, line: Line | null, prefix: string, open: readonly SpoilerBlock[]) {
  block.closing = line;
  block.closingPrefix = prefix;
  const parent = open.at(-1);
  if (parent && !block.tooDeep) parent.height = Math.max(parent.height, block.height + 1);
}

function rewrite(block: SpoilerBlock) {
  const { opening, closing } = block;
  if (block.tooDeep) {
    opening.text = escapeAt(opening.text, block.prefix.length);
    if (closing) closing.text = escapeAt(closing.text, block.closingPrefix.length);
    return;
  }
  const fence = ':'.repeat(2 + block.height);
  const label = block.label.trim();
  opening.text = `${block.prefix}${fence}spoiler${label ? `[${escapeLabel(label)}]` : ''}`;
  if (closing) closing.text = `${block.closingPrefix}${fence}`;
}

function escapeAt(text: string, index: number): string {
  return `${text.slice(0, index)}\\${text.slice(index)}`;
}

/** Brackets in a label are escaped so the label cannot end early; the author's own escapes are kept. */
function escapeLabel(label: string): string {
  return label.replace(/\\[\s\S]?|[[\]]/g, (match) => (match === '\\' ? '\\\\' : match.length === 2 ? match : `\\${match}`));
}

/** Whether an offset falls inside code or raw HTML, where spoiler syntax is literal. */
function literalOffsets(source: string): (offset: number) => boolean {
  const ranges: Array<[number, number]> = [];
  visit(literalParser.parse(source) as Root, (node) => {
    if (node.type !== 'code' && node.type !== 'inlineCode' && node.type !== 'html') return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) ranges.push([start, end]);
    return 'skip';
  });
  // Visited in document order and never nested, so the ranges are sorted.
  return (offset) => {
    let low = 0;
    let high = ranges.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const [start, end] = ranges[middle] ?? [0, 0];
      if (offset < start) high = middle - 1;
      else if (offset >= end) low = middle + 1;
      else return true;
    }
    return false;
  };
}

const literalParser = unified().use(remarkParse).use(remarkGfm).freeze();
