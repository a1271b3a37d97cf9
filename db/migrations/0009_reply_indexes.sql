DROP INDEX "comments_parent_id_idx";--> statement-breakpoint
CREATE INDEX "comments_replies_created_at_idx" ON "comments" USING btree ("parent_id","created_at","id");--> statement-breakpoint
CREATE INDEX "comments_replies_top_idx" ON "comments" USING btree ("parent_id","upvote_count" DESC NULLS FIRST,"created_at","id");