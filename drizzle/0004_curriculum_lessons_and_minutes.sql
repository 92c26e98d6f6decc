-- Intent: store e-safety lessons per school (own lessons, deliveries with who was present, pupils' own completions, assigned lessons) so minutes per pupil per term can be tracked; checks keep minutes in 1–240 and each assignment to exactly one target.
CREATE TABLE "delivery_attendance" (
	"school_id" uuid NOT NULL,
	"delivery_id" uuid NOT NULL,
	"pupil_id" uuid NOT NULL,
	CONSTRAINT "delivery_attendance_delivery_id_pupil_id_pk" PRIMARY KEY("delivery_id","pupil_id")
);
--> statement-breakpoint
CREATE TABLE "lesson_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"lesson_id" text NOT NULL,
	"school_lesson_id" uuid,
	"pupil_id" uuid,
	"class_id" uuid,
	"reason" text NOT NULL,
	"assigned_by" uuid,
	"assigned_on" date NOT NULL,
	"due_by" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lesson_assignments_one_target" CHECK (("lesson_assignments"."pupil_id" is null) <> ("lesson_assignments"."class_id" is null)),
	CONSTRAINT "lesson_assignments_reason" CHECK ("lesson_assignments"."reason" in ('teacher-choice', 'after-blocked-detail', 'incident-follow-up')),
	CONSTRAINT "lesson_assignments_due" CHECK ("lesson_assignments"."due_by" is null or "lesson_assignments"."due_by" >= "lesson_assignments"."assigned_on"),
	CONSTRAINT "lesson_assignments_school_lesson" CHECK ("lesson_assignments"."school_lesson_id" is null or "lesson_assignments"."lesson_id" = "lesson_assignments"."school_lesson_id"::text)
);
--> statement-breakpoint
CREATE TABLE "lesson_completions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"pupil_id" uuid NOT NULL,
	"lesson_id" text NOT NULL,
	"school_lesson_id" uuid,
	"completed_on" date NOT NULL,
	"minutes" integer NOT NULL,
	"counts_towards_minutes" boolean NOT NULL,
	"correct_answers" integer NOT NULL,
	"question_count" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lesson_completions_minutes" CHECK ("lesson_completions"."minutes" between 1 and 240),
	CONSTRAINT "lesson_completions_score" CHECK ("lesson_completions"."correct_answers" between 0 and "lesson_completions"."question_count"),
	CONSTRAINT "lesson_completions_school_lesson" CHECK ("lesson_completions"."school_lesson_id" is null or "lesson_completions"."lesson_id" = "lesson_completions"."school_lesson_id"::text)
);
--> statement-breakpoint
CREATE TABLE "lesson_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"class_id" uuid NOT NULL,
	"lesson_id" text NOT NULL,
	"school_lesson_id" uuid,
	"delivered_on" date NOT NULL,
	"minutes" integer NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lesson_deliveries_minutes" CHECK ("lesson_deliveries"."minutes" between 1 and 240),
	CONSTRAINT "lesson_deliveries_school_lesson" CHECK ("lesson_deliveries"."school_lesson_id" is null or "lesson_deliveries"."lesson_id" = "lesson_deliveries"."school_lesson_id"::text)
);
--> statement-breakpoint
CREATE TABLE "school_lessons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"strand" text NOT NULL,
	"age_band" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"body" jsonb NOT NULL,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "school_lessons_slug_prefix" CHECK ("school_lessons"."slug" like 'school-%'),
	CONSTRAINT "school_lessons_age_band" CHECK ("school_lessons"."age_band" in ('5-7', '7-11')),
	CONSTRAINT "school_lessons_duration" CHECK ("school_lessons"."duration_minutes" between 5 and 60),
	CONSTRAINT "school_lessons_title" CHECK (length("school_lessons"."title") between 1 and 80)
);
--> statement-breakpoint
ALTER TABLE "delivery_attendance" ADD CONSTRAINT "delivery_attendance_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_attendance" ADD CONSTRAINT "delivery_attendance_delivery_id_lesson_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."lesson_deliveries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_attendance" ADD CONSTRAINT "delivery_attendance_pupil_id_users_id_fk" FOREIGN KEY ("pupil_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_assignments" ADD CONSTRAINT "lesson_assignments_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_assignments" ADD CONSTRAINT "lesson_assignments_school_lesson_id_school_lessons_id_fk" FOREIGN KEY ("school_lesson_id") REFERENCES "public"."school_lessons"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_assignments" ADD CONSTRAINT "lesson_assignments_pupil_id_users_id_fk" FOREIGN KEY ("pupil_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_assignments" ADD CONSTRAINT "lesson_assignments_class_id_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."classes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_assignments" ADD CONSTRAINT "lesson_assignments_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_completions" ADD CONSTRAINT "lesson_completions_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_completions" ADD CONSTRAINT "lesson_completions_pupil_id_users_id_fk" FOREIGN KEY ("pupil_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_completions" ADD CONSTRAINT "lesson_completions_school_lesson_id_school_lessons_id_fk" FOREIGN KEY ("school_lesson_id") REFERENCES "public"."school_lessons"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_deliveries" ADD CONSTRAINT "lesson_deliveries_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_deliveries" ADD CONSTRAINT "lesson_deliveries_class_id_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."classes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_deliveries" ADD CONSTRAINT "lesson_deliveries_school_lesson_id_school_lessons_id_fk" FOREIGN KEY ("school_lesson_id") REFERENCES "public"."school_lessons"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_deliveries" ADD CONSTRAINT "lesson_deliveries_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_lessons" ADD CONSTRAINT "school_lessons_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_lessons" ADD CONSTRAINT "school_lessons_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "delivery_attendance_pupil" ON "delivery_attendance" USING btree ("pupil_id");--> statement-breakpoint
CREATE INDEX "lesson_assignments_pupil" ON "lesson_assignments" USING btree ("pupil_id");--> statement-breakpoint
CREATE INDEX "lesson_assignments_class" ON "lesson_assignments" USING btree ("class_id");--> statement-breakpoint
CREATE INDEX "lesson_completions_school_day" ON "lesson_completions" USING btree ("school_id","completed_on");--> statement-breakpoint
CREATE INDEX "lesson_completions_pupil" ON "lesson_completions" USING btree ("pupil_id","lesson_id");--> statement-breakpoint
CREATE UNIQUE INDEX "lesson_completions_counted_once" ON "lesson_completions" USING btree ("pupil_id","lesson_id") WHERE "lesson_completions"."counts_towards_minutes";--> statement-breakpoint
CREATE INDEX "lesson_deliveries_school_day" ON "lesson_deliveries" USING btree ("school_id","delivered_on");--> statement-breakpoint
CREATE INDEX "lesson_deliveries_class_day" ON "lesson_deliveries" USING btree ("class_id","delivered_on");--> statement-breakpoint
CREATE UNIQUE INDEX "school_lessons_school_slug" ON "school_lessons" USING btree ("school_id","slug");