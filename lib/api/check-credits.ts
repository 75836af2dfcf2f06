import 'server-only';
import type { Executor } from '../db/client';
import { getPlan } from '../billing/get-package-summary';

export type CreditNeeds = { sends: number; whatsapp: number; sms: number };

/**
 * THE credits check point of the API (issue 9 ↔ credits): every envelope the API creates asks here
 * first, inside the creating transaction. Documents ("Envios") are never refused — beyond the
 * package they are overage (lib/billing) — but WhatsApp and SMS need prepaid credits. Each message
 * then takes its credit as it is queued (lib/notify/consume-credit.ts), so a race that empties
 * the balance in between still refuses and rolls back instead of sending half.
 */
export async function hasCreditsFor(tx: Executor, accountId: string, needs: CreditNeeds): Promise<boolean> {
  if (needs.whatsapp === 0 && needs.sms === 0) return true;
  const plan = await getPlan(tx, accountId);
  return plan.whatsappCredits >= needs.whatsapp && plan.smsCredits >= needs.sms;
}
