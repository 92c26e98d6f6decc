-- Intent: parents can receive safeguarding notices after an incident, and sealed incident evidence cannot be rewritten (the incident tables themselves were generated into 0005 alongside shared work).
ALTER TYPE "public"."notice_kind" ADD VALUE 'safeguarding';--> statement-breakpoint
CREATE OR REPLACE FUNCTION incident_evidence_refuse_change() RETURNS trigger AS $$
BEGIN
	-- Only a deleted member of staff's id may be cleared (ON DELETE SET NULL); the sealed copy never changes.
	IF NEW.snapshot IS DISTINCT FROM OLD.snapshot OR NEW.canonical_json IS DISTINCT FROM OLD.canonical_json
		OR NEW.digest IS DISTINCT FROM OLD.digest OR NEW.source_type IS DISTINCT FROM OLD.source_type
		OR NEW.source_id IS DISTINCT FROM OLD.source_id OR NEW.incident_id IS DISTINCT FROM OLD.incident_id
		OR NEW.captured_at IS DISTINCT FROM OLD.captured_at OR NEW.school_id IS DISTINCT FROM OLD.school_id THEN
		RAISE EXCEPTION 'incident_evidence is sealed (UPDATE refused)';
	END IF;
	RETURN NEW;
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE TRIGGER incident_evidence_sealed BEFORE UPDATE ON incident_evidence FOR EACH ROW EXECUTE FUNCTION incident_evidence_refuse_change();
