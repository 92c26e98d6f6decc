-- Intent: the moderation loop: reports are upheld or dismissed, approved items can be taken down (removed), pupils get kind notes (moderation notices), each reporter is answered once, and each alert keeps a copy of what caused it.
ALTER TYPE "public"."review_status" ADD VALUE 'upheld';--> statement-breakpoint
ALTER TYPE "public"."review_status" ADD VALUE 'dismissed';--> statement-breakpoint
ALTER TYPE "public"."review_status" ADD VALUE 'removed';--> statement-breakpoint
ALTER TYPE "public"."notice_kind" ADD VALUE 'moderation';--> statement-breakpoint
ALTER TABLE "message_reports" ADD COLUMN "answered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "safeguarding_alerts" ADD COLUMN "evidence" jsonb;