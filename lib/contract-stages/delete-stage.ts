import 'server-only';
import { and, asc, count, eq } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { contractStages, contracts } from '../db/schema';
import { AppError, forbidden } from '../errors';
import { lockStage } from './stage-rules';

const SHOWN = 5;

/** Refused while contracts are in the stage or other stages lead to it: the message names them. */
export async function deleteStage(actor: Actor, input: { stageId: string }) {
  if (!hasRole(actor.role, 'admin')) throw forbidden();
  const db = await getDb();
  await db.transaction(async (tx) => {
    const row = await lockStage(tx, actor.accountId, input.stageId);
    const inStage = and(eq(contracts.accountId, actor.accountId), eq(contracts.stageId, row.id));
    const [{ total }] = await tx.select({ total: count() }).from(contracts).where(inStage);
    const shown = await tx.select({ number: contracts.number }).from(contracts).where(inStage).orderBy(asc(contracts.createdAt)).limit(SHOWN);
    const leadingHere = await tx
      .select({ name: contractStages.name })
      .from(contractStages)
      .where(and(eq(contractStages.accountId, actor.accountId), eq(contractStages.nextStageId, row.id)))
      .orderBy(asc(contractStages.name));
    const uses: string[] = [];
    if (total > 0) {
      const more = total > SHOWN ? ` e mais ${total - SHOWN}` : '';
      uses.push(`contratos nesta situação: nº ${shown.map((c) => c.number).join(', ')}${more}`);
    }
    if (leadingHere.length) uses.push(`é a próxima situação de: ${leadingHere.map((s) => s.name).join(', ')}`);
    if (uses.length) {
      throw new AppError('CONFLICT', {
        userMessage: `A situação "${row.name}" está em uso (${uses.join('; ')}). Mude esses contratos e situações antes de excluir.`,
      });
    }
    await tx.delete(contractStages).where(and(eq(contractStages.id, row.id), eq(contractStages.accountId, actor.accountId)));
    await recordActivity(tx, actor, {
      action: 'contract_stage.deleted',
      entityType: 'contract_stage',
      entityId: row.id,
      summary: `Excluiu a situação do contrato ${row.name}`,
    });
  });
}
