import 'server-only';
import { sql } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { accountPlans } from '../db/schema';
import { forbidden } from '../errors';
import type { UpdatePlanInput } from './schemas';

const brl = (cents: number) => (cents / 100).toLocaleString('pt-BR', { style: 'currency', currency: 'BRL' });

/**
 * Sets the account's package and adds prepaid credits. Credits are added to what is there (an
 * increment, never an overwrite), so sends happening at the same moment are not lost. Logged.
 */
export async function updatePlan(actor: Actor, input: UpdatePlanInput) {
  if (!hasRole(actor.role, 'admin')) throw forbidden();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(accountPlans)
      .values({
        accountId: actor.accountId,
        documentsPerPeriod: input.documentsPerPeriod,
        periodStartDay: input.periodStartDay,
        overagePriceCents: input.overagePrice,
        whatsappCredits: input.addWhatsappCredits,
        smsCredits: input.addSmsCredits,
      })
      .onConflictDoUpdate({
        target: accountPlans.accountId,
        set: {
          documentsPerPeriod: input.documentsPerPeriod,
          periodStartDay: input.periodStartDay,
          overagePriceCents: input.overagePrice,
          whatsappCredits: sql`${accountPlans.whatsappCredits} + ${input.addWhatsappCredits}`,
          smsCredits: sql`${accountPlans.smsCredits} + ${input.addSmsCredits}`,
          updatedAt: sql`now()`,
        },
      })
      .returning();
    const added = [input.addWhatsappCredits ? `${input.addWhatsappCredits} de WhatsApp` : '', input.addSmsCredits ? `${input.addSmsCredits} de SMS` : ''].filter(Boolean);
    await recordActivity(tx, actor, {
      action: 'plan.updated',
      entityType: 'account',
      entityId: actor.accountId,
      summary: `Definiu o pacote: ${input.documentsPerPeriod} documentos por período a partir do dia ${input.periodStartDay}, excedente ${brl(input.overagePrice)}${added.length ? `; adicionou créditos ${added.join(' e ')}` : ''}`,
      details: { ...input },
    });
    return { whatsappCredits: row.whatsappCredits, smsCredits: row.smsCredits };
  });
}
