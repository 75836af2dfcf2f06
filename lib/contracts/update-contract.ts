import 'server-only';
import { and, eq } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { now } from '../clock';
import { getDb } from '../db/client';
import { envelopeOnContractSave } from '../envelopes/envelope-on-contract-save';
import { contracts } from '../db/schema';
import { forbidden } from '../errors';
import { assertContractRefs, lockContract } from './contract-record';
import { contractStatusLabels } from './labels';
import type { UpdateContractInput } from './schemas';

const fieldLabels: Record<string, string> = {
  customerId: 'cliente',
  branchId: 'filial',
  templateId: 'modelo',
  planName: 'plano',
  priceCents: 'valor',
  startDate: 'início',
  dueDay: 'vencimento',
  status: 'status',
  useSignatureIntegration: 'utilizar integração assinatura digital',
  activation: 'ativação',
  requireIdDocument: 'documento de identidade',
  requireSelfie: 'selfie',
  witnessContactId: 'testemunha',
  notes: 'observações',
};

export async function updateContract(actor: Actor, input: UpdateContractInput) {
  if (!hasRole(actor.role, 'operator')) throw forbidden();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const saved = await lockContract(tx, actor.accountId, input.contractId);
    await assertContractRefs(tx, actor.accountId, input, saved.templateId);
    const values = {
      customerId: input.customerId,
      branchId: input.branchId,
      templateId: input.templateId,
      planName: input.planName,
      priceCents: input.price,
      startDate: input.startDate,
      dueDay: input.dueDay,
      status: input.status,
      useSignatureIntegration: input.useSignatureIntegration,
      activation: input.activation,
      requireIdDocument: input.requireIdDocument,
      requireSelfie: input.requireSelfie,
      witnessContactId: input.witnessContactId,
      notes: input.notes,
    };
    const changed = (Object.keys(values) as (keyof typeof values)[]).filter((k) => values[k] !== saved[k]);
    const at = now();
    await tx
      .update(contracts)
      .set({
        ...values,
        activatedAt: input.status === 'active' && saved.status !== 'active' ? at : saved.activatedAt,
        cancelledAt: input.status === 'cancelled' && saved.status !== 'cancelled' ? at : input.status === 'cancelled' ? saved.cancelledAt : null,
      })
      .where(and(eq(contracts.id, saved.id), eq(contracts.accountId, actor.accountId)));
    const statusChange = saved.status !== input.status ? `: status ${contractStatusLabels[saved.status]} → ${contractStatusLabels[input.status]}` : '';
    const others = changed.filter((k) => k !== 'status').map((k) => fieldLabels[k]);
    await recordActivity(tx, actor, {
      action: 'contract.updated',
      entityType: 'contract',
      entityId: saved.id,
      summary: `Alterou o contrato nº ${saved.number}${statusChange}${others.length ? `${statusChange ? '; ' : ': '}${others.join(', ')}` : ''}`,
      details: { changed },
    });
    // A contract saved "Aguardando assinatura" without a live envelope gets one now (reference 000: on Salvar).
    const envelope = await envelopeOnContractSave(tx, actor, saved.id);
    return { contractId: saved.id, number: saved.number, envelope };
  });
}
