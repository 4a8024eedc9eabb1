CREATE TYPE "public"."plan_action_status" AS ENUM('planned', 'in_progress', 'done', 'dropped');--> statement-breakpoint
CREATE TABLE "plan_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"firm_id" uuid NOT NULL,
	"dimension_id" text NOT NULL,
	"title" text NOT NULL,
	"notes" text,
	"owner_user_id" uuid,
	"starts_on" date,
	"due_on" date,
	"estimated_cost" integer,
	"currency" text,
	"instrument_id" text,
	"suggested_from" text,
	"status" "plan_action_status" DEFAULT 'planned' NOT NULL,
	"completed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "plan_actions_dates_in_order" CHECK ("plan_actions"."starts_on" is null or "plan_actions"."due_on" is null or "plan_actions"."starts_on" <= "plan_actions"."due_on"),
	CONSTRAINT "plan_actions_cost_not_negative" CHECK ("plan_actions"."estimated_cost" is null or "plan_actions"."estimated_cost" >= 0),
	CONSTRAINT "plan_actions_cost_has_currency" CHECK ("plan_actions"."estimated_cost" is null or "plan_actions"."currency" is not null),
	CONSTRAINT "plan_actions_title_not_blank" CHECK (length(btrim("plan_actions"."title")) > 0)
);
--> statement-breakpoint
CREATE TABLE "plan_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"firm_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"dimension_id" text,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_instrument_id_catalogue_items_id_fk" FOREIGN KEY ("instrument_id") REFERENCES "public"."catalogue_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_suggested_from_catalogue_items_id_fk" FOREIGN KEY ("suggested_from") REFERENCES "public"."catalogue_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_comments" ADD CONSTRAINT "plan_comments_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_comments" ADD CONSTRAINT "plan_comments_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_comments" ADD CONSTRAINT "plan_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_actions_firm_dimension_idx" ON "plan_actions" USING btree ("firm_id","dimension_id");--> statement-breakpoint
CREATE INDEX "plan_actions_instrument_idx" ON "plan_actions" USING btree ("instrument_id");--> statement-breakpoint
CREATE INDEX "plan_comments_firm_idx" ON "plan_comments" USING btree ("firm_id","created_at");