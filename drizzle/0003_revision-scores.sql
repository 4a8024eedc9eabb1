ALTER TABLE "assessment_revisions" ADD COLUMN "readiness_index" double precision;--> statement-breakpoint
ALTER TABLE "assessment_revisions" ADD COLUMN "readiness_band" text;--> statement-breakpoint
ALTER TABLE "assessment_revisions" ADD COLUMN "people_score" double precision;--> statement-breakpoint
ALTER TABLE "assessment_revisions" ADD COLUMN "process_score" double precision;--> statement-breakpoint
ALTER TABLE "assessment_revisions" ADD COLUMN "technology_score" double precision;--> statement-breakpoint
ALTER TABLE "assessment_revisions" ADD COLUMN "services_score" double precision;--> statement-breakpoint
ALTER TABLE "assessment_revisions" ADD COLUMN "scores" jsonb;