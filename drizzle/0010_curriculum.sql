-- Intent: e-safety minutes are earned: a pupil's self-study record per lesson and academic year keeps the server-measured time on the steps and is done only when the check is passed; three age bands (Years 1-2, 3-4, 5-6) for school lessons; and a planner of lessons per year group and term.
CREATE TABLE "lesson_plans" (
	"school_id" uuid NOT NULL,
	"year_group" integer NOT NULL,
	"term_name" text NOT NULL,
	"lesson_ids" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lesson_plans_school_id_year_group_term_name_pk" PRIMARY KEY("school_id","year_group","term_name"),
	CONSTRAINT "lesson_plans_year_group" CHECK ("lesson_plans"."year_group" between 0 and 6),
	CONSTRAINT "lesson_plans_term" CHECK ("lesson_plans"."term_name" in ('autumn', 'spring', 'summer'))
);
--> statement-breakpoint
ALTER TABLE "lesson_completions" DROP CONSTRAINT "lesson_completions_minutes";--> statement-breakpoint
ALTER TABLE "school_lessons" DROP CONSTRAINT "school_lessons_age_band";--> statement-breakpoint
DROP INDEX "lesson_completions_counted_once";--> statement-breakpoint
DROP INDEX "lesson_completions_school_day";--> statement-breakpoint
ALTER TABLE "lesson_completions" ALTER COLUMN "completed_on" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "lesson_completions" ADD COLUMN "academic_year_start" integer;--> statement-breakpoint
ALTER TABLE "lesson_completions" ADD COLUMN "started_on" date;--> statement-breakpoint
ALTER TABLE "lesson_completions" ADD COLUMN "active_seconds" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "lesson_completions" ADD COLUMN "current_step" integer;--> statement-breakpoint
ALTER TABLE "lesson_completions" ADD COLUMN "last_step_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "lesson_completions" ADD COLUMN "steps_read" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "lesson_completions" ADD COLUMN "check_tries" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "lesson_plans" ADD CONSTRAINT "lesson_plans_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_plans" ADD CONSTRAINT "lesson_plans_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "lesson_completions_counted_once_a_year" ON "lesson_completions" USING btree ("pupil_id","lesson_id","academic_year_start") WHERE "lesson_completions"."counts_towards_minutes";--> statement-breakpoint
CREATE INDEX "lesson_completions_school_day" ON "lesson_completions" USING btree ("school_id","started_on");--> statement-breakpoint
ALTER TABLE "lesson_completions" ADD CONSTRAINT "lesson_completions_active" CHECK ("lesson_completions"."active_seconds" between 0 and 14400);--> statement-breakpoint
ALTER TABLE "lesson_completions" ADD CONSTRAINT "lesson_completions_minutes" CHECK ("lesson_completions"."minutes" between 0 and 240);--> statement-breakpoint
ALTER TABLE "school_lessons" ADD CONSTRAINT "school_lessons_age_band" CHECK ("school_lessons"."age_band" in ('5-7', '7-9', '9-11', '7-11'));
--> statement-breakpoint
-- Hand-written: records from before minutes were measured keep the figures already reported:
-- they started and finished on the day they were completed, in that day's academic year
-- (September starts a year), and their minutes stand as active time. The two new columns
-- are added without NOT NULL above so existing rows can be filled first.
UPDATE "lesson_completions" SET
	"started_on" = "completed_on",
	"academic_year_start" = CASE WHEN extract(month FROM "completed_on") >= 9 THEN extract(year FROM "completed_on")::integer ELSE extract(year FROM "completed_on")::integer - 1 END,
	"active_seconds" = least("minutes" * 60, 14400),
	"check_tries" = 1;--> statement-breakpoint
ALTER TABLE "lesson_completions" ALTER COLUMN "started_on" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "lesson_completions" ALTER COLUMN "academic_year_start" SET NOT NULL;
