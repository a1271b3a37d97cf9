CREATE TYPE "public"."mail_cadence" AS ENUM('off', 'immediate', 'daily');--> statement-breakpoint
CREATE TYPE "public"."mail_topic" AS ENUM('replies', 'mentions', 'badges', 'followed-reviews');--> statement-breakpoint
CREATE TABLE "job_runs" (
	"job" text NOT NULL,
	"ran_on" date NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"summary" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "job_runs_job_ran_on_pk" PRIMARY KEY("job","ran_on")
);
--> statement-breakpoint
CREATE TABLE "mail_notices" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "mail_notices_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"recipient_id" uuid NOT NULL,
	"topic" "mail_topic" NOT NULL,
	"cadence" "mail_cadence" NOT NULL,
	"actor_id" uuid,
	"review_id" integer,
	"comment_id" integer,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"mailed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "mail_preferences" (
	"member_id" uuid PRIMARY KEY NOT NULL,
	"replies" "mail_cadence" DEFAULT 'off' NOT NULL,
	"mentions" "mail_cadence" DEFAULT 'off' NOT NULL,
	"badges" "mail_cadence" DEFAULT 'off' NOT NULL,
	"followed_reviews" "mail_cadence" DEFAULT 'off' NOT NULL,
	"last_digest_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mail_notices" ADD CONSTRAINT "mail_notices_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_notices" ADD CONSTRAINT "mail_notices_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_notices" ADD CONSTRAINT "mail_notices_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_notices" ADD CONSTRAINT "mail_notices_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_preferences" ADD CONSTRAINT "mail_preferences_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mail_notices_immediate_idx" ON "mail_notices" USING btree ("id") WHERE "mail_notices"."mailed_at" is null and "mail_notices"."cadence" = 'immediate';--> statement-breakpoint
CREATE INDEX "mail_notices_daily_idx" ON "mail_notices" USING btree ("recipient_id","id") WHERE "mail_notices"."mailed_at" is null and "mail_notices"."cadence" = 'daily';--> statement-breakpoint
CREATE INDEX "mail_notices_mailed_at_idx" ON "mail_notices" USING btree ("mailed_at");--> statement-breakpoint
CREATE INDEX "mail_notices_actor_id_idx" ON "mail_notices" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "mail_notices_review_id_idx" ON "mail_notices" USING btree ("review_id");--> statement-breakpoint
CREATE INDEX "mail_notices_comment_id_idx" ON "mail_notices" USING btree ("comment_id");