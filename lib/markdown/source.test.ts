import { describe, expect, it } from 'vitest';

import { prepareSource } from './source';

describe('prepareSource', () => {
  it.each([
    ['a block with a label', ':::spoiler The end\nx\n:::', ':::spoiler[The end]\nx\n:::'],
    ['a block without a label', ':::spoiler\nx\n:::', ':::spoiler\nx\n:::'],
    ['a lenient opening line', ':::  Spoiler   label  \nx', ':::spoiler[label]\nx'],
    ['brackets and a trailing backslash in a label', ':::spoiler [a] \\] b\\\nx', ':::spoiler[\\[a\\] \\] b\\\\]\nx'],
    ['nested blocks: more colons outside', ':::spoiler\n:::spoiler\nx\n:::\n:::', '::::spoiler\n:::spoiler\nx\n:::\n::::'],
    ['an unclosed block around a closed one', ':::spoiler\n:::spoiler\nx\n:::\ny', '::::spoiler\n:::spoiler\nx\n:::\ny'],
    ['a block in a blockquote', '> :::spoiler\n> x\n> :::', '> :::spoiler\n> x\n> :::'],
    ['another container name', ':::note\nx\n:::', '\\:::note\nx\n:::'],
    ['>! at the start of a line', '>!x!<\n- >!y!<', '\\>!x!<\n- \\>!y!<'],
    ['>! inside a line', 'a >!x!<', 'a >!x!<'],
    ['a stray closing fence', 'a\n:::', 'a\n:::'],
  ])('rewrites %s', (_name, source, prepared) => {
    expect(prepareSource(source)).toBe(prepared);
  });

  it.each([
    ['fenced code', '```\n:::spoiler x\n>!y\n:::note\n```'],
    ['indented code', 'a\n\n    :::spoiler x\n    >!y'],
    ['a code span over two lines', '`a\n:::spoiler b`'],
    ['an HTML block', '<div>\n:::spoiler x\n</div>'],
  ])('leaves spoiler syntax in %s alone', (_name, source) => {
    expect(prepareSource(source)).toBe(source);
  });

  it('keeps blocks nested deeper than eight as text', () => {
    const prepared = prepareSource(`${':::spoiler\n'.repeat(10)}x\n${':::\n'.repeat(10)}`);
    expect(prepared.match(/^:+spoiler$/gm)).toHaveLength(8);
    expect(prepared.match(/^\\:::spoiler$/gm)).toHaveLength(2);
    expect(prepared.split('\n')[0]).toBe(`${':'.repeat(10)}spoiler`);
  });
});
