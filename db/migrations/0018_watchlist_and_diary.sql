CREATE TABLE "diary_entries" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "diary_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" uuid NOT NULL,
	"film_id" integer NOT NULL,
	"watched_on" date NOT NULL,
	"rewatch" boolean DEFAULT false NOT NULL,
	"rating" smallint,
	"review_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "diary_entries_rating_range" CHECK ("diary_entries"."rating" between 1 and 10)
);
--> statement-breakpoint
CREATE TABLE "letterboxd_films" (
	"uri" text PRIMARY KEY NOT NULL,
	"film_id" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "watchlist_entries" (
	"user_id" uuid NOT NULL,
	"film_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "watchlist_entries_user_id_film_id_pk" PRIMARY KEY("user_id","film_id")
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "watchlist_private" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "open_spoilers_when_watched" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "diary_entries" ADD CONSTRAINT "diary_entries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diary_entries" ADD CONSTRAINT "diary_entries_film_id_films_id_fk" FOREIGN KEY ("film_id") REFERENCES "public"."films"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diary_entries" ADD CONSTRAINT "diary_entries_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letterboxd_films" ADD CONSTRAINT "letterboxd_films_film_id_films_id_fk" FOREIGN KEY ("film_id") REFERENCES "public"."films"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watchlist_entries" ADD CONSTRAINT "watchlist_entries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watchlist_entries" ADD CONSTRAINT "watchlist_entries_film_id_films_id_fk" FOREIGN KEY ("film_id") REFERENCES "public"."films"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "diary_entries_user_watched_idx" ON "diary_entries" USING btree ("user_id","watched_on","id");--> statement-breakpoint
CREATE INDEX "diary_entries_user_film_idx" ON "diary_entries" USING btree ("user_id","film_id");--> statement-breakpoint
CREATE INDEX "diary_entries_film_id_idx" ON "diary_entries" USING btree ("film_id");--> statement-breakpoint
CREATE INDEX "diary_entries_review_id_idx" ON "diary_entries" USING btree ("review_id");--> statement-breakpoint
CREATE INDEX "watchlist_entries_film_id_idx" ON "watchlist_entries" USING btree ("film_id");--> statement-breakpoint
CREATE INDEX "watchlist_entries_user_created_idx" ON "watchlist_entries" USING btree ("user_id","created_at");