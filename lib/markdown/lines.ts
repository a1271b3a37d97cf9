/** One line of a source text, with the line ending that followed it ('' for the last line). */
export interface Line {
  text: string;
  /** Offset of the line's first character in the source. */
  start: number;
  ending: string;
}

export function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  const pattern = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    lines.push({ text: source.slice(start, match.index), start, ending: match[0] });
    start = match.index + match[0].length;
  }
  lines.push({ text: source.slice(start), start, ending: '' });
  return lines;
}

export function joinLines(lines: readonly Line[]): string {
  return lines.map((line) => line.text + line.ending).join('');
}

/**
 * Blockquote and list markers that can open a line before its content, as in
 * `> - :::spoiler`. `>!` is not a blockquote marker here: it opens an inline
 * spoiler. The text tools built on this only need to find where a line's
 * content starts, not to reproduce CommonMark's container rules exactly.
 */
export const CONTAINER_PREFIX = String.raw`(?:[ \t]*(?:>(?!!)|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)))*[ \t]*`;

const FENCE_OPEN = new RegExp(`^${CONTAINER_PREFIX}(\`{3,}|~{3,})(.*)$`);

/**
 * Tracks fenced code blocks line by line, approximately (the prefix is not
 * checked against the opening line's). Used where a full parse would be too
 * slow or is not possible yet.
 */
export class FenceTracker {
  private fence: string | null = null;

  /** Whether a fenced code block is open after the lines seen so far. */
  get open(): boolean {
    return this.fence !== null;
  }

  /** Whether this line belongs to a fenced code block (its fences included). */
  inFence(text: string): boolean {
    if (this.fence !== null) {
      const closing = new RegExp(`^${CONTAINER_PREFIX}${this.fence[0] === '`' ? '`' : '~'}{${this.fence.length},}[ \\t]*$`);
      if (closing.test(text)) this.fence = null;
      return true;
    }
    const open = FENCE_OPEN.exec(text);
    const [, sequence, info] = open ?? [];
    if (sequence === undefined || (sequence.startsWith('`') && info?.includes('`'))) return false;
    this.fence = sequence;
    return true;
  }
}
