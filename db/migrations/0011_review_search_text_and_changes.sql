-- Search text and stored revision changes. The first four statements are
-- drizzle-kit's (db/schema/reviews.ts); the rest is hand-written SQL.
--
-- Review search used to cut spoilers out of the Markdown with regular
-- expressions (review_search_document, migration 0007), which missed
-- spellings the renderer accepts (`::: spoiler`, outer text after a nested
-- block, ...). It now indexes `search_text`, which lib/markdown/search-text.ts
-- derives from the very tree the page renders and saveReview writes with the
-- body. Rows older than the column have it null and are found by their title
-- only until the backfill (lib/reviews/derived-text.ts, run by `npm run
-- db:migrate` and on start) fills it: no spoiler is ever searchable meanwhile.
--
-- `review_revisions.changes` holds each version's diff, computed once at save,
-- so the public history never diffs on a reader's request.
ALTER TABLE "review_revisions" ADD COLUMN "changes" jsonb;--> statement-breakpoint
ALTER TABLE "reviews" ADD COLUMN "search_text" text;--> statement-breakpoint
CREATE INDEX "review_revisions_changes_missing_idx" ON "review_revisions" USING btree ("id") WHERE "review_revisions"."changes" is null and "review_revisions"."version" > 1;--> statement-breakpoint
CREATE INDEX "reviews_search_text_missing_idx" ON "reviews" USING btree ("id") WHERE "reviews"."search_text" is null;--> statement-breakpoint
-- Queries must call exactly this expression (lib/search/queries.ts) or the
-- planner cannot use the index. verdict_unaccent is STRICT, hence coalesce.
CREATE FUNCTION review_search_vector(title text, search_text text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN setweight(to_tsvector('english', verdict_unaccent(title)), 'A')
    || setweight(to_tsvector('english', verdict_unaccent(coalesce(search_text, ''))), 'B');
--> statement-breakpoint
DROP INDEX reviews_search_idx;
--> statement-breakpoint
CREATE INDEX reviews_search_idx ON reviews USING gin (review_search_vector(title, search_text)) WHERE status = 'published';
--> statement-breakpoint
DROP FUNCTION review_search_document(text, text);
