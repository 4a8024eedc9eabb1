CREATE TYPE "public"."outgoing_email_status" AS ENUM('pending', 'sent', 'held', 'failed');--> statement-breakpoint
CREATE TYPE "public"."review_decision_kind" AS ENUM('approved', 'returned');--> statement-breakpoint
CREATE TABLE "indicator_validations" (
	"revision_id" uuid NOT NULL,
	"indicator_id" text NOT NULL,
	"assessment_id" uuid NOT NULL,
	"validated_level" integer NOT NULL,
	"justification" text NOT NULL,
	"validated_by" uuid NOT NULL,
	"validated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_validations_revision_id_indicator_id_pk" PRIMARY KEY("revision_id","indicator_id"),
	CONSTRAINT "indicator_validations_level_range" CHECK ("indicator_validations"."validated_level" between 0 and 5),
	CONSTRAINT "indicator_validations_justification_present" CHECK (length(btrim("indicator_validations"."justification")) > 0)
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"assessment_id" uuid,
	"programme_id" uuid,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "outgoing_emails" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"text_body" text NOT NULL,
	"notification_id" uuid,
	"status" "outgoing_email_status" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "review_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"revision_id" uuid NOT NULL,
	"dimension_id" text,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"revision_id" uuid NOT NULL,
	"decision" "review_decision_kind" NOT NULL,
	"reason" text,
	"decided_by" uuid NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	"validated_index" double precision,
	"validated_band" text,
	"validated_people_score" double precision,
	"validated_process_score" double precision,
	"validated_technology_score" double precision,
	"validated_services_score" double precision,
	"validated_dimension_scores" jsonb,
	"validated_scores" jsonb,
	CONSTRAINT "review_decisions_return_has_reason" CHECK ("review_decisions"."decision" <> 'returned' or length(btrim(coalesce("review_decisions"."reason", ''))) > 0)
);
--> statement-breakpoint
ALTER TABLE "assessment_revisions" ADD COLUMN "dimension_scores" jsonb;--> statement-breakpoint
ALTER TABLE "assessment_revisions" ADD COLUMN "priority_dimension_ids" text[];--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "latest_submitted_revision" integer;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "last_submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "readiness_index" double precision;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "readiness_band" text;--> statement-breakpoint
ALTER TABLE "indicator_validations" ADD CONSTRAINT "indicator_validations_revision_id_assessment_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."assessment_revisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_validations" ADD CONSTRAINT "indicator_validations_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_validations" ADD CONSTRAINT "indicator_validations_validated_by_users_id_fk" FOREIGN KEY ("validated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outgoing_emails" ADD CONSTRAINT "outgoing_emails_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_revision_id_assessment_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."assessment_revisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_decisions" ADD CONSTRAINT "review_decisions_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_decisions" ADD CONSTRAINT "review_decisions_revision_id_assessment_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."assessment_revisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_decisions" ADD CONSTRAINT "review_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notifications_user_created_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_user_unread_idx" ON "notifications" USING btree ("user_id") WHERE "notifications"."read_at" is null;--> statement-breakpoint
CREATE INDEX "outgoing_emails_status_created_idx" ON "outgoing_emails" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "review_comments_assessment_idx" ON "review_comments" USING btree ("assessment_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "review_decisions_revision_key" ON "review_decisions" USING btree ("revision_id");--> statement-breakpoint
CREATE INDEX "review_decisions_assessment_idx" ON "review_decisions" USING btree ("assessment_id","decided_at");--> statement-breakpoint
CREATE INDEX "assessments_programme_status_submitted_idx" ON "assessments" USING btree ("programme_id","status","last_submitted_at");--> statement-breakpoint
CREATE INDEX "assessments_programme_submitted_idx" ON "assessments" USING btree ("programme_id","last_submitted_at") WHERE "assessments"."last_submitted_at" is not null;--> statement-breakpoint
-- A review decision is the record of what was decided; like audit events it is never changed.
CREATE TRIGGER review_decisions_append_only
  BEFORE UPDATE OR DELETE ON review_decisions
  FOR EACH ROW EXECUTE FUNCTION refuse_audit_event_change();
--> statement-breakpoint
-- Backfill the compact dimension scores of revisions submitted before this migration. The frozen-revision
-- trigger is lifted for this one statement only: the values are copies of what the revision already stores.
ALTER TABLE assessment_revisions DISABLE TRIGGER assessment_revisions_frozen_when_submitted;
--> statement-breakpoint
UPDATE assessment_revisions r
SET dimension_scores = (
  SELECT jsonb_object_agg(d->>'dimensionId', (d->>'score')::float8)
  FROM jsonb_array_elements(r.scores->'result'->'dimensions') d
),
priority_dimension_ids = ARRAY(
  SELECT p->>'dimensionId' FROM jsonb_array_elements(r.scores->'priorities'->'focusAreas') WITH ORDINALITY AS x(p, n) ORDER BY n
)
WHERE r.scores IS NOT NULL AND r.dimension_scores IS NULL;
--> statement-breakpoint
ALTER TABLE assessment_revisions ENABLE TRIGGER assessment_revisions_frozen_when_submitted;
--> statement-breakpoint
UPDATE assessments a
SET latest_submitted_revision = r.number,
    last_submitted_at = r.submitted_at,
    readiness_index = r.readiness_index,
    readiness_band = r.readiness_band
FROM (
  SELECT DISTINCT ON (assessment_id) assessment_id, number, submitted_at, readiness_index, readiness_band
  FROM assessment_revisions
  WHERE submitted_at IS NOT NULL
  ORDER BY assessment_id, number DESC
) r
WHERE r.assessment_id = a.id;
