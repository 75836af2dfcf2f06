CREATE TYPE "public"."activation_choice" AS ENUM('default', 'on_signature', 'manual');--> statement-breakpoint
CREATE TYPE "public"."contract_status" AS ENUM('awaiting_signature', 'active', 'suspended', 'cancelled', 'ended');--> statement-breakpoint
CREATE TYPE "public"."service_order_status" AS ENUM('open', 'closed');--> statement-breakpoint
CREATE TYPE "public"."template_format" AS ENUM('markdown', 'pdf');--> statement-breakpoint
CREATE TYPE "public"."template_kind" AS ENUM('contract', 'term');--> statement-breakpoint
CREATE TYPE "public"."audit_actor_type" AS ENUM('staff', 'signer', 'system', 'api');--> statement-breakpoint
CREATE TYPE "public"."auth_method" AS ENUM('email', 'sms', 'whatsapp', 'access_code', 'none');--> statement-breakpoint
CREATE TYPE "public"."delivery_channel" AS ENUM('email', 'whatsapp', 'sms', 'none');--> statement-breakpoint
CREATE TYPE "public"."envelope_document_kind" AS ENUM('contract', 'term', 'upload');--> statement-breakpoint
CREATE TYPE "public"."envelope_origin" AS ENUM('contract_saved', 'manual', 'service_order', 'standalone_term', 'api');--> statement-breakpoint
CREATE TYPE "public"."envelope_status" AS ENUM('draft', 'sent', 'partially_signed', 'completed', 'declined', 'expired', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."recipient_action" AS ENUM('sign', 'approve', 'handwritten', 'copy');--> statement-breakpoint
CREATE TYPE "public"."recipient_role" AS ENUM('customer', 'customer_witness', 'company_signer', 'company_witness', 'other');--> statement-breakpoint
CREATE TYPE "public"."recipient_status" AS ENUM('pending', 'sent', 'viewed', 'signed', 'declined');--> statement-breakpoint
CREATE TABLE "account_counters" (
	"account_id" uuid NOT NULL,
	"name" text NOT NULL,
	"value" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "account_counters_account_id_name_pk" PRIMARY KEY("account_id","name")
);
--> statement-breakpoint
CREATE TABLE "contract_stages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"next_stage_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contract_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"kind" "template_kind" NOT NULL,
	"name" text NOT NULL,
	"format" "template_format" DEFAULT 'markdown' NOT NULL,
	"source" text,
	"pdf_sha256" text,
	"pdf_page_count" integer,
	"document_type_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contract_templates_format_content" CHECK (("contract_templates"."format" = 'markdown' and "contract_templates"."source" is not null) or ("contract_templates"."format" = 'pdf' and "contract_templates"."pdf_sha256" is not null))
);
--> statement-breakpoint
CREATE TABLE "contract_terms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"contract_id" uuid NOT NULL,
	"term_template_id" uuid NOT NULL,
	"signed" boolean DEFAULT false NOT NULL,
	"signed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"number" text NOT NULL,
	"customer_id" uuid NOT NULL,
	"branch_id" uuid NOT NULL,
	"template_id" uuid NOT NULL,
	"plan_name" text,
	"price_cents" integer,
	"start_date" date,
	"due_day" integer,
	"status" "contract_status" DEFAULT 'awaiting_signature' NOT NULL,
	"use_signature_integration" "tri_state" DEFAULT 'default' NOT NULL,
	"activation" "activation_choice" DEFAULT 'default' NOT NULL,
	"require_id_document" "tri_state" DEFAULT 'default' NOT NULL,
	"require_selfie" "tri_state" DEFAULT 'default' NOT NULL,
	"witness_contact_id" uuid,
	"stage_id" uuid,
	"activated_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contracts_due_day_range" CHECK ("contracts"."due_day" is null or "contracts"."due_day" between 1 and 31),
	CONSTRAINT "contracts_price_not_negative" CHECK ("contracts"."price_cents" is null or "contracts"."price_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "document_types" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"name" text NOT NULL,
	"requires_signature" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_order_subjects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"name" text NOT NULL,
	"requires_signature" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"number" text NOT NULL,
	"contract_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"description" text,
	"status" "service_order_status" DEFAULT 'open' NOT NULL,
	"closed_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stage_required_document_types" (
	"stage_id" uuid NOT NULL,
	"document_type_id" uuid NOT NULL,
	CONSTRAINT "stage_required_document_types_stage_id_document_type_id_pk" PRIMARY KEY("stage_id","document_type_id")
);
--> statement-breakpoint
CREATE TABLE "template_terms" (
	"template_id" uuid NOT NULL,
	"term_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "template_terms_template_id_term_id_pk" PRIMARY KEY("template_id","term_id")
);
--> statement-breakpoint
CREATE TABLE "envelope_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"envelope_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" "envelope_document_kind" NOT NULL,
	"document_type_id" uuid,
	"contract_term_id" uuid,
	"sha256" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"page_count" integer NOT NULL,
	"position" integer NOT NULL,
	"sealed_sha256" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "envelope_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"envelope_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"recipient_id" uuid,
	"actor_type" "audit_actor_type" NOT NULL,
	"actor_id" text,
	"ip" "inet",
	"user_agent" text,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"prev_hash" text,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "envelope_recipients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"envelope_id" uuid NOT NULL,
	"role" "recipient_role" NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"phone" text,
	"cpf" text,
	"signing_order" integer DEFAULT 1 NOT NULL,
	"action" "recipient_action" DEFAULT 'sign' NOT NULL,
	"delivery_channel" "delivery_channel" NOT NULL,
	"auth_method" "auth_method" NOT NULL,
	"require_selfie" boolean DEFAULT false NOT NULL,
	"require_id_document" boolean DEFAULT false NOT NULL,
	"access_code_hash" text,
	"customer_id" uuid,
	"contact_id" uuid,
	"employee_id" uuid,
	"status" "recipient_status" DEFAULT 'pending' NOT NULL,
	"link_version" integer DEFAULT 1 NOT NULL,
	"token_hash" text NOT NULL,
	"sent_at" timestamp with time zone,
	"viewed_at" timestamp with time zone,
	"signed_at" timestamp with time zone,
	"declined_at" timestamp with time zone,
	"decline_reason" text,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "envelopes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"name" text NOT NULL,
	"status" "envelope_status" DEFAULT 'draft' NOT NULL,
	"origin" "envelope_origin" NOT NULL,
	"contract_id" uuid,
	"service_order_id" uuid,
	"branch_id" uuid,
	"integration_id" uuid,
	"provider" "provider" NOT NULL,
	"environment" "environment" NOT NULL,
	"billable" boolean NOT NULL,
	"signing_ordered" boolean DEFAULT true NOT NULL,
	"read_required" boolean DEFAULT false NOT NULL,
	"message" text,
	"external_id" text,
	"expires_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "account_counters" ADD CONSTRAINT "account_counters_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_stages" ADD CONSTRAINT "contract_stages_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_stages" ADD CONSTRAINT "contract_stages_next_stage_id_contract_stages_id_fk" FOREIGN KEY ("next_stage_id") REFERENCES "public"."contract_stages"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_templates" ADD CONSTRAINT "contract_templates_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_templates" ADD CONSTRAINT "contract_templates_document_type_id_document_types_id_fk" FOREIGN KEY ("document_type_id") REFERENCES "public"."document_types"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_terms" ADD CONSTRAINT "contract_terms_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_terms" ADD CONSTRAINT "contract_terms_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_terms" ADD CONSTRAINT "contract_terms_term_template_id_contract_templates_id_fk" FOREIGN KEY ("term_template_id") REFERENCES "public"."contract_templates"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_template_id_contract_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."contract_templates"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_witness_contact_id_contacts_id_fk" FOREIGN KEY ("witness_contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_stage_id_contract_stages_id_fk" FOREIGN KEY ("stage_id") REFERENCES "public"."contract_stages"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_types" ADD CONSTRAINT "document_types_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_order_subjects" ADD CONSTRAINT "service_order_subjects_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_orders" ADD CONSTRAINT "service_orders_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_orders" ADD CONSTRAINT "service_orders_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_orders" ADD CONSTRAINT "service_orders_subject_id_service_order_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."service_order_subjects"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_orders" ADD CONSTRAINT "service_orders_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_required_document_types" ADD CONSTRAINT "stage_required_document_types_stage_id_contract_stages_id_fk" FOREIGN KEY ("stage_id") REFERENCES "public"."contract_stages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_required_document_types" ADD CONSTRAINT "stage_required_document_types_document_type_id_document_types_id_fk" FOREIGN KEY ("document_type_id") REFERENCES "public"."document_types"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "template_terms" ADD CONSTRAINT "template_terms_template_id_contract_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."contract_templates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "template_terms" ADD CONSTRAINT "template_terms_term_id_contract_templates_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."contract_templates"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "envelope_documents" ADD CONSTRAINT "envelope_documents_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "envelope_documents" ADD CONSTRAINT "envelope_documents_envelope_id_envelopes_id_fk" FOREIGN KEY ("envelope_id") REFERENCES "public"."envelopes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "envelope_documents" ADD CONSTRAINT "envelope_documents_document_type_id_document_types_id_fk" FOREIGN KEY ("document_type_id") REFERENCES "public"."document_types"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "envelope_documents" ADD CONSTRAINT "envelope_documents_contract_term_id_contract_terms_id_fk" FOREIGN KEY ("contract_term_id") REFERENCES "public"."contract_terms"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "envelope_events" ADD CONSTRAINT "envelope_events_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "envelope_events" ADD CONSTRAINT "envelope_events_envelope_id_envelopes_id_fk" FOREIGN KEY ("envelope_id") REFERENCES "public"."envelopes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "envelope_recipients" ADD CONSTRAINT "envelope_recipients_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "envelope_recipients" ADD CONSTRAINT "envelope_recipients_envelope_id_envelopes_id_fk" FOREIGN KEY ("envelope_id") REFERENCES "public"."envelopes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "envelope_recipients" ADD CONSTRAINT "envelope_recipients_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "envelope_recipients" ADD CONSTRAINT "envelope_recipients_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "envelope_recipients" ADD CONSTRAINT "envelope_recipients_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "envelopes" ADD CONSTRAINT "envelopes_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "envelopes" ADD CONSTRAINT "envelopes_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "envelopes" ADD CONSTRAINT "envelopes_service_order_id_service_orders_id_fk" FOREIGN KEY ("service_order_id") REFERENCES "public"."service_orders"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "envelopes" ADD CONSTRAINT "envelopes_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "envelopes" ADD CONSTRAINT "envelopes_integration_id_integrations_id_fk" FOREIGN KEY ("integration_id") REFERENCES "public"."integrations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "envelopes" ADD CONSTRAINT "envelopes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "contract_stages_account_name_key" ON "contract_stages" USING btree ("account_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "contract_templates_account_kind_name_key" ON "contract_templates" USING btree ("account_id","kind","name");--> statement-breakpoint
CREATE INDEX "contract_terms_contract_idx" ON "contract_terms" USING btree ("account_id","contract_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contracts_account_number_key" ON "contracts" USING btree ("account_id","number");--> statement-breakpoint
CREATE INDEX "contracts_account_created_idx" ON "contracts" USING btree ("account_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "contracts_customer_idx" ON "contracts" USING btree ("customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "document_types_account_name_key" ON "document_types" USING btree ("account_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "service_order_subjects_account_name_key" ON "service_order_subjects" USING btree ("account_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "service_orders_account_number_key" ON "service_orders" USING btree ("account_id","number");--> statement-breakpoint
CREATE INDEX "service_orders_contract_idx" ON "service_orders" USING btree ("contract_id");--> statement-breakpoint
CREATE INDEX "envelope_documents_envelope_idx" ON "envelope_documents" USING btree ("envelope_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "envelope_events_envelope_seq_key" ON "envelope_events" USING btree ("envelope_id","seq");--> statement-breakpoint
CREATE INDEX "envelope_events_account_idx" ON "envelope_events" USING btree ("account_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "envelope_recipients_token_hash_key" ON "envelope_recipients" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "envelope_recipients_envelope_idx" ON "envelope_recipients" USING btree ("envelope_id","position");--> statement-breakpoint
CREATE INDEX "envelope_recipients_cpf_idx" ON "envelope_recipients" USING btree ("cpf");--> statement-breakpoint
CREATE INDEX "envelopes_account_created_idx" ON "envelopes" USING btree ("account_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "envelopes_account_status_idx" ON "envelopes" USING btree ("account_id","status");--> statement-breakpoint
CREATE INDEX "envelopes_contract_idx" ON "envelopes" USING btree ("contract_id");--> statement-breakpoint
CREATE INDEX "envelopes_service_order_idx" ON "envelopes" USING btree ("service_order_id");--> statement-breakpoint
-- The evidence trail is append-only: the database itself refuses to change or remove a row.
CREATE FUNCTION envelope_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'envelope_events é somente de inclusão: % recusado', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint
CREATE TRIGGER envelope_events_no_update_delete BEFORE UPDATE OR DELETE ON envelope_events FOR EACH ROW EXECUTE FUNCTION envelope_events_append_only();--> statement-breakpoint
CREATE TRIGGER envelope_events_no_truncate BEFORE TRUNCATE ON envelope_events FOR EACH STATEMENT EXECUTE FUNCTION envelope_events_append_only();
