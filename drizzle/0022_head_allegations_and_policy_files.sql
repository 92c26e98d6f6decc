-- Intent: an allegation about the headteacher (concerns, alerts and incidents marked about_head) is hidden from the head and goes to the chair of governors (governor_chairs); a policy version can be an uploaded PDF or Word file.
CREATE TABLE "governor_chairs" (
	"school_id" uuid PRIMARY KEY NOT NULL,
	"governor_id" uuid NOT NULL,
	"chosen_by" uuid,
	"chosen_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "concerns" ADD COLUMN "about_head" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "about_head" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "safeguarding_alerts" ADD COLUMN "about_head" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "policy_versions" ADD COLUMN "file_key" text;--> statement-breakpoint
ALTER TABLE "policy_versions" ADD COLUMN "file_type" text;--> statement-breakpoint
ALTER TABLE "policy_versions" ADD COLUMN "file_name" text;--> statement-breakpoint
ALTER TABLE "policy_versions" ADD COLUMN "file_bytes" integer;--> statement-breakpoint
ALTER TABLE "governor_chairs" ADD CONSTRAINT "governor_chairs_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governor_chairs" ADD CONSTRAINT "governor_chairs_governor_id_users_id_fk" FOREIGN KEY ("governor_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governor_chairs" ADD CONSTRAINT "governor_chairs_chosen_by_users_id_fk" FOREIGN KEY ("chosen_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_versions" ADD CONSTRAINT "policy_versions_file" CHECK (("policy_versions"."file_key" is null and "policy_versions"."file_type" is null and "policy_versions"."file_name" is null and "policy_versions"."file_bytes" is null) or ("policy_versions"."file_key" is not null and "policy_versions"."file_type" in ('pdf','docx') and "policy_versions"."file_name" is not null and "policy_versions"."file_bytes" > 0));--> statement-breakpoint
ALTER TABLE "policy_versions" ADD CONSTRAINT "policy_versions_text_or_file" CHECK ("policy_versions"."file_key" is not null or char_length("policy_versions"."body") > 0);