CREATE TYPE "public"."sms_method" AS ENUM('POST', 'GET');--> statement-breakpoint
CREATE TYPE "public"."whatsapp_provider" AS ENUM('none', 'cloud_api', 'opa_suite');--> statement-breakpoint
ALTER TABLE "integrations" ADD COLUMN "whatsapp_provider" "whatsapp_provider" DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE "integrations" ADD COLUMN "whatsapp_url" text;--> statement-breakpoint
ALTER TABLE "integrations" ADD COLUMN "whatsapp_sender_id" text;--> statement-breakpoint
ALTER TABLE "integrations" ADD COLUMN "whatsapp_token_enc" text;--> statement-breakpoint
ALTER TABLE "integrations" ADD COLUMN "whatsapp_code_template" text;--> statement-breakpoint
ALTER TABLE "integrations" ADD COLUMN "sms_url" text;--> statement-breakpoint
ALTER TABLE "integrations" ADD COLUMN "sms_method" "sms_method" DEFAULT 'POST' NOT NULL;--> statement-breakpoint
ALTER TABLE "integrations" ADD COLUMN "sms_auth_header" text;--> statement-breakpoint
ALTER TABLE "integrations" ADD COLUMN "sms_auth_value_enc" text;--> statement-breakpoint
ALTER TABLE "integrations" ADD COLUMN "sms_body_template" text;