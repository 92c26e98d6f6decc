-- Intent: mail filed from an outside contact has no staff author (review_items.author_id nullable, the sender carried instead); pupils can report an email they received (email_reports, emails.hidden_at).
CREATE TABLE "email_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"email_id" uuid NOT NULL,
	"reporter_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"note" text,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "email_reports_note_length" CHECK (char_length("email_reports"."note") <= 300)
);
--> statement-breakpoint
ALTER TABLE "review_items" ALTER COLUMN "author_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "review_items" ADD COLUMN "sender_contact_id" uuid;--> statement-breakpoint
ALTER TABLE "review_items" ADD COLUMN "sender_address" text;--> statement-breakpoint
ALTER TABLE "emails" ADD COLUMN "hidden_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "email_reports" ADD CONSTRAINT "email_reports_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_reports" ADD CONSTRAINT "email_reports_email_id_emails_id_fk" FOREIGN KEY ("email_id") REFERENCES "public"."emails"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_reports" ADD CONSTRAINT "email_reports_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "email_reports_once" ON "email_reports" USING btree ("email_id","reporter_id");--> statement-breakpoint
ALTER TABLE "review_items" ADD CONSTRAINT "review_items_sender_contact_id_email_contacts_id_fk" FOREIGN KEY ("sender_contact_id") REFERENCES "public"."email_contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- Items already filed under the member of staff who vouched for an outside contact move to that sender.
UPDATE "review_items" SET "author_id" = NULL, "sender_contact_id" = e."contact_id", "sender_address" = e."from_address"
	FROM "emails" e WHERE e."id" = "review_items"."target_id" AND "review_items"."target_type" = 'email' AND e."folder" = 'inbox' AND e."author_id" IS NULL AND e."from_address" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "review_items" ADD CONSTRAINT "review_items_has_author" CHECK ("review_items"."author_id" is not null or "review_items"."sender_address" is not null);