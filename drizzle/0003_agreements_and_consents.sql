-- Intent: agreements that gate access — versioned documents, append-only signatures and consent answers (UPDATE refused by trigger), messaging pauses read by the gate, hashed one-time parent invitation codes, and in-app notices for parents.
CREATE TYPE "public"."agreement_kind" AS ENUM('pupil-younger', 'pupil-older', 'parent', 'staff');--> statement-breakpoint
CREATE TYPE "public"."consent_decision" AS ENUM('given', 'refused');--> statement-breakpoint
CREATE TYPE "public"."consent_kind" AS ENUM('messaging-internet', 'publish-work-to-family', 'photographs');--> statement-breakpoint
CREATE TYPE "public"."notice_kind" AS ENUM('agreement-reminder');--> statement-breakpoint
CREATE TYPE "public"."signature_method" AS ENUM('online', 'paper');--> statement-breakpoint
CREATE TYPE "public"."signer_role" AS ENUM('pupil', 'parent', 'staff');--> statement-breakpoint
CREATE TABLE "agreement_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"kind" "agreement_kind" NOT NULL,
	"version" integer NOT NULL,
	"text" jsonb NOT NULL,
	"text_hash" text NOT NULL,
	"requires_resign" boolean DEFAULT false NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" uuid,
	CONSTRAINT "agreement_documents_identity" UNIQUE("id","school_id","kind","version"),
	CONSTRAINT "agreement_documents_version_positive" CHECK ("agreement_documents"."version" >= 1),
	CONSTRAINT "agreement_documents_hash_shape" CHECK ("agreement_documents"."text_hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "agreement_signatures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"kind" "agreement_kind" NOT NULL,
	"version" integer NOT NULL,
	"text_hash" text NOT NULL,
	"signer_id" uuid NOT NULL,
	"signer_role" "signer_role" NOT NULL,
	"subject_id" uuid NOT NULL,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"method" "signature_method" NOT NULL,
	"recorded_by" uuid,
	"witnessed_by" text,
	"ticked_item_ids" jsonb,
	CONSTRAINT "agreement_signatures_paper_recorder" CHECK ("agreement_signatures"."method" = 'online' or "agreement_signatures"."recorded_by" is not null),
	CONSTRAINT "agreement_signatures_witness_length" CHECK ("agreement_signatures"."witnessed_by" is null or char_length("agreement_signatures"."witnessed_by") <= 80)
);
--> statement-breakpoint
CREATE TABLE "messaging_pauses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"pupil_id" uuid NOT NULL,
	"starts_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"lifted_at" timestamp with time zone,
	"reason" text,
	"created_by" uuid,
	CONSTRAINT "messaging_pauses_dates" CHECK ("messaging_pauses"."ends_at" > "messaging_pauses"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"recipient_id" uuid NOT NULL,
	"pupil_id" uuid,
	"kind" "notice_kind" NOT NULL,
	"body" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "notices_body_length" CHECK (char_length("notices"."body") between 1 and 1000)
);
--> statement-breakpoint
CREATE TABLE "parent_consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"pupil_id" uuid NOT NULL,
	"parent_id" uuid NOT NULL,
	"kind" "consent_kind" NOT NULL,
	"decision" "consent_decision" NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"method" "signature_method" NOT NULL,
	"recorded_by" uuid,
	CONSTRAINT "parent_consents_paper_recorder" CHECK ("parent_consents"."method" = 'online' or "parent_consents"."recorded_by" is not null)
);
--> statement-breakpoint
CREATE TABLE "parent_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"pupil_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"used_by" uuid,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	CONSTRAINT "parent_invitations_code_hash" UNIQUE("code_hash"),
	CONSTRAINT "parent_invitations_expiry" CHECK ("parent_invitations"."expires_at" > "parent_invitations"."created_at"),
	CONSTRAINT "parent_invitations_hash_shape" CHECK ("parent_invitations"."code_hash" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "parent_invitations_used_or_revoked" CHECK ("parent_invitations"."used_at" is null or "parent_invitations"."revoked_at" is null)
);
--> statement-breakpoint
ALTER TABLE "agreement_documents" ADD CONSTRAINT "agreement_documents_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_documents" ADD CONSTRAINT "agreement_documents_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_signatures" ADD CONSTRAINT "agreement_signatures_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_signatures" ADD CONSTRAINT "agreement_signatures_signer_id_users_id_fk" FOREIGN KEY ("signer_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_signatures" ADD CONSTRAINT "agreement_signatures_subject_id_users_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_signatures" ADD CONSTRAINT "agreement_signatures_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_signatures" ADD CONSTRAINT "agreement_signatures_document" FOREIGN KEY ("document_id","school_id","kind","version") REFERENCES "public"."agreement_documents"("id","school_id","kind","version") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messaging_pauses" ADD CONSTRAINT "messaging_pauses_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messaging_pauses" ADD CONSTRAINT "messaging_pauses_pupil_id_users_id_fk" FOREIGN KEY ("pupil_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messaging_pauses" ADD CONSTRAINT "messaging_pauses_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_pupil_id_users_id_fk" FOREIGN KEY ("pupil_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parent_consents" ADD CONSTRAINT "parent_consents_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parent_consents" ADD CONSTRAINT "parent_consents_pupil_id_users_id_fk" FOREIGN KEY ("pupil_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parent_consents" ADD CONSTRAINT "parent_consents_parent_id_users_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parent_consents" ADD CONSTRAINT "parent_consents_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parent_invitations" ADD CONSTRAINT "parent_invitations_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parent_invitations" ADD CONSTRAINT "parent_invitations_pupil_id_users_id_fk" FOREIGN KEY ("pupil_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parent_invitations" ADD CONSTRAINT "parent_invitations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parent_invitations" ADD CONSTRAINT "parent_invitations_used_by_users_id_fk" FOREIGN KEY ("used_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parent_invitations" ADD CONSTRAINT "parent_invitations_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_documents_version" ON "agreement_documents" USING btree ("school_id","kind","version");--> statement-breakpoint
CREATE INDEX "agreement_signatures_subject" ON "agreement_signatures" USING btree ("school_id","subject_id");--> statement-breakpoint
CREATE INDEX "messaging_pauses_pupil" ON "messaging_pauses" USING btree ("school_id","pupil_id");--> statement-breakpoint
CREATE INDEX "notices_recipient" ON "notices" USING btree ("recipient_id","created_at");--> statement-breakpoint
CREATE INDEX "parent_consents_pupil" ON "parent_consents" USING btree ("school_id","pupil_id");--> statement-breakpoint
CREATE INDEX "parent_invitations_pupil" ON "parent_invitations" USING btree ("school_id","pupil_id");--> statement-breakpoint
CREATE OR REPLACE FUNCTION agreements_refuse_update() RETURNS trigger AS $$
BEGIN
	RAISE EXCEPTION '% is append-only (UPDATE refused)', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER agreement_documents_no_update BEFORE UPDATE ON agreement_documents FOR EACH ROW EXECUTE FUNCTION agreements_refuse_update();
--> statement-breakpoint
CREATE TRIGGER agreement_signatures_no_update BEFORE UPDATE ON agreement_signatures FOR EACH ROW EXECUTE FUNCTION agreements_refuse_update();
--> statement-breakpoint
CREATE TRIGGER parent_consents_no_update BEFORE UPDATE ON parent_consents FOR EACH ROW EXECUTE FUNCTION agreements_refuse_update();
