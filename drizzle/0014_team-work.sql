CREATE TABLE "answer_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"revision_id" uuid NOT NULL,
	"field" text NOT NULL,
	"value" jsonb,
	"changed_by" uuid NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "independent_ratings" (
	"round_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"indicator_id" text NOT NULL,
	"level" integer NOT NULL,
	"rated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "independent_ratings_round_id_user_id_indicator_id_pk" PRIMARY KEY("round_id","user_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "rating_agreements" (
	"round_id" uuid NOT NULL,
	"indicator_id" text NOT NULL,
	"agreed_level" integer NOT NULL,
	"note" text,
	"agreed_by" uuid NOT NULL,
	"agreed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rating_agreements_round_id_indicator_id_pk" PRIMARY KEY("round_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "rating_round_raters" (
	"round_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "rating_round_raters_round_id_user_id_pk" PRIMARY KEY("round_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "rating_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"revision_id" uuid NOT NULL,
	"dimension_id" text NOT NULL,
	"opened_by" uuid NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "section_assignments" (
	"assessment_id" uuid NOT NULL,
	"page_id" text NOT NULL,
	"user_id" uuid NOT NULL,
	"assigned_by" uuid NOT NULL,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "section_assignments_assessment_id_page_id_user_id_pk" PRIMARY KEY("assessment_id","page_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "assessment_revisions" ADD COLUMN "firm_profile" jsonb;--> statement-breakpoint
ALTER TABLE "answer_changes" ADD CONSTRAINT "answer_changes_revision_id_assessment_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."assessment_revisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer_changes" ADD CONSTRAINT "answer_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "independent_ratings" ADD CONSTRAINT "independent_ratings_round_id_rating_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rating_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "independent_ratings" ADD CONSTRAINT "independent_ratings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_agreements" ADD CONSTRAINT "rating_agreements_round_id_rating_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rating_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_agreements" ADD CONSTRAINT "rating_agreements_agreed_by_users_id_fk" FOREIGN KEY ("agreed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_round_raters" ADD CONSTRAINT "rating_round_raters_round_id_rating_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rating_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_round_raters" ADD CONSTRAINT "rating_round_raters_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_rounds" ADD CONSTRAINT "rating_rounds_revision_id_assessment_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."assessment_revisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_rounds" ADD CONSTRAINT "rating_rounds_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "section_assignments" ADD CONSTRAINT "section_assignments_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "section_assignments" ADD CONSTRAINT "section_assignments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "section_assignments" ADD CONSTRAINT "section_assignments_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "answer_changes_revision_field_idx" ON "answer_changes" USING btree ("revision_id","field","changed_at");--> statement-breakpoint
CREATE INDEX "rating_round_raters_user_idx" ON "rating_round_raters" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rating_rounds_revision_dimension_key" ON "rating_rounds" USING btree ("revision_id","dimension_id");--> statement-breakpoint
CREATE INDEX "section_assignments_user_idx" ON "section_assignments" USING btree ("user_id");--> statement-breakpoint
-- Answer history is the record of who answered what: rows are never changed or deleted, and a
-- submitted revision gains none (its answers are frozen, so is their authorship).
CREATE OR REPLACE FUNCTION refuse_answer_change_rewrite() RETURNS trigger AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    RAISE EXCEPTION 'answer_changes is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF EXISTS (SELECT 1 FROM assessment_revisions WHERE id = NEW.revision_id AND submitted_at IS NOT NULL) THEN
    RAISE EXCEPTION 'assessment revision % is submitted and cannot change', NEW.revision_id USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER answer_changes_append_only
  BEFORE INSERT OR UPDATE OR DELETE ON answer_changes
  FOR EACH ROW EXECUTE FUNCTION refuse_answer_change_rewrite();
