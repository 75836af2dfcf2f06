import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { contractTemplates, contractTerms, envelopeDocuments, envelopes } from '../db/schema';

/** The terms of one contract of the account, each with the status of the latest envelope that carries it. */
export async function listContractTerms(actor: Pick<Actor, 'accountId'>, contractId: string) {
  const db = await getDb();
  const latestEnvelopeStatus = db
    .select({ status: envelopes.status })
    .from(envelopeDocuments)
    .innerJoin(envelopes, eq(envelopes.id, envelopeDocuments.envelopeId))
    .where(and(eq(envelopeDocuments.contractTermId, contractTerms.id), eq(envelopes.accountId, actor.accountId)))
    .orderBy(desc(envelopes.createdAt))
    .limit(1);
  return db
    .select({
      id: contractTerms.id,
      name: contractTemplates.name,
      signed: contractTerms.signed,
      signedAt: contractTerms.signedAt,
      createdAt: contractTerms.createdAt,
      envelopeStatus: sql<string | null>`(${latestEnvelopeStatus})`,
    })
    .from(contractTerms)
    .innerJoin(contractTemplates, and(eq(contractTemplates.id, contractTerms.termTemplateId), eq(contractTemplates.accountId, contractTerms.accountId)))
    .where(and(eq(contractTerms.accountId, actor.accountId), eq(contractTerms.contractId, contractId)))
    .orderBy(asc(contractTerms.createdAt), asc(contractTerms.id));
}

export type ContractTermRow = Awaited<ReturnType<typeof listContractTerms>>[number];
