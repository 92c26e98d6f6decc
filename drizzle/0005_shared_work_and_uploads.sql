-- Intent: pupils' work (writing or photos) that they may share with their own family after a teacher's approval; photos stored on disk by random name; a per-class setting for letting clean writing skip approval.
-- The safeguarding incident tables below were in the schema when this migration was generated, so they are created here (0006 adds their triggers).
CREATE TYPE "public"."incident_person_role" AS ENUM('pupil', 'staff');--> statement-breakpoint
CREATE TYPE "public"."incident_status" AS ENUM('open', 'under-review', 'signed-off');--> statement-breakpoint
CREATE TABLE "incident_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"incident_id" uuid NOT NULL,
	"action" text NOT NULL,
	"detail" text,
	"at" timestamp with time zone NOT NULL,
	"sanction" text,
	"sanction_ref" uuid,
	"recorded_by_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incident_actions_sanction" CHECK ("incident_actions"."sanction" is null or "incident_actions"."sanction" in ('pause-messaging','assign-lesson','notify-parents')),
	CONSTRAINT "incident_actions_detail_length" CHECK ("incident_actions"."detail" is null or char_length("incident_actions"."detail") <= 500)
);--> statement-breakpoint
CREATE TABLE "incident_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"incident_id" uuid NOT NULL,
	"source_type" text NOT NULL,
	"source_id" uuid NOT NULL,
	"snapshot" jsonb NOT NULL,
	"canonical_json" text NOT NULL,
	"digest" text NOT NULL,
	"captured_by_id" uuid,
	"captured_at" timestamp with time zone NOT NULL,
	CONSTRAINT "incident_evidence_digest_shape" CHECK ("incident_evidence"."digest" ~ '^[0-9a-f]{64}$')
);--> statement-breakpoint
CREATE TABLE "incident_people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"incident_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" "incident_person_role" NOT NULL
);--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"number" text NOT NULL,
	"status" "incident_status" DEFAULT 'open' NOT NULL,
	"reported_by_id" uuid NOT NULL,
	"reported_to_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"reported_at" timestamp with time zone NOT NULL,
	"description" text NOT NULL,
	"category_key" text NOT NULL,
	"parents_informed_at" timestamp with time zone,
	"parents_informed_method" text,
	"review_date" timestamp with time zone,
	"review_result" text,
	"signed_off_by_id" uuid,
	"signed_off_at" timestamp with time zone,
	"on_hold" boolean DEFAULT false NOT NULL,
	"source_alert_id" uuid,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incidents_number_shape" CHECK ("incidents"."number" ~ '^[0-9]{4}-[0-9]{4}$'),
	CONSTRAINT "incidents_category" CHECK ("incidents"."category_key" in ('pupil-A','pupil-B','pupil-C','pupil-D','staff-A','staff-B')),
	CONSTRAINT "incidents_description_length" CHECK (char_length("incidents"."description") between 10 and 5000),
	CONSTRAINT "incidents_parents_informed" CHECK (("incidents"."parents_informed_at" is null) = ("incidents"."parents_informed_method" is null)),
	CONSTRAINT "incidents_sign_off" CHECK (("incidents"."status" = 'signed-off') = ("incidents"."signed_off_at" is not null and "incidents"."signed_off_by_id" is not null))
);--> statement-breakpoint
CREATE TABLE "safeguarding_settings" (
	"school_id" uuid PRIMARY KEY NOT NULL,
	"retention" jsonb NOT NULL,
	"repeated_block_threshold" integer DEFAULT 3 NOT NULL,
	"repeated_block_window_days" integer DEFAULT 7 NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "safeguarding_settings_threshold" CHECK ("safeguarding_settings"."repeated_block_threshold" between 2 and 20),
	CONSTRAINT "safeguarding_settings_window" CHECK ("safeguarding_settings"."repeated_block_window_days" between 1 and 60)
);--> statement-breakpoint
ALTER TABLE "incident_actions" ADD CONSTRAINT "incident_actions_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_actions" ADD CONSTRAINT "incident_actions_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_actions" ADD CONSTRAINT "incident_actions_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_evidence" ADD CONSTRAINT "incident_evidence_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_evidence" ADD CONSTRAINT "incident_evidence_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_evidence" ADD CONSTRAINT "incident_evidence_captured_by_id_users_id_fk" FOREIGN KEY ("captured_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_people" ADD CONSTRAINT "incident_people_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_people" ADD CONSTRAINT "incident_people_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_people" ADD CONSTRAINT "incident_people_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_reported_by_id_users_id_fk" FOREIGN KEY ("reported_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_reported_to_id_users_id_fk" FOREIGN KEY ("reported_to_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_signed_off_by_id_users_id_fk" FOREIGN KEY ("signed_off_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_source_alert_id_safeguarding_alerts_id_fk" FOREIGN KEY ("source_alert_id") REFERENCES "public"."safeguarding_alerts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_settings" ADD CONSTRAINT "safeguarding_settings_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_settings" ADD CONSTRAINT "safeguarding_settings_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "incident_actions_incident" ON "incident_actions" USING btree ("incident_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "incident_evidence_once" ON "incident_evidence" USING btree ("incident_id","source_type","source_id");--> statement-breakpoint
CREATE UNIQUE INDEX "incident_people_once" ON "incident_people" USING btree ("incident_id","user_id");--> statement-breakpoint
CREATE INDEX "incident_people_user" ON "incident_people" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "incidents_school_number" ON "incidents" USING btree ("school_id","number");--> statement-breakpoint
CREATE INDEX "incidents_school_reported" ON "incidents" USING btree ("school_id","reported_at");--> statement-breakpoint
CREATE TYPE "public"."work_image_type" AS ENUM('image/jpeg', 'image/png', 'image/webp');--> statement-breakpoint
CREATE TYPE "public"."work_kind" AS ENUM('writing', 'images');--> statement-breakpoint
CREATE TYPE "public"."work_share_status" AS ENUM('not-shared', 'pending', 'approved', 'rejected', 'escalated');--> statement-breakpoint
CREATE TABLE "class_work_settings" (
	"class_id" uuid PRIMARY KEY NOT NULL,
	"school_id" uuid NOT NULL,
	"clean_text_skips_approval" boolean DEFAULT false NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE TABLE "work_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"work_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"storage_key" text NOT NULL,
	"content_type" "work_image_type" NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"byte_size" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_files_storage_key_shape" CHECK ("work_files"."storage_key" ~ '^[0-9a-f]{32}$')
);--> statement-breakpoint
CREATE TABLE "work_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"class_id" uuid NOT NULL,
	"pupil_id" uuid NOT NULL,
	"kind" "work_kind" NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"lesson_id" text,
	"shows_people" boolean DEFAULT true NOT NULL,
	"verdict" "screen_verdict" NOT NULL,
	"findings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"share_status" "work_share_status" DEFAULT 'not-shared' NOT NULL,
	"shared_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"rejection_code" text,
	"rejection_text" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_items_title_length" CHECK (char_length("work_items"."title") between 1 and 80),
	CONSTRAINT "work_items_body_length" CHECK (char_length("work_items"."body") <= 4000),
	CONSTRAINT "work_items_writing_has_body" CHECK ("work_items"."kind" = 'images' or char_length("work_items"."body") > 0),
	CONSTRAINT "work_items_never_blocked" CHECK ("work_items"."verdict" <> 'block'),
	CONSTRAINT "work_items_shared_when" CHECK ("work_items"."share_status" = 'not-shared' or "work_items"."shared_at" is not null)
);--> statement-breakpoint
ALTER TABLE "class_work_settings" ADD CONSTRAINT "class_work_settings_class_id_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."classes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "class_work_settings" ADD CONSTRAINT "class_work_settings_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "class_work_settings" ADD CONSTRAINT "class_work_settings_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_files" ADD CONSTRAINT "work_files_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_files" ADD CONSTRAINT "work_files_work_id_work_items_id_fk" FOREIGN KEY ("work_id") REFERENCES "public"."work_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_items" ADD CONSTRAINT "work_items_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_items" ADD CONSTRAINT "work_items_class_id_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."classes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_items" ADD CONSTRAINT "work_items_pupil_id_users_id_fk" FOREIGN KEY ("pupil_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "work_files_position" ON "work_files" USING btree ("work_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "work_files_storage_key" ON "work_files" USING btree ("storage_key");--> statement-breakpoint
CREATE INDEX "work_items_pupil" ON "work_items" USING btree ("pupil_id","created_at");--> statement-breakpoint
CREATE INDEX "work_items_class" ON "work_items" USING btree ("class_id","created_at");
