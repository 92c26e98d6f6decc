-- Intent: the moderation loop: reports are upheld or dismissed, approved items can be taken down (removed), pupils get kind notes (moderation notices), each reporter is answered once, each alert keeps a copy of what caused it, and concerns raised by people ("I'm worried") are kept for the DSL.
CREATE TYPE "public"."concern_kind" AS ENUM('pupil-worried', 'parent-concern', 'staff-concern');--> statement-breakpoint
ALTER TYPE "public"."review_status" ADD VALUE 'upheld';--> statement-breakpoint
ALTER TYPE "public"."review_status" ADD VALUE 'dismissed';--> statement-breakpoint
ALTER TYPE "public"."review_status" ADD VALUE 'removed';--> statement-breakpoint
ALTER TYPE "public"."notice_kind" ADD VALUE 'moderation';--> statement-breakpoint
CREATE TABLE "concerns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"kind" "concern_kind" NOT NULL,
	"pupil_id" uuid,
	"raised_by_id" uuid,
	"words" text DEFAULT '' NOT NULL,
	"occurred_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "concerns_words_length" CHECK (char_length("concerns"."words") <= 2000)
);
--> statement-breakpoint
ALTER TABLE "message_reports" ADD COLUMN "answered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "safeguarding_alerts" ADD COLUMN "evidence" jsonb;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_pupil_id_users_id_fk" FOREIGN KEY ("pupil_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_raised_by_id_users_id_fk" FOREIGN KEY ("raised_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "concerns_school_time" ON "concerns" USING btree ("school_id","created_at");
