-- Intent: stable MIS keys on users and classes so re-imports match by key, staff/parent email, pupils' date of birth (retention), hashed per-pupil QR card secrets, and invitation codes that let an imported parent claim their account.
CREATE TABLE "pupil_card_secrets" (
	"pupil_id" uuid PRIMARY KEY NOT NULL,
	"school_id" uuid NOT NULL,
	"secret_hash" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pupil_card_secrets_hash" UNIQUE("secret_hash")
);
--> statement-breakpoint
ALTER TABLE "classes" ADD COLUMN "external_key" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "external_key" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "date_of_birth" date;--> statement-breakpoint
ALTER TABLE "parent_invitations" ADD COLUMN "parent_id" uuid;--> statement-breakpoint
ALTER TABLE "pupil_card_secrets" ADD CONSTRAINT "pupil_card_secrets_pupil_id_users_id_fk" FOREIGN KEY ("pupil_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pupil_card_secrets" ADD CONSTRAINT "pupil_card_secrets_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pupil_card_secrets" ADD CONSTRAINT "pupil_card_secrets_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parent_invitations" ADD CONSTRAINT "parent_invitations_parent_id_users_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "classes_school_external_key" ON "classes" USING btree ("school_id","external_key");--> statement-breakpoint
CREATE UNIQUE INDEX "users_school_external_key" ON "users" USING btree ("school_id","external_key");
