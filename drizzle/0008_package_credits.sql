CREATE TABLE "account_plans" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"documents_per_period" integer DEFAULT 0 NOT NULL,
	"period_start_day" integer DEFAULT 1 NOT NULL,
	"overage_price_cents" integer DEFAULT 0 NOT NULL,
	"whatsapp_credits" integer DEFAULT 0 NOT NULL,
	"sms_credits" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "account_plans_documents" CHECK ("account_plans"."documents_per_period" >= 0),
	CONSTRAINT "account_plans_start_day" CHECK ("account_plans"."period_start_day" between 1 and 28),
	CONSTRAINT "account_plans_overage" CHECK ("account_plans"."overage_price_cents" >= 0),
	CONSTRAINT "account_plans_whatsapp_credits" CHECK ("account_plans"."whatsapp_credits" >= 0),
	CONSTRAINT "account_plans_sms_credits" CHECK ("account_plans"."sms_credits" >= 0)
);
--> statement-breakpoint
CREATE TABLE "plan_alerts" (
	"account_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"threshold" integer NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_alerts_account_id_period_start_threshold_pk" PRIMARY KEY("account_id","period_start","threshold")
);
--> statement-breakpoint
ALTER TABLE "account_plans" ADD CONSTRAINT "account_plans_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_alerts" ADD CONSTRAINT "plan_alerts_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;