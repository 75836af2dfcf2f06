import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/client';
import {
  branches,
  contacts,
  contractTemplates,
  contractTerms,
  contracts,
  customers,
  employees,
  integrations,
  templateTerms,
} from '../db/schema';
import { notFound } from '../errors';
import { getGeneralParameters } from '../settings/get-general-parameters';

type TemplateRow = typeof contractTemplates.$inferSelect;

/**
 * Everything an envelope of a contract is built from, read in the caller's transaction and scoped
 * to the account: another account's contract is simply not found.
 */
export async function loadContractContext(tx: Executor, accountId: string, contractId: string) {
  const [contract] = await tx
    .select()
    .from(contracts)
    .where(and(eq(contracts.id, contractId), eq(contracts.accountId, accountId)))
    .for('update');
  if (!contract) throw notFound('Contrato');

  const [[customer], [branch], [template]] = await Promise.all([
    tx.select().from(customers).where(and(eq(customers.id, contract.customerId), eq(customers.accountId, accountId))),
    tx.select().from(branches).where(and(eq(branches.id, contract.branchId), eq(branches.accountId, accountId))),
    tx.select().from(contractTemplates).where(and(eq(contractTemplates.id, contract.templateId), eq(contractTemplates.accountId, accountId))),
  ]);
  if (!customer) throw notFound('Cliente');
  if (!branch) throw notFound('Filial');
  if (!template) throw notFound('Modelo de contrato');

  const [witness] = contract.witnessContactId
    ? await tx.select().from(contacts).where(and(eq(contacts.id, contract.witnessContactId), eq(contacts.accountId, accountId)))
    : [];
  const [integration] = branch.integrationId
    ? await tx.select().from(integrations).where(and(eq(integrations.id, branch.integrationId), eq(integrations.accountId, accountId)))
    : [];
  const staffIds = [integration?.companySignerId, integration?.companyWitnessId].filter((v): v is string => !!v);
  const staff = staffIds.length
    ? await tx.select().from(employees).where(and(eq(employees.accountId, accountId), inArray(employees.id, staffIds)))
    : [];

  const templateTermRows = await tx
    .select({ term: contractTemplates })
    .from(templateTerms)
    .innerJoin(contractTemplates, eq(contractTemplates.id, templateTerms.termId))
    .where(and(eq(templateTerms.templateId, template.id), eq(contractTemplates.accountId, accountId)))
    .orderBy(asc(templateTerms.position));

  const attachedTerms = await tx
    .select({ contractTerm: contractTerms, template: contractTemplates })
    .from(contractTerms)
    .innerJoin(contractTemplates, eq(contractTemplates.id, contractTerms.termTemplateId))
    .where(and(eq(contractTerms.contractId, contract.id), eq(contractTerms.accountId, accountId)))
    .orderBy(asc(contractTerms.createdAt));

  return {
    contract,
    customer,
    witness: witness ?? null,
    branch,
    integration: integration ?? null,
    companySigner: staff.find((e) => e.id === integration?.companySignerId) ?? null,
    companyWitness: staff.find((e) => e.id === integration?.companyWitnessId) ?? null,
    template,
    templateTerms: templateTermRows.map((r) => r.term) as TemplateRow[],
    attachedTerms,
    general: await getGeneralParameters({ accountId }, tx),
  };
}

export type ContractContext = Awaited<ReturnType<typeof loadContractContext>>;
