import { sql } from 'drizzle-orm';
import { check, date, integer, pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { timestamps } from './columns';

/**
 * Pacote: documents included per billing period, the day the period starts, the price of each
 * document beyond it (cents), and the prepaid WhatsApp / SMS credits that sending consumes. One row
 * per account; none = no package (0 included) and no credits.
 */
export const accountPlans = pgTable(
  'account_plans',
  {
    accountId: uuid()
      .primaryKey()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    documentsPerPeriod: integer().notNull().default(0),
    /** 1..28: every month has it. */
    periodStartDay: integer().notNull().default(1),
    overagePriceCents: integer().notNull().default(0),
    whatsappCredits: integer().notNull().default(0),
    smsCredits: integer().notNull().default(0),
    ...timestamps,
  },
  (t) => [
    check('account_plans_documents', sql`${t.documentsPerPeriod} >= 0`),
    check('account_plans_start_day', sql`${t.periodStartDay} between 1 and 28`),
    check('account_plans_overage', sql`${t.overagePriceCents} >= 0`),
    // The last line of defence for "never below zero" (consumption is a guarded decrement).
    check('account_plans_whatsapp_credits', sql`${t.whatsappCredits} >= 0`),
    check('account_plans_sms_credits', sql`${t.smsCredits} >= 0`),
  ],
);

/** The 80 % and 100 % package alerts already sent, one per period and threshold. */
export const planAlerts = pgTable(
  'plan_alerts',
  {
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    periodStart: date({ mode: 'string' }).notNull(),
    threshold: integer().notNull(),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.periodStart, t.threshold] })],
);
