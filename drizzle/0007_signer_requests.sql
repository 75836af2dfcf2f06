CREATE TABLE "signer_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"envelope_id" uuid NOT NULL,
	"recipient_id" uuid NOT NULL,
	"request_id" text NOT NULL,
	"name" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"sha256" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "envelope_recipients" ADD COLUMN "attachment_requests" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "envelope_recipients" ADD COLUMN "document_number_request" jsonb;--> statement-breakpoint
ALTER TABLE "envelope_recipients" ADD COLUMN "provided_document_number" jsonb;--> statement-breakpoint
ALTER TABLE "envelopes" ADD COLUMN "require_geolocation" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "integrations" ADD COLUMN "require_geolocation" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "signer_attachments" ADD CONSTRAINT "signer_attachments_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signer_attachments" ADD CONSTRAINT "signer_attachments_envelope_id_envelopes_id_fk" FOREIGN KEY ("envelope_id") REFERENCES "public"."envelopes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signer_attachments" ADD CONSTRAINT "signer_attachments_recipient_id_envelope_recipients_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."envelope_recipients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "signer_attachments_recipient_request_key" ON "signer_attachments" USING btree ("recipient_id","request_id");--> statement-breakpoint
CREATE INDEX "signer_attachments_envelope_idx" ON "signer_attachments" USING btree ("envelope_id");