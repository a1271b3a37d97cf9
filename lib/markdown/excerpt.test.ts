import { describe, expect, it } from 'vitest';

import { excerpt, readingMinutes, wordCount } from './excerpt';

interface Case {
  name: string;
  source: string;
  expected: string;
  /** Words from inside spoilers: they must never reach a card, a feed or a link preview. */
  hidden?: string[];
}

const cases: Case[] = [
  // Inline spoilers
  {
    name: 'inline spoiler mid-sentence',
    source: 'The killer is >!the butler!< obviously.',
    expected: 'The killer is obviously.',
    hidden: ['butler'],
  },
  {
    name: 'several per paragraph',
    source: 'A >!one!< B >!two!< C >!three!<',
    expected: 'A B C',
    hidden: ['one', 'two', 'three'],
  },
  {
    name: 'emphasis inside a spoiler',
    source: 'See >!the *twist* **ending**!< now.',
    expected: 'See now.',
    hidden: ['twist', 'ending'],
  },
  {
    name: 'a spoiler ending inside emphasis',
    source: 'a >!Bruce *is dead!< all* along',
    expected: 'a all along',
    hidden: ['Bruce', 'dead'],
  },
  {
    name: 'a spoiler starting inside emphasis',
    source: '*so >!Keyser* is Kint!< wow',
    expected: 'so wow',
    hidden: ['Keyser', 'Kint'],
  },
  {
    name: 'a spoiler at the start of a line',
    source: '>!Rosebud is a sled.!< Famous.',
    expected: 'Famous.',
    hidden: ['Rosebud', 'sled'],
  },
  {
    name: 'a spoiler at the start of a later line',
    source: 'It ends:\n>!they were ghosts!<',
    expected: 'It ends:',
    hidden: ['ghosts'],
  },
  {
    name: 'a spoiler around a link',
    source: 'Read >![the twist](https://example.com/twist)!< later',
    expected: 'Read later',
    hidden: ['twist'],
  },
  {
    name: 'a spoiler in a heading',
    source: '# The end: >!Vader is his father!<\n\nGreat film.',
    expected: 'The end: Great film.',
    hidden: ['Vader', 'father'],
  },
  {
    name: 'a spoiler in a table cell',
    source: '| Who | Fate |\n| - | - |\n| Ash | >!android!< |',
    expected: 'Who Fate Ash',
    hidden: ['android'],
  },
  {
    name: 'a spoiler in a list item',
    source: '- Act one\n- Act two: >!the heist fails!<',
    expected: 'Act one Act two:',
    hidden: ['heist', 'fails'],
  },
  { name: 'a spoiler in a blockquote', source: '> Quote >!secret line!< end', expected: 'Quote end', hidden: ['secret'] },

  // Block spoilers
  {
    name: 'block spoiler without a label',
    source: 'Before.\n\n:::spoiler\nThe sled.\n:::\n\nAfter.',
    expected: 'Before. After.',
    hidden: ['sled'],
  },
  {
    name: 'block spoiler with a label (the label goes too)',
    source: 'Before.\n:::spoiler The finale\nEveryone dies.\n\n- Kane\n- Ash\n:::\nAfter.',
    expected: 'Before. After.',
    hidden: ['finale', 'Everyone', 'Kane', 'Ash'],
  },
  {
    name: 'block spoiler in a list item',
    source: '- Act one\n  :::spoiler\n  Hidden act\n  :::\n- Act two',
    expected: 'Act one Act two',
    hidden: ['Hidden'],
  },

  // Nested
  {
    name: 'nested inline spoilers',
    source: 'a >!outer >!inner!< still!< b',
    expected: 'a b',
    hidden: ['outer', 'inner', 'still'],
  },
  {
    name: 'an inline spoiler inside a block spoiler',
    source: ':::spoiler\nx >!deep!< y\n:::\nShown',
    expected: 'Shown',
    hidden: ['deep'],
  },
  {
    name: 'nested block spoilers',
    source: ':::spoiler Outer\nOne\n:::spoiler Inner\nTwo\n:::\nThree\n:::\nShown',
    expected: 'Shown',
    hidden: ['Outer', 'One', 'Inner', 'Two', 'Three'],
  },

  // Unclosed
  {
    name: 'an unclosed inline spoiler hides the rest of its paragraph',
    source: 'Start >!never closed *and* more\nand more\n\nNext paragraph',
    expected: 'Start Next paragraph',
    hidden: ['never', 'closed', 'more'],
  },
  { name: 'a lone !< is text', source: 'Wow!< that was good', expected: 'Wow!< that was good' },
  {
    name: 'an unclosed block spoiler hides everything after it',
    source: 'Before\n\n:::spoiler\nsecret\n\n## Secret heading\n\nmore secret',
    expected: 'Before',
    hidden: ['secret', 'Secret', 'heading'],
  },
  { name: 'a body that is all spoiler', source: ':::spoiler\nAll of it.', expected: '', hidden: ['All'] },

  // Code
  {
    name: 'spoiler syntax in a fenced block is dropped with the code',
    source: 'Text\n\n```\n:::spoiler x\n>!y!<\n```\n\nMore',
    expected: 'Text More',
    hidden: ['spoiler', 'y'],
  },
  {
    name: 'inline code is kept as text, spoiler syntax and all',
    source: 'Type `>!x!<` to hide.',
    expected: 'Type >!x!< to hide.',
  },
  { name: 'indented code is dropped', source: 'Text\n\n    let hidden = 1;\n\nMore', expected: 'Text More', hidden: ['hidden'] },

  // Markdown reduced to text
  {
    name: 'headings, links and emphasis',
    source: '# Alien\n\nA **great** and *tense* film by [Ridley Scott](https://example.com) — ~~not~~ bad.',
    expected: 'Alien A great and tense film by Ridley Scott — not bad.',
  },
  {
    name: 'images keep their alt text',
    source: 'Look: ![the poster](https://example.com/p.jpg) here',
    expected: 'Look: the poster here',
  },
  { name: 'raw HTML is dropped', source: 'a <b>bold</b> claim <script>alert(1)</script>', expected: 'a bold claim alert(1)' },
  {
    name: 'HTML blocks are dropped',
    source: 'Shown\n\n<div>\nraw block\n</div>\n\nAlso shown',
    expected: 'Shown Also shown',
    hidden: ['raw'],
  },
  {
    name: 'lists, quotes and breaks become spaced text',
    source: '- one\n- two\n\n> three  \nfour',
    expected: 'one two three four',
  },
  {
    name: 'footnotes and definitions are dropped',
    source: 'Claim[^1].\n\n[^1]: Source.\n\n[x]: https://example.com',
    expected: 'Claim.',
  },
  { name: 'entities are decoded', source: 'Tom &amp; Jerry &lt;3', expected: 'Tom & Jerry <3' },
  { name: 'whitespace collapses', source: '  lots   of\n\n\n   space\t\there  ', expected: 'lots of space here' },
  { name: 'colons read as typed', source: 'Re:Zero at 12:30 ::shrug:: :::note', expected: 'Re:Zero at 12:30 ::shrug:: :::note' },
  { name: 'other container lines read as typed', source: ':::note\nText\n:::', expected: ':::note Text :::' },
  {
    name: 'curly quotes, emoji, Korean and Turkish',
    source: '“Oldboy” 올드보이 — İyi, ışık 🎬',
    expected: '“Oldboy” 올드보이 — İyi, ışık 🎬',
  },
  { name: 'empty text', source: '', expected: '' },
];

describe('excerpt', () => {
  it.each(cases)('$name', ({ source, expected, hidden = [] }) => {
    const text = excerpt(source);
    expect(text).toBe(expected);
    for (const word of hidden) expect(text).not.toContain(word);
  });

  const long = 'The film opens on a quiet street where nothing happens for a long time. '.repeat(10);

  it('cuts a long text at a word boundary with an ellipsis', () => {
    const text = excerpt(long);
    expect(text.length).toBeLessThanOrEqual(280);
    expect(text.endsWith('…')).toBe(true);
    const kept = text.slice(0, -1);
    expect(long.startsWith(kept)).toBe(true);
    expect(long.charAt(kept.length)).toMatch(/[\s.]/);
  });

  it('honours maxLength', () => {
    expect(excerpt('one two three four five', { maxLength: 12 })).toBe('one two…');
    expect(excerpt('one two three', { maxLength: 13 })).toBe('one two three');
  });

  it('drops trailing punctuation before the ellipsis', () => {
    expect(excerpt('Alpha, beta, gamma, delta', { maxLength: 13 })).toBe('Alpha, beta…');
  });

  it('cuts a text with no spaces where it must, never inside an emoji', () => {
    expect(excerpt('a'.repeat(400), { maxLength: 10 })).toBe(`${'a'.repeat(9)}…`);
    const emoji = excerpt('🎬'.repeat(20), { maxLength: 10 });
    expect(emoji).toBe(`${'🎬'.repeat(4)}…`);
  });

  it('never shows spoilers that start before the cut and end after it', () => {
    const source = `${'word '.repeat(40)}>!${'secret '.repeat(100)}!< end`;
    const text = excerpt(source);
    expect(text).not.toContain('secret');
    expect(text).toBe(`${'word '.repeat(39)}word end`);
  });

  it('never shows a spoiler cut off by a truncated source', () => {
    // Cards excerpt only the first part of a body: a spoiler may be cut mid-way.
    const body = `Intro.\n\n:::spoiler\n${'hidden '.repeat(50)}\n:::\n\nOutro >!more ${'hidden '.repeat(50)}!<`;
    for (let end = 0; end <= body.length; end += 7) {
      expect(excerpt(body.slice(0, end))).not.toContain('hidden');
    }
  });
});

describe('wordCount', () => {
  it.each([
    ['', 0],
    ['one two three', 3],
    ['# Title\n\nSome *emphasised* [link](https://example.com).', 4],
    ["Don't stop — it's great.", 4],
    ['Spoilers count: >!they are read!<\n\n:::spoiler\nfour more words here\n:::', 9],
    ['Code does not:\n\n```\nlet a = b + c;\n```', 3],
    ['올드보이는 정말 좋은 영화다', 4],
  ])('%j has %i words', (source, words) => {
    expect(wordCount(source)).toBe(words);
  });
});

describe('readingMinutes', () => {
  it.each([
    [0, 1],
    [100, 1],
    [230, 1],
    [460, 2],
    [1000, 4],
    [2300, 10],
    [Number.NaN, 1],
    [-5, 1],
  ])('%d words take %d minutes', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });
});
