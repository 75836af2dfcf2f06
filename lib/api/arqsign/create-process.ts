import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { ApiCaller } from '../../api-keys/authenticate-api-key';
import { getDb } from '../../db/client';
import { envelopeApiDetails, envelopeDocuments, folders, signerRoles, users, type DocumentNumberRequest } from '../../db/schema';
import type { RecipientSpec } from '../../envelopes/build-recipients';
import { createEnvelope } from '../../envelopes/create-envelope';
import { hasCreditsFor } from '../check-credits';
import { decodeBase64, inspectPdf, looksLikePdf, storeUploadedPdf, type InspectedPdf } from '../uploaded-pdf';
import { ArqsignError, Findings } from './errors';
import { arqsignMessages } from './messages';
import { parseProcesso } from './parse-request';
import type { Destinatario, EnviarProcesso } from './schema';
import { checkProcess, phoneE164, type ProcessLookup } from './validate';

export type ArqsignRequestMeta = { ip: string | null; userAgent: string | null };

/**
 * POST /api/v2/processo/enviar-documento-para-assinar: checks the process exactly as reference 004
 * says, then maps it onto one of our envelopes (the only place that knows both shapes) and sends it.
 */
export async function enviarProcesso(caller: ApiCaller, body: unknown, meta: ArqsignRequestMeta) {
  const findings = new Findings();
  const p = parseProcesso(body, findings);
  findings.throwIfAny();
  if (!p) throw new ArqsignError(400, [arqsignMessages.unknownParameter]);

  const lookup = await lookUp(caller.accountId, p);
  checkProcess(p, lookup, findings);
  findings.throwIfAny();

  const order = p.documentos.map((_, i) => i).sort((a, b) => (p.documentos[a].ordemDocumento ?? 0) - (p.documentos[b].ordemDocumento ?? 0));
  const documents: Awaited<ReturnType<typeof storeUploadedPdf>>[] = [];
  for (const i of order) documents.push(await storeUploadedPdf(p.documentos[i].nomeComExtensao, lookup.pdfs[i] as Exclude<ProcessLookup['pdfs'][number], string>));
  // documentoDeOrdem → the document's index in the envelope (documents are stored in that order).
  const positionOf = (ordem: number) => (p.documentos.length === 1 ? 0 : order.findIndex((i) => p.documentos[i].ordemDocumento === ordem));
  const recipients = p.destinatarios.map((d) => toRecipient(p, d, positionOf));

  const db = await getDb();
  return db.transaction(async (tx) => {
    const needs = {
      sends: 1,
      whatsapp: recipients.filter((r) => r.deliveryChannel === 'whatsapp').length,
      sms: p.destinatarios.filter((d) => d.assinarOnline?.seguranca?.codigoSeguranca && d.assinarOnline.seguranca.idMeioEnvio === 1).length,
    };
    if (!(await hasCreditsFor(tx, caller.accountId, needs))) throw new ArqsignError(422, [arqsignMessages.noCredits]);
    const cfg = p.configuracoesAvancadas;
    const { envelopeId } = await createEnvelope(
      tx,
      { accountId: caller.accountId, actorId: p.idResponsavel, role: 'operator', ip: meta.ip },
      {
        name: p.nomeProcesso,
        origin: 'api',
        integration: { id: null, provider: 'rubrica', environment: 'production', defaultExpiryDays: null },
        documents,
        recipients,
        readRequired: cfg?.obrigarLeitura ?? false,
        signingOrdered: p.usarOrdemAssinatura,
        expiresInDays: cfg?.tempoExpiracaoDocumentoDias || null,
        // null or 0: "o sistema considera as configurações da conta" (here: none, or the branch's integration).
        reminderEveryDays: cfg?.frequenciaLembretesDias || null,
        warnDaysBeforeExpiry: cfg?.avisoAntesExpiracaoDocumentoDias || null,
        sealQrCode: cfg?.gerarQrCode ?? true,
        message: p.mensagemPadrao?.texto ?? null,
        messageTitle: p.mensagemPadrao?.titulo ?? null,
        apiKey: { id: caller.keyId, name: caller.keyName },
      },
    );
    await tx.insert(envelopeApiDetails).values({
      envelopeId,
      accountId: caller.accountId,
      folderId: p.idPasta,
      apiKeyId: caller.keyId,
      dialect: 'arqsign',
      options: stripFiles(p),
    });
    const docs = await tx
      .select({ id: envelopeDocuments.id, nome: envelopeDocuments.name })
      .from(envelopeDocuments)
      .where(eq(envelopeDocuments.envelopeId, envelopeId))
      .orderBy(asc(envelopeDocuments.position));
    return { IdProcesso: envelopeId, documentos: docs };
  });
}

async function lookUp(accountId: string, p: EnviarProcesso): Promise<ProcessLookup> {
  const db = await getDb();
  const [userRows, folderRows, roleRows] = await Promise.all([
    db.select({ id: users.id }).from(users).where(and(eq(users.accountId, accountId), eq(users.id, p.idResponsavel), eq(users.active, true))),
    db.select({ id: folders.id }).from(folders).where(and(eq(folders.accountId, accountId), eq(folders.id, p.idPasta))),
    db.select({ name: signerRoles.name }).from(signerRoles).where(eq(signerRoles.accountId, accountId)),
  ]);
  const pdfs: (InspectedPdf | 'not-base64' | 'not-pdf')[] = [];
  for (const d of p.documentos) {
    const bytes = decodeBase64(d.arquivo);
    if (!bytes) pdfs.push('not-base64');
    else if (!looksLikePdf(bytes)) pdfs.push('not-pdf');
    else pdfs.push((await inspectPdf(bytes)) ?? 'not-pdf');
  }
  return {
    activeUserIds: new Set(userRows.map((u) => u.id)),
    folderIds: new Set(folderRows.map((f) => f.id)),
    roleNames: new Set(roleRows.map((r) => r.name.trim().toLowerCase())),
    pdfs,
  };
}

function toRecipient(p: EnviarProcesso, d: Destinatario, positionOf: (ordem: number) => number): RecipientSpec {
  const phone = d.telefone ? phoneE164(d.telefone) : null;
  const email = d.email?.trim().toLowerCase() || null;
  const deliveryChannel = email ? ('email' as const) : ('whatsapp' as const);
  const base = { role: 'other' as const, name: d.nome.trim(), email, phone, cpf: null, requireSelfie: false, requireIdDocument: false };
  if (d.idTipoAcao === 2) return { ...base, signingOrder: 1, action: 'copy', deliveryChannel, authMethod: 'none' };
  const o = d.assinarOnline!;
  const code = o.seguranca?.codigoSeguranca || null;
  return {
    ...base,
    signingOrder: p.usarOrdemAssinatura ? (d.ordemAssinatura ?? 1) : 1,
    // "obrigar o signatário a informar seu nome" is our typed-name signature; otherwise a click.
    action: o.assinaturaEletronica?.obrigarSignatarioInformarNome ? 'sign' : 'approve',
    deliveryChannel,
    authMethod: code ? 'access_code' : deliveryChannel,
    accessCode: code,
    attachmentRequests: (o.anexos ?? [])
      .filter((a) => a.anexoDocumentoNome?.trim())
      .map((a) => ({ name: a.anexoDocumentoNome!.trim(), required: a.anexoObrigatorio ?? false, visibleToAll: a.anexoExibirTodosDestinatarios ?? false })),
    documentNumberRequest: documentNumberRequest(o.assinaturaEletronica),
    placements: p.usarPosicaoAssinaturaAutomatica ? [] : placements(o, positionOf),
  };
}

/**
 * "definirPosicaoAssinaturaManual" (validated by checkProcess): one box per document for signing as a
 * person (assinarComo 1 or 3) and one as a company (2 or 3), in millimetres from the top-left.
 */
function placements(o: NonNullable<Destinatario['assinarOnline']>, positionOf: (ordem: number) => number): NonNullable<RecipientSpec['placements']> {
  const kinds = [...(o.assinarComo !== 2 ? (['pessoaFisica'] as const) : []), ...(o.assinarComo !== 1 ? (['pessoaJuridica'] as const) : [])];
  return (o.definirPosicaoAssinaturaManual ?? []).flatMap((entry) =>
    kinds.flatMap((kind) => {
      const box = entry[kind];
      const document = positionOf(entry.documentoDeOrdem ?? 1);
      if (!box?.pagina || document < 0) return [];
      return [{ document, page: box.pagina, xMm: box.posicaoX ?? 0, yMm: box.posicaoY ?? 0, widthMm: box.largura ?? 0, heightMm: box.altura ?? 0, as: kind === 'pessoaFisica' ? ('pf' as const) : ('pj' as const) }];
    }),
  );
}

/** "obrigarSignatarioInformarNumeroDocumento": 1 CPF, 2 CNH, 3 RG, 4 outro (name, 1 texto / 2 numérico, length). */
function documentNumberRequest(e: NonNullable<Destinatario['assinarOnline']>['assinaturaEletronica']): DocumentNumberRequest | null {
  if (!e?.obrigarSignatarioInformarNumeroDocumento) return null;
  if (e.tipoDocumentoAInformar === 1) return { type: 'cpf' };
  if (e.tipoDocumentoAInformar === 2) return { type: 'cnh' };
  if (e.tipoDocumentoAInformar === 3) return { type: 'rg' };
  const other = e.configuracaoDocumentoOutro;
  if (e.tipoDocumentoAInformar === 4 && other?.nomeDocumento && other.qtdeCaracteresDocumento) {
    return { type: 'other', label: other.nomeDocumento.trim(), format: other.formatoDadosDocumento === 2 ? 'numeric' : 'text', length: other.qtdeCaracteresDocumento };
  }
  return null;
}

/** The request as sent, without the files (they are in blob storage, addressed by their hash). */
function stripFiles(p: EnviarProcesso): Record<string, unknown> {
  return { ...p, documentos: p.documentos.map(({ arquivo: _arquivo, ...rest }) => rest) };
}

