DROP INDEX "reviews_author_id_created_at_idx";--> statement-breakpoint
DROP INDEX "reviews_film_id_created_at_idx";--> statement-breakpoint
DROP INDEX "reviews_created_at_idx";--> statement-breakpoint
DROP INDEX "reviews_hot_idx";--> statement-breakpoint
DROP INDEX "reviews_top_idx";--> statement-breakpoint
DROP INDEX "comments_roots_top_idx";--> statement-breakpoint
DROP INDEX "comments_author_id_created_at_idx";--> statement-breakpoint
DROP INDEX "notifications_recipient_created_at_idx";--> statement-breakpoint
CREATE INDEX "reviews_author_id_created_at_idx" ON "reviews" USING btree ("author_id","created_at","id");--> statement-breakpoint
CREATE INDEX "reviews_film_id_created_at_idx" ON "reviews" USING btree ("film_id","created_at","id");--> statement-breakpoint
CREATE INDEX "reviews_created_at_idx" ON "reviews" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "reviews_hot_idx" ON "reviews" USING btree ("hot_score","id") WHERE "reviews"."status" = 'published';--> statement-breakpoint
CREATE INDEX "reviews_top_idx" ON "reviews" USING btree ("upvote_count","id") WHERE "reviews"."status" = 'published';--> statement-breakpoint
CREATE INDEX "comments_roots_top_idx" ON "comments" USING btree ("review_id","upvote_count","id") WHERE "comments"."depth" = 0;--> statement-breakpoint
CREATE INDEX "comments_author_id_created_at_idx" ON "comments" USING btree ("author_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_recipient_created_at_idx" ON "notifications" USING btree ("recipient_id","created_at","id");