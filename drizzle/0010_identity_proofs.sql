CREATE TYPE "public"."identity_status" AS ENUM('consent_pending', 'in_progress', 'passed', 'manual_review', 'approved', 'rejected');--> statement-breakpoint
CREATE TABLE "identity_proofs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"envelope_id" uuid NOT NULL,
	"recipient_id" uuid NOT NULL,
	"require_selfie" boolean NOT NULL,
	"require_id_document" boolean NOT NULL,
	"status" "identity_status" DEFAULT 'consent_pending' NOT NULL,
	"consent_version" text,
	"consent_text_sha256" text,
	"consent_at" timestamp with time zone,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"selfie_sha256" text,
	"selfie_blob" text,
	"selfie_descriptor_enc" text,
	"selfie_passed_at" timestamp with time zone,
	"document_sha256" text,
	"document_blob" text,
	"document_back_sha256" text,
	"document_back_blob" text,
	"ocr_text_enc" text,
	"last_checks" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"passed_at" timestamp with time zone,
	"review_requested_at" timestamp with time zone,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"review_reason" text,
	"images_deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "account_settings" ADD COLUMN "identity_retention_years" integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE "identity_proofs" ADD CONSTRAINT "identity_proofs_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity_proofs" ADD CONSTRAINT "identity_proofs_envelope_id_envelopes_id_fk" FOREIGN KEY ("envelope_id") REFERENCES "public"."envelopes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity_proofs" ADD CONSTRAINT "identity_proofs_recipient_id_envelope_recipients_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."envelope_recipients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity_proofs" ADD CONSTRAINT "identity_proofs_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "identity_proofs_recipient_key" ON "identity_proofs" USING btree ("recipient_id");--> statement-breakpoint
CREATE INDEX "identity_proofs_review_idx" ON "identity_proofs" USING btree ("account_id","status","review_requested_at");--> statement-breakpoint
CREATE INDEX "identity_proofs_envelope_idx" ON "identity_proofs" USING btree ("envelope_id");