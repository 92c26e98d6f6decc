-- Intent: one row per pupil holding the times of their recent chat sends, so a send can take its place in the 10-a-minute limit and be stored in one statement, with simultaneous sends queued on that row.
CREATE TABLE "chat_send_windows" (
	"author_id" uuid PRIMARY KEY NOT NULL,
	"school_id" uuid NOT NULL,
	"recent" timestamp with time zone[] DEFAULT '{}' NOT NULL,
	"sends" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "chat_send_windows" ADD CONSTRAINT "chat_send_windows_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chat_send_windows" ADD CONSTRAINT "chat_send_windows_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;