import 'server-only';
import type { Executor } from '../db/client';

export type CreditNeeds = { sends: number; whatsapp: number; sms: number };

/**
 * THE credits check point of the API (issue 9 ↔ credits): every envelope the API creates asks here
 * first, inside the creating transaction. Credits (Envios, SMS, WhatsApp) are being built
 * separately; until they land in lib/billing this allows everything. Wire the real balance here.
 */
export async function hasCreditsFor(_tx: Executor, _accountId: string, _needs: CreditNeeds): Promise<boolean> {
  return true;
}
