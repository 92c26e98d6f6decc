-- Intent: leaders' duties from the policies: a governor role (reports, the risk log and the annual review; never a child), an e-safety risk log with an append-only history, the annual e-safety review's answers per school year, a data-breach log with the ICO 72-hour decision, publicity consents (website, press, other public use) and which consents lapse each September.
ALTER TYPE "public"."role" ADD VALUE 'governor';--> statement-breakpoint
ALTER TYPE "public"."consent_kind" ADD VALUE 'school-website';--> statement-breakpoint
ALTER TYPE "public"."consent_kind" ADD VALUE 'press';--> statement-breakpoint
ALTER TYPE "public"."consent_kind" ADD VALUE 'high-profile-use';--> statement-breakpoint
CREATE TABLE "consent_settings" (
	"school_id" uuid PRIMARY KEY NOT NULL,
	"yearly_kinds" text[] NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "data_breaches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"number" text NOT NULL,
	"discovered_at" timestamp with time zone NOT NULL,
	"occurred_at" timestamp with time zone,
	"summary" text NOT NULL,
	"data_affected" text NOT NULL,
	"people_affected" text NOT NULL,
	"containment" text NOT NULL,
	"ico_decision" text NOT NULL,
	"ico_told_at" timestamp with time zone,
	"ico_reason" text DEFAULT '' NOT NULL,
	"lessons" text DEFAULT '' NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "esafety_review_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"year_start" integer NOT NULL,
	"item_key" text NOT NULL,
	"answer" text NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"action" text DEFAULT '' NOT NULL,
	"answered_by" uuid NOT NULL,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"risk_id" uuid NOT NULL,
	"actor_id" uuid NOT NULL,
	"action" text NOT NULL,
	"changes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"category" text NOT NULL,
	"likelihood" integer NOT NULL,
	"impact" integer NOT NULL,
	"owner_id" uuid NOT NULL,
	"mitigations" text NOT NULL,
	"review_on" date NOT NULL,
	"closed_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "risks_likelihood_range" CHECK ("risks"."likelihood" between 1 and 5),
	CONSTRAINT "risks_impact_range" CHECK ("risks"."impact" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "consent_settings" ADD CONSTRAINT "consent_settings_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_breaches" ADD CONSTRAINT "data_breaches_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_breaches" ADD CONSTRAINT "data_breaches_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "esafety_review_answers" ADD CONSTRAINT "esafety_review_answers_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "esafety_review_answers" ADD CONSTRAINT "esafety_review_answers_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_history" ADD CONSTRAINT "risk_history_risk_id_risks_id_fk" FOREIGN KEY ("risk_id") REFERENCES "public"."risks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_history" ADD CONSTRAINT "risk_history_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "data_breaches_school" ON "data_breaches" USING btree ("school_id","discovered_at");--> statement-breakpoint
CREATE UNIQUE INDEX "esafety_review_answers_one" ON "esafety_review_answers" USING btree ("school_id","year_start","item_key");--> statement-breakpoint
CREATE INDEX "risk_history_risk" ON "risk_history" USING btree ("risk_id","at");--> statement-breakpoint
CREATE INDEX "risks_school_review" ON "risks" USING btree ("school_id","review_on");--> statement-breakpoint
-- Hand-written: a risk's history is never rewritten (UPDATE refused); rows go only with their risk's school.
CREATE OR REPLACE FUNCTION risk_history_refuse_update() RETURNS trigger AS $$
BEGIN
	RAISE EXCEPTION 'risk_history is append-only (UPDATE refused)';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER risk_history_append_only
	BEFORE UPDATE ON risk_history
	FOR EACH ROW EXECUTE FUNCTION risk_history_refuse_update();
