import { describe, expect, it } from 'vitest';

import { checkShape, SHAPE_LIMITS, shapeMessage, type ShapeLimit } from './shape';

const lines = (count: number, line: (index: number) => string) =>
  Array.from({ length: count }, (_, index) => line(index)).join('\n');

describe('checkShape', () => {
  it.each([
    ['prose', 'A *great* film.\n\nSecond paragraph with [a link](https://example.com).'],
    ['an outline', '# Story\n\n- one\n  - two\n    - three\n\n> quoted\n> > nested'],
    ['a table', '| a | b |\n| - | - |\n| 1 | 2 |'],
    ['code full of markers', `\`\`\`\n${lines(5_000, () => '- [x] > item')}\n\`\`\``],
    [
      'the limits exactly',
      [lines(SHAPE_LIMITS.listItems, () => '- item'), `${'> '.repeat(SHAPE_LIMITS.nesting)}deep`].join('\n\n'),
    ],
    ['a long quote', lines(3_000, () => '> a line of a long quotation')],
    ['a long paragraph', lines(3_000, () => 'one line of a paragraph that goes on')],
  ])('accepts %s', (_name, source) => {
    expect(checkShape(source)).toBeNull();
  });

  it.each<[string, string, ShapeLimit]>([
    ['too many list items', lines(SHAPE_LIMITS.listItems + 1, () => '- item'), 'listItems'],
    ['too many list items on few lines', lines(200, () => '- - - - - - a'), 'listItems'],
    ['numbered items', lines(SHAPE_LIMITS.listItems + 1, (index) => `${index + 1}. item`), 'listItems'],
    ['lists nested by markers', `${'- '.repeat(SHAPE_LIMITS.nesting + 1)}a`, 'nesting'],
    ['quotes nested by markers', `${'>'.repeat(SHAPE_LIMITS.nesting + 1)} a`, 'nesting'],
    ['lists nested by indentation', lines(SHAPE_LIMITS.nesting + 1, (depth) => `${'  '.repeat(depth)}- a`), 'nesting'],
    ['quotes and lists mixed', `${'> - '.repeat(5)}a`, 'nesting'],
    ['too many paragraphs', lines(SHAPE_LIMITS.blocks + 1, () => 'a\n'), 'blocks'],
    ['too many headings', lines(SHAPE_LIMITS.blocks + 1, () => '# a'), 'blocks'],
    ['too many setext headings', lines(SHAPE_LIMITS.blocks + 1, () => 'a\n='), 'blocks'],
    ['too many fences', lines(SHAPE_LIMITS.blocks + 1, () => '```\n```'), 'blocks'],
    ['too many spoiler blocks', lines(SHAPE_LIMITS.blocks + 1, () => ':::spoiler x'), 'blocks'],
    ['too many definitions', lines(SHAPE_LIMITS.blocks + 1, (index) => `[^${index}]: a`), 'blocks'],
    ['too many table cells', `| a | b |\n| - | - |\n${lines(SHAPE_LIMITS.tableCells / 2 + 1, () => '| x | y |')}`, 'tableCells'],
    ['a table without outer pipes', `a | b\n- | -\n${lines(SHAPE_LIMITS.tableCells / 2 + 1, () => 'x | y')}`, 'tableCells'],
    ['too many links', '[a](b) '.repeat(SHAPE_LIMITS.brackets + 1), 'brackets'],
  ])('refuses %s', (_name, source, limit) => {
    expect(checkShape(source)?.limit).toBe(limit);
  });

  it('does not count escaped brackets', () => {
    expect(checkShape('\\['.repeat(SHAPE_LIMITS.brackets + 1))).toBeNull();
  });

  it('reads a whole 50,000-character hostile text quickly enough to run before every parse', () => {
    // Correctness, not timing: the check ends with the first limit broken.
    expect(checkShape('- - - - - - - - a\n'.repeat(2_800))?.limit).toBe('listItems');
  });
});

describe('shapeMessage', () => {
  it.each<[ShapeLimit, string]>([
    ['listItems', 'Your review has more than 1,000 list items. Join some of them into paragraphs.'],
    ['nesting', 'Your review puts lists or quotes more than 8 levels inside one another. Bring some of them out a level.'],
    ['blocks', 'Your review has more than 1,000 paragraphs, headings and other blocks. Join some short ones together.'],
    ['tableCells', "Your review's tables have more than 2,000 cells in all. Split them up or write some of it as text."],
    ['brackets', 'Your review has more than 2,000 links or square brackets. Remove some of them.'],
  ])('explains %s', (limit, message) => {
    expect(shapeMessage({ limit, max: SHAPE_LIMITS[limit] }, 'review')).toBe(message);
  });

  it('names a comment as a comment', () => {
    expect(shapeMessage({ limit: 'listItems', max: 1_000 }, 'comment')).toMatch(/^Your comment has/);
  });
});
