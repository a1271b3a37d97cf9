/**
 * Atom 1.0 (RFC 4287) from plain values. Pure: every string that reaches
 * the document goes through `xmlText`, so a review titled `<b>&</b>` is text
 * in the feed, never markup, and characters XML 1.0 forbids are dropped
 * rather than making the whole feed unreadable.
 */
export interface AtomPerson {
  name: string;
  uri?: string;
}

export interface AtomEntry {
  /** A permanent, absolute IRI; the entry's own URL is fine. */
  id: string;
  title: string;
  url: string;
  published: Date;
  updated: Date;
  author: AtomPerson;
  /** Plain text; escaped here. */
  summary: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** The feed's own absolute URL (rel="self"). */
  selfUrl: string;
  /** The page the feed follows (rel="alternate"). */
  pageUrl: string;
  /** When the feed has no entries; otherwise the newest entry's update. */
  fallbackUpdated: Date;
  generator?: string;
  entries: AtomEntry[];
}

// Everything outside XML 1.0's Char production: C0 controls but tab/newline/return, lone surrogates, U+FFFE/U+FFFF.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlText(value: string): string {
  return value
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const element = (name: string, value: string) => `<${name}>${xmlText(value)}</${name}>`;
const link = (href: string, rel?: string, type?: string) =>
  `<link${rel ? ` rel="${xmlText(rel)}"` : ''}${type ? ` type="${xmlText(type)}"` : ''} href="${xmlText(href)}"/>`;

function person(tag: 'author', value: AtomPerson): string {
  return `<${tag}>${element('name', value.name)}${value.uri ? element('uri', value.uri) : ''}</${tag}>`;
}

export function renderAtom(feed: AtomFeed): string {
  const newest = feed.entries.reduce<Date | null>(
    (latest, entry) => (!latest || entry.updated > latest ? entry.updated : latest),
    null,
  );
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  ${element('id', feed.id)}`,
    `  ${element('title', feed.title)}`,
    feed.subtitle ? `  ${element('subtitle', feed.subtitle)}` : null,
    `  ${link(feed.selfUrl, 'self', 'application/atom+xml')}`,
    `  ${link(feed.pageUrl, 'alternate', 'text/html')}`,
    `  ${element('updated', (newest ?? feed.fallbackUpdated).toISOString())}`,
    feed.generator ? `  ${element('generator', feed.generator)}` : null,
    ...feed.entries.map((entry) =>
      [
        '  <entry>',
        `    ${element('id', entry.id)}`,
        `    <title type="text">${xmlText(entry.title)}</title>`,
        `    ${link(entry.url, 'alternate', 'text/html')}`,
        `    ${element('published', entry.published.toISOString())}`,
        `    ${element('updated', entry.updated.toISOString())}`,
        `    ${person('author', entry.author)}`,
        `    <summary type="text">${xmlText(entry.summary)}</summary>`,
        '  </entry>',
      ].join('\n'),
    ),
    '</feed>',
  ];
  return `${lines.filter((line) => line !== null).join('\n')}\n`;
}
