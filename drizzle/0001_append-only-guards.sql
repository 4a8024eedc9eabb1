-- Audit events are append-only for every role the application uses.
CREATE OR REPLACE FUNCTION refuse_audit_event_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only
  BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION refuse_audit_event_change();
--> statement-breakpoint
-- A submitted revision is frozen: its answers and scores are the record the review is about.
CREATE OR REPLACE FUNCTION refuse_submitted_revision_change() RETURNS trigger AS $$
BEGIN
  IF OLD.submitted_at IS NOT NULL THEN
    RAISE EXCEPTION 'assessment revision % is submitted and cannot change', OLD.id USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER assessment_revisions_frozen_when_submitted
  BEFORE UPDATE OR DELETE ON assessment_revisions
  FOR EACH ROW EXECUTE FUNCTION refuse_submitted_revision_change();
