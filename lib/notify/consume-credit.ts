import 'server-only';
import { and, eq, gte, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { accountPlans } from '../db/schema';
import { AppError } from '../errors';
import type { MessageChannel } from './channel';

/** The refusal users of such products know (reference 004), word for word. */
export const NO_CREDITS_MESSAGE = 'Saldo de créditos de Envios ou WhatsApp ou SMS insuficiente';

/**
 * Takes one prepaid credit for a WhatsApp or SMS message, in the transaction that queues it: a
 * guarded decrement (never below zero, even with many sends at once), so when it refuses the
 * caller's whole change rolls back and nothing is half-sent. E-mail costs no credit.
 */
export async function consumeMessageCredit(tx: Executor, accountId: string, channel: MessageChannel) {
  if (channel === 'email') return;
  const column = channel === 'whatsapp' ? accountPlans.whatsappCredits : accountPlans.smsCredits;
  const rows = await tx
    .update(accountPlans)
    .set(channel === 'whatsapp' ? { whatsappCredits: sql`${column} - 1` } : { smsCredits: sql`${column} - 1` })
    .where(and(eq(accountPlans.accountId, accountId), gte(column, 1)))
    .returning({ accountId: accountPlans.accountId });
  if (rows.length === 0) throw new AppError('QUOTA_EXCEEDED', { userMessage: NO_CREDITS_MESSAGE });
}
