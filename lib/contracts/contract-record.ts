import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { branches, contacts, contractStages, contractTemplates, contracts, customers } from '../db/schema';
import { AppError } from '../errors';

export const contractNotFound = () => new AppError('NOT_FOUND', { userMessage: 'Contrato não encontrado.' });

export type ContractRow = typeof contracts.$inferSelect;

/** Loads and row-locks a contract of the account; another account's id is "not found". */
export async function lockContract(tx: Tx, accountId: string, contractId: string): Promise<ContractRow> {
  const [row] = await tx
    .select()
    .from(contracts)
    .where(and(eq(contracts.id, contractId), eq(contracts.accountId, accountId)))
    .for('update');
  if (!row) throw contractNotFound();
  return row;
}

const invalid = (field: string, message: string) =>
  new AppError('INVALID_INPUT', { userMessage: 'Corrija os campos destacados.', fields: { [field]: [message] } });

type Refs = { customerId: string; branchId: string; templateId: string; witnessContactId: string | null };

/**
 * Everything a contract points to must be of the same account: the customer, the branch, a contract
 * template (an inactive one only if the contract already used it), and a witness among the
 * customer's own contacts. Returns the names the activity log uses.
 */
export async function assertContractRefs(tx: Tx, accountId: string, refs: Refs, keepTemplateId?: string) {
  const [customer] = await tx
    .select({ name: customers.name })
    .from(customers)
    .where(and(eq(customers.id, refs.customerId), eq(customers.accountId, accountId)));
  if (!customer) throw invalid('customerId', 'Cliente não encontrado nesta conta.');
  const [branch] = await tx
    .select({ name: branches.name })
    .from(branches)
    .where(and(eq(branches.id, refs.branchId), eq(branches.accountId, accountId)));
  if (!branch) throw invalid('branchId', 'Filial não encontrada nesta conta.');
  const [template] = await tx
    .select({ name: contractTemplates.name, kind: contractTemplates.kind, active: contractTemplates.active })
    .from(contractTemplates)
    .where(and(eq(contractTemplates.id, refs.templateId), eq(contractTemplates.accountId, accountId)));
  if (!template || template.kind !== 'contract') throw invalid('templateId', 'Modelo de contrato não encontrado nesta conta.');
  if (!template.active && refs.templateId !== keepTemplateId) throw invalid('templateId', 'Este modelo de contrato está inativo.');
  let witness: string | null = null;
  if (refs.witnessContactId) {
    const [contact] = await tx
      .select({ name: contacts.name })
      .from(contacts)
      .where(and(eq(contacts.id, refs.witnessContactId), eq(contacts.customerId, refs.customerId), eq(contacts.accountId, accountId)));
    if (!contact) throw invalid('witnessContactId', 'A testemunha precisa ser um dos contatos do cliente escolhido.');
    witness = contact.name;
  }
  return { customerName: customer.name, branchName: branch.name, templateName: template.name, witnessName: witness };
}

/** A stage of the account (for the contract's initial stage and for moves), or a field error. */
export async function findStage(tx: Tx, accountId: string, stageId: string, field = 'stageId') {
  const [stage] = await tx
    .select({ id: contractStages.id, name: contractStages.name })
    .from(contractStages)
    .where(and(eq(contractStages.id, stageId), eq(contractStages.accountId, accountId)));
  if (!stage) throw invalid(field, 'Situação não encontrada nesta conta.');
  return stage;
}
