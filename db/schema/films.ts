import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  smallint,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

import { createdAt } from './columns';

/**
 * Films. A remake family hangs off its original: every version points at the
 * original through `versionOfId`, and the original's own is null, so one
 * indexed lookup finds the whole family.
 */
export const films = pgTable(
  'films',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    slug: text().notNull(),
    title: text().notNull(),
    originalTitle: text(),
    year: smallint().notNull(),
    /** ISO 3166-1 alpha-2, e.g. KR; shown through Intl.DisplayNames. */
    country: text().notNull(),
    /** ISO 639-1, e.g. ko. */
    language: text().notNull(),
    runtimeMinutes: smallint(),
    synopsis: text().notNull().default(''),
    basedOnTrueEvents: boolean().notNull().default(false),
    versionOfId: integer().references((): AnyPgColumn => films.id, { onDelete: 'set null' }),
    /** A path under /public, e.g. /posters/miracle-in-cell-no-7.svg. */
    posterPath: text(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('films_slug_key').on(t.slug),
    index('films_version_of_id_idx').on(t.versionOfId),
    index('films_title_idx').on(t.title),
    index('films_year_idx').on(t.year),
    check('films_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check('films_country_format', sql`${t.country} ~ '^[A-Z]{2}$'`),
    check('films_year_range', sql`${t.year} between 1870 and 2100`),
    check('films_runtime_positive', sql`${t.runtimeMinutes} > 0`),
    check('films_not_own_version', sql`${t.versionOfId} <> ${t.id}`),
  ],
);

export const people = pgTable(
  'people',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    slug: text().notNull(),
    name: text().notNull(),
    /** The name in its own script when it differs, e.g. 이환경. */
    originalName: text(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('people_slug_key').on(t.slug), index('people_name_idx').on(t.name)],
);

export const creditJob = pgEnum('credit_job', ['director', 'writer', 'composer', 'cast']);

export const credits = pgTable(
  'credits',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    filmId: integer()
      .notNull()
      .references(() => films.id, { onDelete: 'cascade' }),
    personId: integer()
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    job: creditJob().notNull(),
    /** The part played, for cast. */
    character: text(),
    /** Order on the poster: 1 is top billing. */
    billing: smallint().notNull().default(100),
  },
  (t) => [
    uniqueIndex('credits_film_person_job_key').on(t.filmId, t.personId, t.job),
    index('credits_film_id_billing_idx').on(t.filmId, t.billing),
    index('credits_person_id_idx').on(t.personId),
  ],
);

export const watchProviders = pgTable(
  'watch_providers',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    filmId: integer()
      .notNull()
      .references(() => films.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    url: text().notNull(),
    /** ISO 3166-1 alpha-2 region the offer is for. */
    region: text().notNull(),
  },
  (t) => [
    uniqueIndex('watch_providers_film_name_region_key').on(t.filmId, t.name, t.region),
    check('watch_providers_url_https', sql`${t.url} ~ '^https://'`),
  ],
);

export type Film = typeof films.$inferSelect;
export type NewFilm = typeof films.$inferInsert;
export type Person = typeof people.$inferSelect;
export type Credit = typeof credits.$inferSelect;
export type WatchProvider = typeof watchProviders.$inferSelect;
