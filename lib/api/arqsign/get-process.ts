import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { ApiCaller } from '../../api-keys/authenticate-api-key';
import { getDb } from '../../db/client';
import { envelopeApiDetails, envelopeDocuments, envelopeRecipients, envelopes } from '../../db/schema';
import { envelopeStatusLabels } from '../../envelopes/schemas';
import { z } from '../../validation';
import { ArqsignError } from './errors';
import { arqsignMessages } from './messages';

/** ArqSign's process statuses: 1 Criado, 2 Aguardando, 3 Em processo, 4 Concluído, 5 Cancelado. */
const statusIds: Record<string, [number, string]> = {
  draft: [1, 'Criado'],
  sent: [2, 'Aguardando'],
  partially_signed: [3, 'Em processo'],
  // Everyone signed, the sealed PDF is being made: a client waits for Concluído to fetch it.
  sealing: [3, 'Em processo'],
  completed: [4, 'Concluído'],
  declined: [5, 'Cancelado'],
  expired: [5, 'Cancelado'],
  cancelled: [5, 'Cancelado'],
};

const recipientStatus: Record<string, string> = { pending: 'Aguardando', sent: 'Aguardando', viewed: 'Visualizado', signed: 'Assinado', declined: 'Recusado' };

export const processoSchema = z
  .object({
    IdProcesso: z.uuid(),
    nomeProcesso: z.string(),
    idStatus: z.int().describe('1 Criado, 2 Aguardando, 3 Em processo, 4 Concluído, 5 Cancelado'),
    status: z.string(),
    situacao: z.string().describe('A situação no Rubrica (Concluído, Recusado, Expirado…)'),
    idPasta: z.uuid().nullable(),
    idResponsavel: z.uuid().nullable(),
    dataCriacao: z.iso.datetime(),
    dataExpiracao: z.iso.datetime(),
    dataConclusao: z.iso.datetime().nullable(),
    destinatarios: z.array(
      z.object({
        id: z.uuid(),
        nome: z.string(),
        email: z.string().nullable(),
        telefone: z.string().nullable(),
        idTipoAcao: z.int(),
        ordemAssinatura: z.int(),
        status: z.string(),
        dataVisualizacao: z.iso.datetime().nullable(),
        dataAssinatura: z.iso.datetime().nullable(),
      }),
    ),
    documentos: z.array(z.object({ id: z.uuid(), nome: z.string(), ordemDocumento: z.int(), hash: z.string(), assinado: z.boolean() })),
  })
  .meta({ id: 'ArqSignProcesso' });

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** GET /api/v2/processo/{idProcesso}: the process of the key's account, with its signers and documents. */
export async function buscarProcesso(caller: ApiCaller, idProcesso: string): Promise<z.output<typeof processoSchema>> {
  if (!z.uuid().safeParse(idProcesso).success) throw new ArqsignError(400, [arqsignMessages.format(['idProcesso'])]);
  const db = await getDb();
  const [row] = await db
    .select({ e: envelopes, folderId: envelopeApiDetails.folderId })
    .from(envelopes)
    .leftJoin(envelopeApiDetails, eq(envelopeApiDetails.envelopeId, envelopes.id))
    .where(and(eq(envelopes.id, idProcesso), eq(envelopes.accountId, caller.accountId)));
  if (!row) throw new ArqsignError(400, [arqsignMessages.missingIds(['idProcesso'])]);
  const [people, docs] = await Promise.all([
    db.select().from(envelopeRecipients).where(eq(envelopeRecipients.envelopeId, idProcesso)).orderBy(asc(envelopeRecipients.position)),
    db.select().from(envelopeDocuments).where(eq(envelopeDocuments.envelopeId, idProcesso)).orderBy(asc(envelopeDocuments.position)),
  ]);
  const e = row.e;
  const [idStatus, status] = statusIds[e.status];
  return {
    IdProcesso: e.id,
    nomeProcesso: e.name,
    idStatus,
    status,
    situacao: envelopeStatusLabels[e.status],
    idPasta: row.folderId ?? null,
    idResponsavel: e.createdBy,
    dataCriacao: e.createdAt.toISOString(),
    dataExpiracao: e.expiresAt.toISOString(),
    dataConclusao: iso(e.completedAt),
    destinatarios: people.map((r) => ({
      id: r.id,
      nome: r.name,
      email: r.email,
      telefone: r.phone,
      idTipoAcao: r.action === 'copy' ? 2 : 1,
      ordemAssinatura: r.signingOrder,
      status: recipientStatus[r.status] ?? r.status,
      dataVisualizacao: iso(r.viewedAt),
      dataAssinatura: iso(r.signedAt),
    })),
    documentos: docs.map((d) => ({ id: d.id, nome: d.name, ordemDocumento: d.position + 1, hash: d.sha256, assinado: d.sealedSha256 !== null })),
  };
}
