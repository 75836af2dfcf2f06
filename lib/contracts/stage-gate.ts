import 'server-only';
import { and, asc, eq, inArray, notExists, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { contractStages, documentTypes, envelopeDocuments, envelopes, stageRequiredDocumentTypes } from '../db/schema';
import { signedEnvelopeStatuses } from '../envelopes/schemas';

/**
 * The document types a stage requires that this contract has not yet signed: required types flagged
 * "Requer assinatura eletrônica" with no document of that type in a COMPLETED envelope of the
 * contract (sealing counts: everyone signed). Empty = the contract may enter the stage. Types without the flag never block (TOTVS:
 * only a type that needs an e-signature holds the contract's situation).
 */
export async function missingDocumentTypesForStage(
  tx: Executor,
  { accountId, contractId, stageId }: { accountId: string; contractId: string; stageId: string },
): Promise<{ id: string; name: string }[]> {
  const signed = tx
    .select({ one: sql`1` })
    .from(envelopeDocuments)
    .innerJoin(envelopes, eq(envelopes.id, envelopeDocuments.envelopeId))
    .where(
      and(
        eq(envelopeDocuments.documentTypeId, documentTypes.id),
        eq(envelopes.accountId, accountId),
        eq(envelopes.contractId, contractId),
        inArray(envelopes.status, [...signedEnvelopeStatuses]),
      ),
    );
  return tx
    .select({ id: documentTypes.id, name: documentTypes.name })
    .from(stageRequiredDocumentTypes)
    .innerJoin(contractStages, eq(contractStages.id, stageRequiredDocumentTypes.stageId))
    .innerJoin(documentTypes, eq(documentTypes.id, stageRequiredDocumentTypes.documentTypeId))
    .where(
      and(
        eq(stageRequiredDocumentTypes.stageId, stageId),
        eq(contractStages.accountId, accountId),
        eq(documentTypes.accountId, accountId),
        eq(documentTypes.requiresSignature, true),
        notExists(signed),
      ),
    )
    .orderBy(asc(documentTypes.name), asc(documentTypes.id));
}

/** "A situação X exige documentos assinados: Contrato de adesão, Termo de fidelidade." */
export function stageGateMessage(stageName: string, missing: { name: string }[]) {
  return `A situação ${stageName} exige documentos assinados: ${missing.map((m) => m.name).join(', ')}.`;
}
