import type { Schema } from 'hast-util-sanitize';

/**
 * Exactly the elements and attributes the member Markdown pipeline produces,
 * and nothing else. Raw HTML never reaches the tree; this is the second
 * line, so a change to the pipeline that would emit something new fails
 * here (and in sanitize.test.tsx) instead of reaching the page.
 *
 * Deliberately narrower than hast-util-sanitize's `defaultSchema`: no `img`,
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
  ],
  attributes: {
    a: ['href', 'title', ['rel', 'ugc', 'nofollow', 'noopener']],
    ol: ['start', ['className', 'contains-task-list']],
    ul: [['className', 'contains-task-list']],
    li: [['className', 'task-list-item']],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    details: [['className', 'spoiler-block']],
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
    thead: ['table'],
    tbody: ['table'],
    tr: ['table'],
    th: ['table'],
    td: ['table'],
  },
  protocols: { href: ['http', 'https', 'mailto'] },
  clobber: [],
  clobberPrefix: '',
  strip: ['script', 'style'],
  allowComments: false,
  allowDoctypes: false,
};
