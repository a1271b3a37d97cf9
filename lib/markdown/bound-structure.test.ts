import { describe, expect, it } from 'vitest';

import { boundStructure } from './bound-structure';
import { checkShape, SHAPE_LIMITS } from './shape';

describe('boundStructure', () => {
  it.each([
    ['prose', 'A *great* film. **Really** great, with ~~one~~ two ~flaws~ and [a link](https://example.com).'],
    ['strong emphasis', '***very*** good and __under__ too'],
    ['lists and quotes', '- one\n  - two\n    - three\n\n> quoted\n> > nested'],
    ['a thematic break', 'Above\n\n* * *\n\n*****\n\nBelow'],
    ['a short paragraph with an unpaired bracket', 'A [ bracket and a ] closing one'],
    ['setext headings', 'Title\n=====\n\nSub\n---'],
    ['fenced code with anything in it', '```\n*****a*****\n>>>>>>>>>>>>\n[[[[\n```'],
    ['code spans', 'Use `****` or ``a ** b`` freely'],
    ['escapes', 'Literal \\*\\*\\*\\* stars'],
    ['task lists and footnotes', '- [ ] todo\n- [x] done\n\nA note[^1].\n\n[^1]: Here.'],
    ['spoilers', 'A >!secret!< and\n\n:::spoiler Label\nbody\n:::'],
    ['CRLF line endings', 'one\r\n\r\ntwo\r\n'],
  ])('leaves %s as typed', (_name, source) => {
    expect(boundStructure(source)).toBe(source);
  });

  it.each([
    ['emphasis runs longer than three', '*****a*****', '\\*\\*\\*\\*\\*a\\*\\*\\*\\*\\*'],
    ['tilde runs longer than two', 'x ~~~a~~~ b', 'x \\~\\~\\~a\\~\\~\\~ b'],
    ['container nesting beyond eight', `${'>'.repeat(10)} a`, `${'>'.repeat(8)}\\>> a`],
    ['list nesting beyond eight', `${'- '.repeat(10)}a`, `${'- '.repeat(8)}\\- - a`],
    ['ordered list nesting beyond eight', `${'1. '.repeat(9)}a`, `${'1. '.repeat(8)}1\\. a`],
    ['indentation beyond forty columns', `${' '.repeat(60)}- a`, `${' '.repeat(40)}- a`],
  ])('escapes %s', (_name, source, bounded) => {
    expect(boundStructure(source)).toBe(bounded);
  });

  it('escapes emphasis runs beyond the paragraph budget, and starts again after a blank line', () => {
    const bounded = boundStructure(`${'*a* '.repeat(150)}\n\n*b*`);
    expect(bounded.match(/(?<!\\)\*/g)).toHaveLength(200 + 2);
    expect(bounded.endsWith('\n\n*b*')).toBe(true);
  });

  it('escapes unpaired brackets in a long paragraph', () => {
    const bounded = boundStructure(`] [ ${'word '.repeat(500)}[pair]`);
    expect(bounded.startsWith('\\] \\[ word')).toBe(true);
    expect(bounded.endsWith(' [pair]')).toBe(true);
  });

  it('escapes setext underlines beyond fifty', () => {
    const bounded = boundStructure('a\n=\n'.repeat(52));
    expect(bounded.match(/^\\=$/gm)).toHaveLength(2);
  });

  it('escapes list markers beyond the item limit, so the rest of the list reads as text', () => {
    const bounded = boundStructure('- item\n'.repeat(SHAPE_LIMITS.listItems + 2));
    expect(bounded.match(/^- item$/gm)).toHaveLength(SHAPE_LIMITS.listItems);
    expect(bounded.match(/^\\- item$/gm)).toHaveLength(2);
  });

  it('counts every marker on a line as an item', () => {
    const bounded = boundStructure('- - a\n'.repeat(SHAPE_LIMITS.listItems / 2 + 1));
    expect(bounded.endsWith('\\- - a\n')).toBe(true);
  });

  it('leaves a text that passes the shape check as typed', () => {
    const source = [`${'- item\n'.repeat(SHAPE_LIMITS.listItems)}`, `${'> '.repeat(SHAPE_LIMITS.nesting)}deep`].join('\n');
    expect(checkShape(source)).toBeNull();
    expect(boundStructure(source)).toBe(source);
  });
});
