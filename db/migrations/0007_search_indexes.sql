-- Custom migration: what search reads, indexed.
-- unaccent() is only STABLE (it looks its dictionary up by name), so it cannot
-- sit in an index; verdict_unaccent names the dictionary and is IMMUTABLE.
-- Queries must call the same *_search_text / review_search_document
-- functions as these indexes, or the planner will not use them.
CREATE FUNCTION verdict_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN public.unaccent('public.unaccent'::regdictionary, $1);
--> statement-breakpoint
-- Films by title and original title, typo- and accent-tolerant (pg_trgm):
-- "kogustaki mucize" finds "7. Koğuştaki Mucize".
CREATE FUNCTION film_search_text(title text, original_title text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN verdict_unaccent(lower(title || ' ' || coalesce(original_title, '')));
--> statement-breakpoint
CREATE INDEX films_search_trgm_idx ON films USING gin (film_search_text(title, original_title) gin_trgm_ops);
--> statement-breakpoint
-- Members by handle and display name.
CREATE FUNCTION member_search_text(handle text, display_name text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN verdict_unaccent(lower(handle || ' ' || display_name));
--> statement-breakpoint
CREATE INDEX users_search_trgm_idx ON users USING gin (member_search_text(handle, display_name) gin_trgm_ops);
--> statement-breakpoint
-- Reviews by full-text search over title (weight A) and body (weight B),
-- with spoilers (`>!inline!<` and `:::spoiler` … `:::` blocks) cut out first:
-- a search must never reveal what a spoiler hides. An unclosed block hides
-- the rest of the body, as the renderer does.
CREATE FUNCTION review_search_document(title text, body text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN setweight(to_tsvector('english', verdict_unaccent(title)), 'A')
    || setweight(to_tsvector('english', verdict_unaccent(
         regexp_replace(
           regexp_replace(
             regexp_replace(E'\n' || body, '\n:::spoiler.*?\n:::(?=[ \t]*(\n|$))', ' ', 'g'),
             '\n:::spoiler.*$', ' '),
           '>!.*?!<', ' ', 'g'))), 'B');
--> statement-breakpoint
CREATE INDEX reviews_search_idx ON reviews USING gin (review_search_document(title, body)) WHERE status = 'published';
