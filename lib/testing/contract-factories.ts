import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCnpj, generateCpf } from '@brazilian-utils/brazilian-utils';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import {
  accountSettings,
  branches,
  contacts,
  contractStages,
  contractTemplates,
  contracts,
  customers,
  documentTypes,
  employees,
  integrations,
  serviceOrderSubjects,
  serviceOrders,
  stageRequiredDocumentTypes,
  templateTerms,
} from '../db/schema';
import { createFsBlobStore } from '../storage/fs-blob-store';
import { setBlobStore } from '../storage/get-blob-store';

type IntegrationOverrides = Partial<typeof integrations.$inferInsert>;
type ContractOverrides = Partial<typeof contracts.$inferInsert>;

/** Blobs of a test file go to a temporary folder, not the developer's data dir. */
export function useTemporaryBlobStore() {
  setBlobStore(createFsBlobStore(fs.mkdtempSync(path.join(os.tmpdir(), 'rubrica-blobs-'))));
}

let seq = 0;
const unique = () => `${Date.now().toString(36)}${(seq++).toString(36)}`;

/**
 * A ready-to-sign contract written straight into the database: customer with a witness contact,
 * a branch on a built-in integration with company signer and witness, a template carrying one
 * term, general parameters on. Overrides let a test break one precondition at a time.
 */
export async function createContractSetup(
  actor: Actor,
  opts: { integration?: IntegrationOverrides | null; contract?: ContractOverrides; customer?: Partial<typeof customers.$inferInsert>; general?: Partial<typeof accountSettings.$inferInsert> | null; witness?: boolean } = {},
) {
  const db = await getDb();
  const accountId = actor.accountId;
  const tag = unique();
  if (opts.general !== null) {
    await db
      .insert(accountSettings)
      .values({ accountId, contractSignatureEnabled: true, useSignatureIntegration: true, defaultActivation: 'on_signature', ...opts.general })
      .onConflictDoUpdate({ target: accountSettings.accountId, set: { contractSignatureEnabled: true, useSignatureIntegration: true, defaultActivation: 'on_signature', ...opts.general } });
  }
  const [docType] = await db.insert(documentTypes).values({ accountId, name: `Contrato de adesão ${tag}` }).returning();
  const [termType] = await db.insert(documentTypes).values({ accountId, name: `Termo de fidelidade ${tag}` }).returning();
  const [signer, companyWitness] = await db
    .insert(employees)
    .values([
      { accountId, name: 'Roberta Responsável', cpf: generateCpf(), email: `roberta-${tag}@provedor.com.br`, phone: '+5511988887777' },
      { accountId, name: 'Tiago Testemunha', cpf: generateCpf(), email: `tiago-${tag}@provedor.com.br`, phone: '+5511977776666' },
    ])
    .returning();
  const [integration] =
    opts.integration === null
      ? [null]
      : await db
          .insert(integrations)
          .values({
            accountId,
            provider: 'rubrica',
            description: `Rubrica ${tag}`,
            environment: 'production',
            sendMethod: 'contract',
            companySignerId: signer.id,
            companyWitnessId: companyWitness.id,
            ...opts.integration,
          })
          .returning();
  const [branch] = await db.insert(branches).values({ accountId, name: `Filial ${tag}`, cnpj: generateCnpj(), integrationId: integration?.id ?? null }).returning();
  const [customer] = await db
    .insert(customers)
    .values({
      accountId,
      kind: 'person',
      name: 'José da Conceição',
      taxId: generateCpf(),
      emails: [`jose-${tag}@cliente.com.br`],
      phone: '+5521998765432',
      addressCity: 'Niterói',
      addressState: 'RJ',
      searchText: `jose da conceicao ${tag}`,
      ...opts.customer,
    })
    .returning();
  const [witness] =
    opts.witness === false
      ? [null]
      : await db.insert(contacts).values({ accountId, customerId: customer.id, name: 'Maria Testemunha', taxId: generateCpf(), email: `maria-${tag}@cliente.com.br` }).returning();
  const [term] = await db
    .insert(contractTemplates)
    .values({ accountId, kind: 'term', name: `Termo de fidelidade ${tag}`, source: 'Eu, **{{cliente.nome}}**, aceito a fidelidade de 12 meses.', documentTypeId: termType.id })
    .returning();
  const [template] = await db
    .insert(contractTemplates)
    .values({
      accountId,
      kind: 'contract',
      name: `Contrato de internet ${tag}`,
      source: '# Contrato de prestação de serviços\n\nContratante: **{{cliente.nome}}**, CPF {{cliente.cpf_cnpj}}.\n\nPlano {{contrato.plano}} por {{contrato.valor}} ao mês.',
      documentTypeId: docType.id,
    })
    .returning();
  await db.insert(templateTerms).values({ templateId: template.id, termId: term.id, position: 0 });
  const [contract] = await db
    .insert(contracts)
    .values({
      accountId,
      number: `C-${tag}`,
      customerId: customer.id,
      branchId: branch.id,
      templateId: template.id,
      planName: 'Fibra 500 Mega',
      priceCents: 9990,
      witnessContactId: witness?.id ?? null,
      ...opts.contract,
    })
    .returning();
  return { contract, customer, witness, branch, integration, template, term, signer, companyWitness, docType, termType };
}

export async function createServiceOrder(actor: Actor, contractId: string, requiresSignature: boolean) {
  const db = await getDb();
  const [subject] = await db
    .insert(serviceOrderSubjects)
    .values({ accountId: actor.accountId, name: `Assinatura ${unique()}`, requiresSignature })
    .returning();
  const [order] = await db
    .insert(serviceOrders)
    .values({ accountId: actor.accountId, number: `OS-${unique()}`, contractId, subjectId: subject.id })
    .returning();
  return order;
}

/** Stage A → next stage B, where B requires the given document types to be signed. */
export async function createStages(actor: Actor, requiredDocumentTypeIds: string[]) {
  const db = await getDb();
  const tag = unique();
  const [next] = await db.insert(contractStages).values({ accountId: actor.accountId, name: `Em execução ${tag}`, position: 2 }).returning();
  const [first] = await db
    .insert(contractStages)
    .values({ accountId: actor.accountId, name: `Aguardando documentos ${tag}`, position: 1, nextStageId: next.id })
    .returning();
  if (requiredDocumentTypeIds.length) {
    await db.insert(stageRequiredDocumentTypes).values(requiredDocumentTypeIds.map((documentTypeId) => ({ stageId: next.id, documentTypeId })));
  }
  return { first, next };
}
