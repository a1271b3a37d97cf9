import type { Schema } from 'hast-util-sanitize';

/**
 * Exactly the elements and attributes the member Markdown pipeline produces,
 * and nothing else. Raw HTML never reaches the tree; this is the second
 * line, so a change to the pipeline that would emit something new fails
 * here (and in sanitize.test.tsx) instead of reaching the page.
 *
 * Deliberately narrower than hast-util-sanitize's `defaultSchema`: `img` only in a `figure`,
 * no `h1` (member headings start at h2), no ids or names (several comments
 * render on one page), no footnotes, no `language-*` classes.
 */
export const memberContentSchema: Schema = {
  tagNames: [
    'p',
    'br',
    'hr',
    'blockquote',
    'pre',
    'code',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'em',
    'strong',
    'del',
    'a',
    'ul',
    'ol',
    'li',
    'input',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'details',
    'summary',
    'span',
    'figure',
    'figcaption',
    'img',
  ],
  attributes: {
    a: ['href', 'title', ['rel', 'ugc', 'nofollow', 'noopener'], ['className', 'picture-held']],
    ol: ['start', ['className', 'contains-task-list']],
    ul: [['className', 'contains-task-list']],
    li: [['className', 'task-list-item']],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    details: [['className', 'spoiler-block']],
    figure: [['className', 'picture']],
    img: ['src', 'alt', ['loading', 'lazy'], ['decoding', 'async']],
    span: [
      ['className', 'spoiler', 'spoiler-cover', 'spoiler-text'],
      ['tabIndex', 0],
    ],
  },
  required: { input: { type: 'checkbox', disabled: true } },
  ancestors: {
    li: ['ol', 'ul'],
    input: ['li'],
    summary: ['details'],
    // A picture is only ever the figure the pipeline builds for an uploaded file.
    img: ['figure'],
    figcaption: ['figure'],
    thead: ['table'],
    tbody: ['table'],
    tr: ['table'],
    th: ['table'],
    td: ['table'],
  },
  // No scheme at all for src: only the site's own /media/ paths (lib/markdown/pictures.ts).
  protocols: { href: ['http', 'https', 'mailto'], src: [] },
  clobber: [],
  clobberPrefix: '',
  strip: ['script', 'style'],
  allowComments: false,
  allowDoctypes: false,
};
