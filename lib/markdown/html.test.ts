import { describe, expect, it } from 'vitest';

import { renderMarkdownHtml } from './html';

function render(source: string): string {
  return renderMarkdownHtml(source);
}

const rel = 'rel="ugc nofollow noopener"';

interface Case {
  name: string;
  source: string;
  contains?: string[];
  excludes?: string[];
}

const cases: Case[] = [
  // Headings
  { name: '# becomes h2', source: '# Alien (1979)', contains: ['<h2>Alien (1979)</h2>'], excludes: ['<h1'] },
  { name: '## becomes h3 below a #', source: '# Alien\n\n## Cast', contains: ['<h2>Alien</h2>', '<h3>Cast</h3>'] },
  {
    name: 'the shallowest heading used becomes h2',
    source: '## Cast\n\n### Leads',
    contains: ['<h2>Cast</h2>', '<h3>Leads</h3>'],
  },
  {
    name: 'no heading skips a level',
    source: '# Story\n\n#### Aside\n\n## Cast',
    contains: ['<h2>Story</h2>', '<h3>Aside</h3>', '<h3>Cast</h3>'],
  },
  { name: 'a lone ##### becomes h2', source: '##### Small', contains: ['<h2>Small</h2>'] },
  {
    name: 'deep outlines stop at h6',
    source: '# 1\n\n## 2\n\n### 3\n\n#### 4\n\n##### 5\n\n###### 6',
    contains: ['<h5>4</h5>', '<h6>5</h6>', '<h6>6</h6>'],
  },
  { name: 'setext heading shifts too', source: 'Verdict\n=======', contains: ['<h2>Verdict</h2>'], excludes: ['<h1'] },

  // Links
  {
    name: 'links get rel and no target',
    source: '[the trailer](https://example.com/trailer)',
    contains: [`<a href="https://example.com/trailer" ${rel}>the trailer</a>`],
    excludes: ['target='],
  },
  { name: 'relative links stay', source: '[Alien](/films/alien)', contains: [`<a href="/films/alien" ${rel}>Alien</a>`] },
  {
    name: 'mailto links stay',
    source: '[mail me](mailto:me@example.com)',
    contains: [`<a href="mailto:me@example.com" ${rel}>mail me</a>`],
  },
  {
    name: 'upper-case scheme is allowed, lower-cased',
    source: '[x](HTTPS://example.com)',
    contains: [`<a href="https://example.com" ${rel}>x</a>`],
  },
  { name: 'link titles stay', source: '[x](https://example.com "Official")', contains: ['title="Official"'] },
  {
    name: 'javascript: link keeps its text only',
    source: 'see [this](javascript:alert(1)) now',
    contains: ['<p>see this now</p>'],
    excludes: ['<a'],
  },
  { name: 'empty link keeps its text only', source: '[nothing]()', contains: ['<p>nothing</p>'], excludes: ['<a'] },
  {
    name: 'GFM autolinks',
    source: 'Visit https://example.com and www.example.org',
    contains: [
      `<a href="https://example.com" ${rel}>https://example.com</a>`,
      `<a href="http://www.example.org" ${rel}>www.example.org</a>`,
    ],
  },
  { name: 'angle autolinks', source: '<https://example.com/a>', contains: [`<a href="https://example.com/a" ${rel}>`] },
  {
    name: 'reference links',
    source: '[Alien][a]\n\n[a]: https://example.com/alien',
    contains: [`<a href="https://example.com/alien" ${rel}>Alien</a>`],
  },

  // Images
  {
    name: 'an image becomes a link to it',
    source: '![The poster](https://images.example/poster.jpg)',
    contains: [`<a href="https://images.example/poster.jpg" ${rel}>🖼 The poster</a>`],
    excludes: ['<img'],
  },
  {
    name: 'an image without alt text',
    source: '![](https://images.example/p.jpg)',
    contains: ['>🖼 Image</a>'],
    excludes: ['<img'],
  },
  {
    name: 'a relative image is text only',
    source: '![still](/still.png)',
    contains: ['<p>🖼 still</p>'],
    excludes: ['<img', '<a'],
  },
  {
    name: 'a reference image becomes a link',
    source: '![poster][p]\n\n[p]: https://images.example/p.jpg',
    contains: [`<a href="https://images.example/p.jpg" ${rel}>🖼 poster</a>`],
    excludes: ['<img'],
  },

  // GFM
  {
    name: 'tables',
    source: '| Film | Year |\n| :--- | ---: |\n| Alien | 1979 |',
    contains: [
      '<table><thead><tr><th>Film</th><th>Year</th></tr></thead><tbody><tr><td>Alien</td><td>1979</td></tr></tbody></table>',
    ],
    excludes: ['style=', 'align='],
  },
  { name: 'strikethrough', source: 'a ~~bad~~ good film', contains: ['<del>bad</del>'] },
  {
    name: 'task lists with disabled checkboxes',
    source: '- [x] watched\n- [ ] reviewed',
    contains: [
      '<ul class="contains-task-list">',
      '<li class="task-list-item"><input type="checkbox" checked disabled> watched</li>',
      '<li class="task-list-item"><input type="checkbox" disabled> reviewed</li>',
    ],
  },
  { name: 'ordered lists keep their start', source: '3. third\n4. fourth', contains: ['<ol start="3">'] },
  { name: 'blockquotes', source: '> A quote', contains: ['<blockquote>\n<p>A quote</p>\n</blockquote>'] },
  {
    name: 'fenced code drops its language class',
    source: '```js\nlet a = 1;\n```',
    contains: ['<pre><code>let a = 1;\n</code></pre>'],
  },
  {
    name: 'footnotes read as typed',
    source: 'A claim[^1].\n\n[^1]: The source.',
    contains: ['<p>A claim[^1].</p>', '<p>[^1]: The source.</p>'],
    excludes: ['<section', 'id='],
  },
  {
    name: 'raw HTML is dropped, its text kept',
    source: 'a <b>bold</b> claim',
    contains: ['<p>a bold claim</p>'],
    excludes: ['<b>'],
  },

  // Inline spoilers
  {
    name: 'inline spoiler with emphasis',
    source: 'The killer is >!the *butler*, of course!< — who knew.',
    contains: [
      '<p>The killer is <span class="spoiler" tabindex="0"><span class="spoiler-cover">Spoiler</span><span class="spoiler-text">the <em>butler</em>, of course</span></span> — who knew.</p>',
    ],
  },
  {
    name: 'several inline spoilers in one paragraph',
    source: 'A >!one!< B >!two!< C',
    contains: [
      'A <span class="spoiler" tabindex="0"><span class="spoiler-cover">Spoiler</span><span class="spoiler-text">one</span></span> B <span class="spoiler" tabindex="0"><span class="spoiler-cover">Spoiler</span><span class="spoiler-text">two</span></span> C',
    ],
  },
  {
    name: '>! at the start of a line is a spoiler, not a blockquote',
    source: '>!Rosebud is a sled.!< Famous.',
    contains: [
      '<p><span class="spoiler" tabindex="0"><span class="spoiler-cover">Spoiler</span><span class="spoiler-text">Rosebud is a sled.</span></span> Famous.</p>',
    ],
    excludes: ['<blockquote'],
  },
  {
    name: '>! at the start of a later line',
    source: 'First line\n>!second line!<',
    contains: [
      '<span class="spoiler" tabindex="0"><span class="spoiler-cover">Spoiler</span><span class="spoiler-text">second line</span></span>',
    ],
    excludes: ['<blockquote'],
  },
  {
    name: 'a spoiler inside a blockquote',
    source: '> >!quoted secret!<',
    contains: [
      '<blockquote>\n<p><span class="spoiler" tabindex="0"><span class="spoiler-cover">Spoiler</span><span class="spoiler-text">quoted secret</span></span></p>\n</blockquote>',
    ],
  },
  {
    name: 'a spoiler that ends inside emphasis splits it',
    source: 'a >!b *c!< d* e',
    contains: [
      'a <span class="spoiler" tabindex="0"><span class="spoiler-cover">Spoiler</span><span class="spoiler-text">b <em>c</em></span></span><em> d</em> e',
    ],
  },
  {
    name: 'a spoiler that starts inside emphasis splits it',
    source: '*a >!b* c!< d',
    contains: [
      '<em>a </em><span class="spoiler" tabindex="0"><span class="spoiler-cover">Spoiler</span><span class="spoiler-text"><em>b</em> c</span></span> d',
    ],
  },
  {
    name: 'a spoiler starting with a link',
    source: '>![the twist](https://example.com/twist)!<',
    contains: [
      `<span class="spoiler" tabindex="0"><span class="spoiler-cover">Spoiler</span><span class="spoiler-text"><a href="https://example.com/twist" ${rel}>the twist</a></span></span>`,
    ],
  },
  {
    name: 'an unclosed inline spoiler hides the rest of its paragraph',
    source: 'Shown >!hidden *too*\nstill hidden\n\nNext paragraph',
    contains: [
      '<p>Shown <span class="spoiler" tabindex="0"><span class="spoiler-cover">Spoiler</span><span class="spoiler-text">hidden <em>too</em>\nstill hidden</span></span></p>',
      '<p>Next paragraph</p>',
    ],
  },
  { name: 'a lone !< is text', source: 'Wow!< that', contains: ['<p>Wow!&lt; that</p>'], excludes: ['spoiler'] },
  {
    name: 'spoilers in headings',
    source: '# Ending\n\n## The end: >!they die!<',
    contains: [
      '<h3>The end: <span class="spoiler" tabindex="0"><span class="spoiler-cover">Spoiler</span><span class="spoiler-text">they die</span></span></h3>',
    ],
  },
  {
    name: 'spoilers in table cells',
    source: '| a |\n| - |\n| >!x!< |',
    contains: [
      '<td><span class="spoiler" tabindex="0"><span class="spoiler-cover">Spoiler</span><span class="spoiler-text">x</span></span></td>',
    ],
  },

  // Block spoilers
  {
    name: 'block spoiler without a label',
    source: ':::spoiler\nThe ending.\n:::\nAfter.',
    contains: ['<details class="spoiler-block"><summary>Spoiler</summary><p>The ending.</p></details>', '<p>After.</p>'],
  },
  {
    name: 'block spoiler with a label',
    source: ':::spoiler The *real* ending\nThey were ghosts.\n:::',
    contains: [
      '<details class="spoiler-block"><summary>Spoiler: The <em>real</em> ending</summary><p>They were ghosts.</p></details>',
    ],
  },
  {
    name: 'brackets in a label',
    source: ':::spoiler Act [3]\nx\n:::',
    contains: ['<summary>Spoiler: Act [3]</summary>'],
  },
  {
    name: 'block spoiler with blank lines and a list',
    source: 'Before.\n\n:::spoiler Deaths\nFirst paragraph.\n\n- Kane\n- Ash\n\nLast paragraph.\n:::\n\nAfter.',
    contains: [
      '<p>Before.</p>',
      '<details class="spoiler-block"><summary>Spoiler: Deaths</summary><p>First paragraph.</p><ul>\n<li>Kane</li>\n<li>Ash</li>\n</ul><p>Last paragraph.</p></details>',
      '<p>After.</p>',
    ],
  },
  {
    name: 'a block spoiler directly after a paragraph line',
    source: 'Intro line\n:::spoiler\nhidden\n:::',
    contains: ['<p>Intro line</p>', '<details class="spoiler-block"><summary>Spoiler</summary><p>hidden</p></details>'],
  },
  {
    name: 'an unclosed block spoiler runs to the end',
    source: 'Shown.\n\n:::spoiler\nHidden.\n\n## Hidden heading\n\nHidden too.',
    contains: [
      '<p>Shown.</p>',
      '<details class="spoiler-block"><summary>Spoiler</summary><p>Hidden.</p><h2>Hidden heading</h2><p>Hidden too.</p></details>',
    ],
  },
  {
    name: 'nested block spoilers',
    source: ':::spoiler Outer\nA\n:::spoiler Inner\nB\n:::\nC\n:::\nD',
    contains: [
      '<details class="spoiler-block"><summary>Spoiler: Outer</summary><p>A</p><details class="spoiler-block"><summary>Spoiler: Inner</summary><p>B</p></details><p>C</p></details>\n<p>D</p>',
    ],
  },
  {
    name: 'an inline spoiler inside a block spoiler',
    source: ':::spoiler\nThe >!very!< end\n:::',
    contains: [
      '<details class="spoiler-block"><summary>Spoiler</summary><p>The <span class="spoiler" tabindex="0"><span class="spoiler-cover">Spoiler</span><span class="spoiler-text">very</span></span> end</p></details>',
    ],
  },
  {
    name: 'a block spoiler in a list item',
    source: '- Act one\n- Act two\n  :::spoiler\n  hidden\n  :::',
    contains: ['<li>Act two\n<details class="spoiler-block"><summary>Spoiler</summary><p>hidden</p></details>\n</li>'],
  },

  // Literal spoiler syntax
  {
    name: 'spoiler syntax in inline code stays code',
    source: 'Type `>!text!<` or `:::spoiler`.',
    contains: ['<code>>!text!&lt;</code>', '<code>:::spoiler</code>'],
    excludes: ['class="spoiler', '<details'],
  },
  {
    name: 'spoiler syntax in fenced code stays code',
    source: '```\n:::spoiler label\n>!x!<\n:::\n```',
    contains: ['<pre><code>:::spoiler label\n>!x!&lt;\n:::\n</code></pre>'],
    excludes: ['class="spoiler', '<details'],
  },
  {
    name: 'spoiler syntax in indented code stays code',
    source: 'Example:\n\n    :::spoiler\n    >!x!<',
    contains: ['<pre><code>:::spoiler\n>!x!&lt;\n</code></pre>'],
    excludes: ['class="spoiler', '<details'],
  },
  {
    name: 'a multi-line code span keeps a :::spoiler line',
    source: 'Write `one\n:::spoiler two` like that.',
    contains: ['<code>one :::spoiler two</code>'],
    excludes: ['<details'],
  },
  {
    name: 'colons that are not spoilers read as typed',
    source: 'Re:Zero at 12:30, ::shrug:: and :::note inline :a[b]{c}',
    contains: ['<p>Re:Zero at 12:30, ::shrug:: and :::note inline :a[b]{c}</p>'],
  },
  {
    name: 'other container lines read as typed',
    source: ':::note\nSome text\n:::',
    contains: ['<p>:::note\nSome text\n:::</p>'],
    excludes: ['<details', '<div'],
  },
  { name: 'leaf-directive-like lines read as typed', source: '::youtube[x]{#id}', contains: ['<p>::youtube[x]{#id}</p>'] },
  { name: 'a stray closing fence reads as typed', source: 'text\n\n:::', contains: ['<p>:::</p>'] },
  {
    name: ':::spoilers is not a spoiler',
    source: ':::spoilers ahead',
    contains: ['<p>:::spoilers ahead</p>'],
    excludes: ['<details'],
  },

  // Mentions
  {
    name: 'a mention links to the profile',
    source: 'Thanks @alice!',
    contains: [`<p>Thanks <a href="/u/alice" ${rel}>@alice</a>!</p>`],
  },
  {
    name: 'a mention at the start, upper case',
    source: '@Bob_99 agreed',
    contains: [`<a href="/u/bob_99" ${rel}>@Bob_99</a> agreed`],
  },
  { name: 'two mentions in one line', source: '@ann-lee and @carol', contains: ['href="/u/ann-lee"', 'href="/u/carol"'] },
  {
    name: 'a mention in a spoiler is hidden with it',
    source: 'It was >!@keyser!<',
    contains: [
      `<span class="spoiler" tabindex="0"><span class="spoiler-cover">Spoiler</span><span class="spoiler-text"><a href="/u/keyser" ${rel}>@keyser</a></span></span>`,
    ],
  },
  {
    name: 'no mention in inline code',
    source: 'Type `@alice` to mention',
    contains: ['<code>@alice</code>'],
    excludes: ['/u/alice'],
  },
  {
    name: 'no mention in fenced code',
    source: '```\n@alice\n```',
    contains: ['<pre><code>@alice\n</code></pre>'],
    excludes: ['/u/alice'],
  },
  {
    name: 'no mention inside a link',
    source: '[ask @alice](https://example.com)',
    contains: [`<a href="https://example.com" ${rel}>ask @alice</a>`],
    excludes: ['/u/alice'],
  },
  {
    name: 'an email address is not a mention',
    source: 'Write to me@example.com',
    contains: ['mailto:me@example.com'],
    excludes: ['/u/example'],
  },
  {
    name: 'an address without a dot is not a mention',
    source: 'user@localhost',
    contains: ['<p>user@localhost</p>'],
    excludes: ['<a'],
  },
  { name: 'too short to be a handle', source: 'hi @al', contains: ['<p>hi @al</p>'], excludes: ['<a'] },
  { name: 'too long to be a handle', source: `@${'a'.repeat(31)}`, excludes: ['<a'] },

  // Text round-trips
  {
    name: 'curly quotes, dashes, emoji, Korean and Turkish',
    source: '“Oldboy” (올드보이) — İyi bir film, ışık ve gölge 🎬🍿 ‘five’…',
    contains: ['<p>“Oldboy” (올드보이) — İyi bir film, ışık ve gölge 🎬🍿 ‘five’…</p>'],
  },
  { name: 'entities stay text', source: '&lt;b&gt; &amp; &copy;', contains: ['<p>&lt;b> &amp; ©</p>'] },
  { name: 'emoji ZWJ sequences', source: '👩‍👩‍👧 family', contains: ['<p>👩‍👩‍👧 family</p>'] },
];

describe('Markdown', () => {
  it.each(cases)('$name', ({ source, contains = [], excludes = [] }) => {
    const html = render(source);
    for (const part of contains) expect(html).toContain(part);
    for (const part of excludes) expect(html).not.toContain(part);
    // `<details>` is flow content: inside a `<p>` the HTML parser would break the paragraph.
    expect(html).not.toMatch(/<p>(?:(?!<\/p>)[\s\S])*<(?:details|div|p)[\s>]/);
  });

  it('renders nothing for empty text', () => {
    expect(render('')).toBe('');
  });

  it('renders CRLF text like LF text', () => {
    const source = ':::spoiler Label\r\nhidden\r\n:::\r\n>!x!< y';
    expect(render(source)).toBe(render(source.replace(/\r\n/g, '\n')));
  });
});
