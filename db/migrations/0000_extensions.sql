-- Custom migration: the PostgreSQL extensions Verdict relies on.
-- ltree: materialised comment paths; pg_trgm + unaccent: typo- and
-- accent-tolerant film search; citext: case-insensitive text where needed.
-- All four ship with PostgreSQL's contrib and with embedded-postgres.
CREATE EXTENSION IF NOT EXISTS ltree;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS citext;
