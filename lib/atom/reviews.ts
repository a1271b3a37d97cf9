import 'server-only';

import { findFilmBySlug } from '@/lib/films/queries';
import { listNewestReviews } from '@/lib/reviews/queries';
import type { ReviewCardData } from '@/lib/reviews/types';
import { SITE_NAME } from '@/lib/site';
import { getMemberProfile } from '@/lib/members/queries';

import { type AtomEntry, renderAtom } from './document';

/**
 * Atom feeds of reviews: the newest across Verdict, one film's, one
 * member's. An entry carries the card's excerpt and nothing more — spoilers
 * removed, and for a spoiler-flagged review only the notice that it has
 * them — so a feed reader can never show what the site hides. Links are
 * absolute under `origin`, the site's public origin for this request.
 */
export const FEED_ENTRIES = 30;
export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

const absolute = (origin: URL, path: string) => new URL(path, origin).toString();

function starsText(rating: number): string {
  const stars = rating / 2;
  return `${Number.isInteger(stars) ? stars : stars.toFixed(1)}/5`;
}

function toEntry(origin: URL, review: ReviewCardData): AtomEntry {
  const url = absolute(origin, `/reviews/${review.id}`);
  return {
    id: url,
    title: `${review.title} — ${review.film.title} (${review.film.year}), ${starsText(review.rating)}`,
    url,
    published: review.createdAt,
    updated: review.editedAt ?? review.createdAt,
    author: { name: review.author.displayName, uri: absolute(origin, `/u/${review.author.handle}`) },
    summary: review.excerpt,
  };
}

function feed(origin: URL, path: string, pagePath: string, title: string, subtitle: string, reviews: ReviewCardData[]): string {
  return renderAtom({
    id: absolute(origin, path),
    title,
    subtitle,
    selfUrl: absolute(origin, path),
    pageUrl: absolute(origin, pagePath),
    fallbackUpdated: new Date(0),
    generator: SITE_NAME,
    entries: reviews.map((review) => toEntry(origin, review)),
  });
}

export async function latestReviewsFeed(origin: URL): Promise<string> {
  const { reviews } = await listNewestReviews({}, { limit: FEED_ENTRIES });
  return feed(origin, '/feed.xml', '/?sort=new', `${SITE_NAME} — newest reviews`, 'The newest film reviews on Verdict.', reviews);
}

/** Null when there is no such film. */
export async function filmReviewsFeed(origin: URL, slug: string): Promise<string | null> {
  if (!/^[a-z0-9-]{1,200}$/.test(slug)) return null;
  const film = await findFilmBySlug(slug);
  if (!film) return null;
  const { reviews } = await listNewestReviews({ filmId: film.id }, { limit: FEED_ENTRIES });
  const name = `${film.title} (${film.year})`;
  return feed(
    origin,
    `/films/${film.slug}/feed.xml`,
    `/films/${film.slug}`,
    `Reviews of ${name} — ${SITE_NAME}`,
    `The newest reviews of ${name} on Verdict.`,
    reviews,
  );
}

/** Null when there is no such member, or they have left. */
export async function memberReviewsFeed(origin: URL, handle: string): Promise<string | null> {
  if (!/^[a-z0-9_-]{3,30}$/i.test(handle)) return null;
  const member = await getMemberProfile(handle);
  if (!member) return null;
  const { reviews } = await listNewestReviews({ authorId: member.id }, { limit: FEED_ENTRIES });
  return feed(
    origin,
    `/u/${member.handle}/feed.xml`,
    `/u/${member.handle}`,
    `${member.displayName} (@${member.handle}) — ${SITE_NAME}`,
    `Film reviews by ${member.displayName} on Verdict.`,
    reviews,
  );
}

export function atomResponse(xml: string | null): Response {
  if (xml === null) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(xml, { headers: { 'content-type': ATOM_CONTENT_TYPE, 'cache-control': 'public, max-age=300' } });
}
