CREATE TABLE "signer_space_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cpf_key" text NOT NULL,
	"code_hash" text,
	"recipient_id" uuid,
	"channel" "auth_method",
	"destination_masked" text,
	"requester_ip" text,
	"expires_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"consumed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "signer_space_codes" ADD CONSTRAINT "signer_space_codes_recipient_id_envelope_recipients_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."envelope_recipients"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "signer_space_codes_cpf_idx" ON "signer_space_codes" USING btree ("cpf_key","sent_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "signer_space_codes_ip_idx" ON "signer_space_codes" USING btree ("requester_ip","sent_at" DESC NULLS LAST);