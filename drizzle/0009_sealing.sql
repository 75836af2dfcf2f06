ALTER TYPE "public"."envelope_status" ADD VALUE 'sealing' BEFORE 'completed';--> statement-breakpoint
ALTER TABLE "envelope_documents" ADD COLUMN "sealed_size_bytes" bigint;--> statement-breakpoint
ALTER TABLE "envelope_documents" ADD COLUMN "sealed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "envelope_documents" ADD COLUMN "verification_code" text;--> statement-breakpoint
ALTER TABLE "envelopes" ADD COLUMN "sealed_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "envelope_documents_verification_code_key" ON "envelope_documents" USING btree ("verification_code");--> statement-breakpoint
CREATE INDEX "envelope_documents_sealed_sha256_idx" ON "envelope_documents" USING btree ("sealed_sha256");--> statement-breakpoint
CREATE INDEX "envelope_documents_sha256_idx" ON "envelope_documents" USING btree ("sha256");