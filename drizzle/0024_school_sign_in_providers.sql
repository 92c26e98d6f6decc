-- Intent: a school's own staff sign-in (OpenID Connect with Google Workspace, Microsoft Entra ID or another provider): issuer, client id, encrypted client secret and the email domain its staff use, one per school; and how each session's sign-in began (password, oidc or card), so the audit entry after a second step still says so.
CREATE TABLE "school_sign_in_providers" (
	"school_id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"issuer" text NOT NULL,
	"client_id" text NOT NULL,
	"client_secret_encrypted" text NOT NULL,
	"allowed_domain" text NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "school_sign_in_providers_kind" CHECK ("school_sign_in_providers"."kind" in ('google', 'microsoft', 'other'))
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "method" text DEFAULT 'password' NOT NULL;--> statement-breakpoint
ALTER TABLE "school_sign_in_providers" ADD CONSTRAINT "school_sign_in_providers_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_sign_in_providers" ADD CONSTRAINT "school_sign_in_providers_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_method" CHECK ("sessions"."method" in ('password', 'oidc', 'card'));