-- Intent: concerns from adults and children get a life cycle (open, turned into an incident, closed with a reason), an optional category and a row per pupil they are about (concern_pupils, which keeps a name at erasure like incident_people); existing concerns keep their one pupil.
CREATE TYPE "public"."concern_status" AS ENUM('open', 'incident', 'closed');--> statement-breakpoint
CREATE TABLE "concern_pupils" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"concern_id" uuid NOT NULL,
	"pupil_id" uuid NOT NULL,
	"name_at_erasure" text
);
--> statement-breakpoint
ALTER TABLE "concerns" ADD COLUMN "category" text;--> statement-breakpoint
ALTER TABLE "concerns" ADD COLUMN "status" "concern_status" DEFAULT 'open' NOT NULL;--> statement-breakpoint
ALTER TABLE "concerns" ADD COLUMN "decided_by_id" uuid;--> statement-breakpoint
ALTER TABLE "concerns" ADD COLUMN "decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "concerns" ADD COLUMN "closed_reason" text;--> statement-breakpoint
ALTER TABLE "concerns" ADD COLUMN "incident_id" uuid;--> statement-breakpoint
ALTER TABLE "concern_pupils" ADD CONSTRAINT "concern_pupils_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_pupils" ADD CONSTRAINT "concern_pupils_concern_id_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."concerns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_pupils" ADD CONSTRAINT "concern_pupils_pupil_id_users_id_fk" FOREIGN KEY ("pupil_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "concern_pupils_once" ON "concern_pupils" USING btree ("concern_id","pupil_id");--> statement-breakpoint
CREATE INDEX "concern_pupils_pupil" ON "concern_pupils" USING btree ("pupil_id");--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "concerns_school_status" ON "concerns" USING btree ("school_id","status","created_at");--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_decided" CHECK (("concerns"."status" = 'open') = ("concerns"."decided_at" is null));--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_closed_reason" CHECK (("concerns"."status" = 'closed') = ("concerns"."closed_reason" is not null));--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_closed_reason_length" CHECK ("concerns"."closed_reason" is null or char_length("concerns"."closed_reason") between 5 and 1000);--> statement-breakpoint
INSERT INTO "concern_pupils" ("school_id", "concern_id", "pupil_id") SELECT "school_id", "id", "pupil_id" FROM "concerns" WHERE "pupil_id" IS NOT NULL;
