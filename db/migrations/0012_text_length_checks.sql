-- Bounds on the length of a review's text, as the database's own rule. The
-- three ADD CONSTRAINT statements are drizzle-kit's (db/schema/reviews.ts);
-- the two UPDATEs before them are hand-written.
--
-- Titles, comments, display names and bios had checks from 0001; a review's
-- body (and each saved version of it) had none, so only the form stood between
-- the table and any length. The bounds are lib/validation/limits.ts's maxima.
--
-- The forms measured a body after trimming it but stored it as typed, so a
-- body at the limit with whitespace around it is stored longer than the limit
-- and would fail the new check. Those rows (and only those) are trimmed first,
-- of the same whitespace JavaScript's trim() removes; the forms now store the
-- trimmed text they measure. A review and its latest version are trimmed
-- alike, so the review row still equals its latest revision.
UPDATE "reviews"
   SET "body" = regexp_replace("body", '^[[:space:]\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+|[[:space:]\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+$', '', 'g')
 WHERE char_length("body") > 50000;--> statement-breakpoint
UPDATE "review_revisions"
   SET "body" = regexp_replace("body", '^[[:space:]\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+|[[:space:]\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+$', '', 'g')
 WHERE char_length("body") > 50000;--> statement-breakpoint
ALTER TABLE "review_revisions" ADD CONSTRAINT "review_revisions_title_length" CHECK (char_length("review_revisions"."title") between 1 and 120);--> statement-breakpoint
ALTER TABLE "review_revisions" ADD CONSTRAINT "review_revisions_body_length" CHECK (char_length("review_revisions"."body") between 1 and 50000);--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_body_length" CHECK (char_length("reviews"."body") between 1 and 50000);