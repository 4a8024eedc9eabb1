CREATE TYPE "public"."catalogue_item_kind" AS ENUM('case-study', 'policy-instrument', 'instrument-type');--> statement-breakpoint
CREATE TYPE "public"."catalogue_item_status" AS ENUM('active', 'retired');--> statement-breakpoint
CREATE TABLE "catalogue_items" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" "catalogue_item_kind" NOT NULL,
	"country" text NOT NULL,
	"status" "catalogue_item_status" NOT NULL,
	"item" jsonb NOT NULL,
	"programme_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "catalogue_items_item_matches_columns" CHECK ("catalogue_items"."item"->>'id' = "catalogue_items"."id" and "catalogue_items"."item"->>'kind' = "catalogue_items"."kind"::text and "catalogue_items"."item"->>'country' = "catalogue_items"."country" and "catalogue_items"."item"->>'status' = "catalogue_items"."status"::text)
);
--> statement-breakpoint
ALTER TABLE "catalogue_items" ADD CONSTRAINT "catalogue_items_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_items" ADD CONSTRAINT "catalogue_items_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_items" ADD CONSTRAINT "catalogue_items_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "catalogue_items_kind_country_status_idx" ON "catalogue_items" USING btree ("kind","country","status");