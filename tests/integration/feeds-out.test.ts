import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';

import { ATOM_CONTENT_TYPE, atomResponse, filmReviewsFeed, latestReviewsFeed, memberReviewsFeed } from '@/lib/atom/reviews';
import { SPOILER_EXCERPT } from '@/lib/reviews/queries';

import { createFilm, createReview, createUser, unique } from '../support/factories';

/** The site's origin for this request: every link in a feed is under it. */
const ORIGIN = new URL('https://films.example:8443');

interface Entry {
  id: string;
  title: string;
  summary: string;
  link: { '@_href': string };
  author: { name: string; uri: string };
}

/** Parses the feed, failing on anything that is not well-formed XML. */
function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const document = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' }).parse(
    xml,
  ) as {
    feed: { title: string; id: string; updated: string; entry?: Array<Omit<Entry, 'link'> & { link: Array<Entry['link']> }> };
  };
  // title and summary carry type="text", so the parser hands them over as { '#text' }.
  const text = (value: unknown) =>
    typeof value === 'object' && value !== null ? (value as { '#text': string })['#text'] : String(value);
  return {
    ...document.feed,
    entries: (document.feed.entry ?? []).map((entry) => ({
      ...entry,
      title: text(entry.title),
      summary: text(entry.summary),
      link: entry.link[0]!,
    })),
  };
}

describe('Atom feeds', async () => {
  const id = unique();
  const author = await createUser({ handle: `feeder-${id}`, displayName: `Fi & "Lo" <${id}>` });
  const film = await createFilm({ title: `Tom & Jerry's <Big> Night ${id}` });
  const plain = await createReview({
    filmId: film.id,
    authorId: author.id,
    title: `Loud </summary> & <script>alert(1)</script> ${id}`,
    body: `Fine fun\u0007 for all. >!The cat wins ${id}!< Done.`,
    rating: 9,
  });
  const spoiled = await createReview({
    filmId: (await createFilm()).id,
    authorId: author.id,
    title: `Flagged ${id}`,
    body: `Everything about the twist-ending-${id}.`,
    containsSpoilers: true,
  });

  it('escapes every user string and keeps spoilers out', async () => {
    const xml = (await memberReviewsFeed(ORIGIN, author.handle))!;
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('\u0007');
    const feed = parse(xml);
    expect(feed.title).toBe(`Fi & "Lo" <${id}> (@${author.handle}) — Verdict`);
    const byUrl = new Map(feed.entries.map((entry) => [entry.link['@_href'], entry]));
    const first = byUrl.get(new URL(`/reviews/${plain.id}`, ORIGIN).toString())!;
    expect(first.title).toBe(`${plain.title} — ${film.title} (2001), 4.5/5`);
    expect(first.summary).toBe('Fine fun for all. Done.');
    expect(first.author).toEqual({ name: author.displayName, uri: new URL(`/u/${author.handle}`, ORIGIN).toString() });
    const flagged = byUrl.get(new URL(`/reviews/${spoiled.id}`, ORIGIN).toString())!;
    expect(flagged.summary).toBe(SPOILER_EXCERPT);
    expect(xml).not.toContain(`The cat wins ${id}`);
    expect(xml).not.toContain(`twist-ending-${id}`);
  });

  it('lists the newest reviews site-wide, newest first, with absolute URLs', async () => {
    const feed = parse(await latestReviewsFeed(ORIGIN));
    expect(feed.entries.length).toBeGreaterThan(0);
    expect(feed.entries.length).toBeLessThanOrEqual(30);
    expect(feed.id).toBe(new URL('/feed.xml', ORIGIN).toString());
    for (const entry of feed.entries) expect(entry.link['@_href']).toMatch(/^https?:\/\/[^/]+\/reviews\/\d+$/);
  });

  it('has a feed per film, and none for films or members that do not exist', async () => {
    const feed = parse((await filmReviewsFeed(ORIGIN, film.slug))!);
    expect(feed.entries.map((entry) => entry.title)).toEqual([expect.stringContaining(plain.title)]);
    expect(await filmReviewsFeed(ORIGIN, `no-such-film-${id}`)).toBeNull();
    expect(await memberReviewsFeed(ORIGIN, `nobody-${id}`)).toBeNull();
    expect(await filmReviewsFeed(ORIGIN, 'bad\u0000slug')).toBeNull();
    expect(await memberReviewsFeed(ORIGIN, 'bad\u0000handle')).toBeNull();
    const gone = await createUser({ deletedAt: new Date() });
    expect(await memberReviewsFeed(ORIGIN, gone.handle)).toBeNull();
  });

  it('answers as Atom, or 404', async () => {
    const ok = atomResponse('<feed/>');
    expect(ok.headers.get('content-type')).toBe(ATOM_CONTENT_TYPE);
    expect(atomResponse(null).status).toBe(404);
  });
});
