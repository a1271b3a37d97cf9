CREATE TABLE "media_images" (
	"hash" text PRIMARY KEY NOT NULL,
	"uploader_id" uuid,
	"purpose" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"stored_bytes" integer NOT NULL,
	"hidden_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "media_images_hash_shape" CHECK ("media_images"."hash" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "media_images_purpose_known" CHECK ("media_images"."purpose" in ('review', 'poster'))
);
--> statement-breakpoint
CREATE TABLE "media_renditions" (
	"image_hash" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"content_type" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	CONSTRAINT "media_renditions_image_hash_width_pk" PRIMARY KEY("image_hash","width")
);
--> statement-breakpoint
ALTER TABLE "media_images" ADD CONSTRAINT "media_images_uploader_id_users_id_fk" FOREIGN KEY ("uploader_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_renditions" ADD CONSTRAINT "media_renditions_image_hash_media_images_hash_fk" FOREIGN KEY ("image_hash") REFERENCES "public"."media_images"("hash") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "media_images_uploader_created_idx" ON "media_images" USING btree ("uploader_id","created_at");