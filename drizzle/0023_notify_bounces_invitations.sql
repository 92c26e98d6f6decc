-- Intent: addresses that bounce (email_bounces) hold further mail (outbox status held); a notification may go to an address with no account yet (an emailed invitation letter).
ALTER TYPE "public"."email_outbox_status" ADD VALUE 'held';--> statement-breakpoint
CREATE TABLE "email_bounces" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"address" text NOT NULL,
	"source" text NOT NULL,
	"reason" text NOT NULL,
	"notification_id" uuid,
	"bounced_at" timestamp with time zone NOT NULL,
	"cleared_at" timestamp with time zone,
	CONSTRAINT "email_bounces_source" CHECK ("email_bounces"."source" in ('relay', 'dsn')),
	CONSTRAINT "email_bounces_lower" CHECK ("email_bounces"."address" = lower("email_bounces"."address")),
	CONSTRAINT "email_bounces_reason_length" CHECK (char_length("email_bounces"."reason") <= 300)
);
--> statement-breakpoint
ALTER TABLE "notifications" ALTER COLUMN "user_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "email_bounces" ADD CONSTRAINT "email_bounces_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_bounces" ADD CONSTRAINT "email_bounces_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "email_bounces_address" ON "email_bounces" USING btree ("school_id","address");--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_someone" CHECK ("notifications"."user_id" is not null or "notifications"."to_address" is not null);--> statement-breakpoint
-- Addresses already marked bounced on an account keep holding mail under the new table.
INSERT INTO "email_bounces" ("school_id", "address", "source", "reason", "bounced_at")
SELECT "school_id", lower("email"), 'relay', coalesce(left("bounce_reason", 300), 'The address was refused.'), "email_bounced_at"
FROM "notification_settings" WHERE "email_bounced_at" IS NOT NULL AND "email" IS NOT NULL;
