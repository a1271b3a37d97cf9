import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';

import { renderAtom, xmlText } from './document';

describe('xmlText', () => {
  it.each([
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    ['<b>"hi"</b>', '&lt;b&gt;&quot;hi&quot;&lt;/b&gt;'],
    ["it's", 'it&apos;s'],
    ['bell\u0007 and \u0000null\uFFFE', 'bell and null'],
    ['tab\tnewline\n🎬 Koğuş', 'tab\tnewline\n🎬 Koğuş'],
    ['lone \uD800 surrogate', 'lone  surrogate'],
  ])('%j', (input, expected) => {
    expect(xmlText(input)).toBe(expected);
  });
});

describe('renderAtom', () => {
  it('writes a well-formed feed whose text reads back exactly', () => {
    const title = 'A <review> & "more" ]]> </entry>';
    const xml = renderAtom({
      id: 'https://verdict.example/feed.xml',
      title: 'Feed & co',
      selfUrl: 'https://verdict.example/feed.xml?a=1&b=2',
      pageUrl: 'https://verdict.example/',
      fallbackUpdated: new Date('2020-01-01T00:00:00Z'),
      entries: [
        {
          id: 'https://verdict.example/reviews/1',
          title,
          url: 'https://verdict.example/reviews/1',
          published: new Date('2025-01-01T00:00:00Z'),
          updated: new Date('2025-02-01T00:00:00Z'),
          author: { name: 'Zoë <Z>', uri: 'https://verdict.example/u/zoe' },
          summary: 'Plain text only.',
        },
      ],
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed.updated).toBe('2025-02-01T00:00:00.000Z');
    expect(feed.entry.title['#text']).toBe(title);
    expect(feed.entry.author.name).toBe('Zoë <Z>');
    expect(feed.link[0]['@_href']).toBe('https://verdict.example/feed.xml?a=1&b=2');
  });

  it('uses the fallback date for an empty feed', () => {
    const xml = renderAtom({ id: 'x:y', title: 't', selfUrl: 'u', pageUrl: 'p', fallbackUpdated: new Date(0), entries: [] });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<updated>1970-01-01T00:00:00.000Z</updated>');
  });
});
