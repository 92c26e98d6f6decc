-- Intent: self-study minutes counted on the London day each was earned, not the day the lesson was started, so a lesson continued after midnight or into the next term credits each day (and term) its own minutes; last_studied_on lets a term read every lesson worked on in it, wherever it started. Rows already kept have all their minutes on the day they started, as they were reported.
ALTER TABLE "lesson_completions" ADD COLUMN "minutes_by_day" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "lesson_completions" ADD COLUMN "last_studied_on" date;--> statement-breakpoint
UPDATE "lesson_completions" SET "minutes_by_day" = CASE WHEN "minutes" > 0 THEN jsonb_build_object("started_on"::text, "minutes") ELSE '{}'::jsonb END, "last_studied_on" = greatest("started_on", coalesce("completed_on", "started_on"));--> statement-breakpoint
ALTER TABLE "lesson_completions" ALTER COLUMN "last_studied_on" SET NOT NULL;--> statement-breakpoint
DROP INDEX "lesson_completions_school_day";--> statement-breakpoint
CREATE INDEX "lesson_completions_school_last_studied" ON "lesson_completions" USING btree ("school_id","last_studied_on");
