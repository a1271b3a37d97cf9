CREATE TABLE "user_badges" (
	"user_id" uuid NOT NULL,
	"badge_key" text NOT NULL,
	"tier" integer NOT NULL,
	"awarded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_badges_user_id_badge_key_tier_pk" PRIMARY KEY("user_id","badge_key","tier")
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "upvotes_received" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "notify_replies" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "notify_mentions" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "notify_badges" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "notify_milestones" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "notify_follows" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "user_badges" ADD CONSTRAINT "user_badges_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "user_badges_badge_awarded_at_idx" ON "user_badges" USING btree ("badge_key","tier","awarded_at");--> statement-breakpoint
CREATE INDEX "user_badges_awarded_at_idx" ON "user_badges" USING btree ("awarded_at");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_upvotes_received_nonnegative" CHECK ("users"."upvotes_received" >= 0);--> statement-breakpoint
-- Hand-added: the new counter starts equal to the vote rows it counts.
UPDATE "users" u SET "upvotes_received" =
  (SELECT count(*) FROM "review_votes" v JOIN "reviews" r ON r."id" = v."review_id" WHERE r."author_id" = u."id")
  + (SELECT count(*) FROM "comment_votes" v JOIN "comments" c ON c."id" = v."comment_id" WHERE c."author_id" = u."id");
