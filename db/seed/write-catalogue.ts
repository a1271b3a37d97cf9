import { sql } from 'drizzle-orm';

import type { Transaction } from '../index';
import { credits as creditRows, films as filmRows, people as personRows, watchProviders } from '../schema';
import { credits } from './credits';
import { films } from './films';
import { required } from './lookup';
import { people } from './people';
import { providers } from './providers';

export const posterPath = (slug: string) => `/posters/${slug}.svg`;

/**
 * Films, people, credits and watch providers. This is reference data, so a
 * re-run upserts it by natural key: a corrected fact in the seed files lands
 * on the next run, and nothing is duplicated.
 * Returns film ids by slug.
 */
export async function writeCatalogue(tx: Transaction): Promise<Map<string, number>> {
  const filmIds = new Map<string, number>();
  // One at a time, in order: a version needs its original's id.
  for (const film of films) {
    const values = {
      slug: film.slug,
      title: film.title,
      originalTitle: film.originalTitle ?? null,
      year: film.year,
      country: film.country,
      language: film.language,
      runtimeMinutes: film.runtimeMinutes ?? null,
      synopsis: film.synopsis,
      basedOnTrueEvents: film.basedOnTrueEvents ?? false,
      versionOfId: film.versionOf ? required(filmIds, film.versionOf, 'original film') : null,
      posterPath: posterPath(film.slug),
    };
    const [row] = await tx
      .insert(filmRows)
      .values(values)
      .onConflictDoUpdate({ target: filmRows.slug, set: values })
      .returning({ id: filmRows.id });
    if (!row) throw new Error(`Upserting film ${film.slug} returned no row`);
    filmIds.set(film.slug, row.id);
  }

  const personIds = new Map<string, number>();
  const upsertedPeople = await tx
    .insert(personRows)
    .values(people.map(({ slug, name, originalName }) => ({ slug, name, originalName: originalName ?? null })))
    .onConflictDoUpdate({
      target: personRows.slug,
      set: { name: sql`excluded.name`, originalName: sql`excluded.original_name` },
    })
    .returning({ id: personRows.id, slug: personRows.slug });
  for (const { id, slug } of upsertedPeople) personIds.set(slug, id);

  const creditValues = Object.entries(credits).flatMap(([filmSlug, filmCredits]) => {
    const filmId = required(filmIds, filmSlug, 'film');
    let billing = 0;
    return filmCredits.map((credit) => ({
      filmId,
      personId: required(personIds, credit.person, 'person'),
      job: credit.job,
      character: credit.character ?? null,
      // Cast is billed in the order listed; crew keep the schema's default.
      ...(credit.job === 'cast' ? { billing: ++billing } : {}),
    }));
  });
  await tx
    .insert(creditRows)
    .values(creditValues)
    .onConflictDoUpdate({
      target: [creditRows.filmId, creditRows.personId, creditRows.job],
      set: { character: sql`excluded.character`, billing: sql`excluded.billing` },
    });

  const providerValues = Object.entries(providers).flatMap(([filmSlug, offers]) =>
    offers.map((offer) => ({ filmId: required(filmIds, filmSlug, 'film'), ...offer })),
  );
  await tx
    .insert(watchProviders)
    .values(providerValues)
    .onConflictDoUpdate({
      target: [watchProviders.filmId, watchProviders.name, watchProviders.region],
      set: { url: sql`excluded.url` },
    });

  return filmIds;
}
