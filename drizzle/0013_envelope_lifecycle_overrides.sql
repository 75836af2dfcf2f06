ALTER TABLE "envelopes" ADD COLUMN "message_title" text;--> statement-breakpoint
ALTER TABLE "envelopes" ADD COLUMN "reminder_every_days" integer;--> statement-breakpoint
ALTER TABLE "envelopes" ADD COLUMN "warn_days_before_expiry" integer;--> statement-breakpoint
ALTER TABLE "envelopes" ADD COLUMN "seal_qr_code" boolean DEFAULT true NOT NULL;