import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { ApiCaller } from '../../api-keys/authenticate-api-key';
import { getDb } from '../../db/client';
import { branches, envelopeApiDetails, folders, integrations } from '../../db/schema';
import type { RecipientSpec } from '../../envelopes/build-recipients';
import { createEnvelope, type NewEnvelope } from '../../envelopes/create-envelope';
import { AppError } from '../../errors';
import { normalizeMobile } from '../../people/phone';
import { signerToken, signerUrl } from '../../signing/signer-link';
import { hasCreditsFor } from '../check-credits';
import { decodeBase64 } from '../uploaded-pdf';
import { checkApiDocuments, storeApiDocuments, type ApiDocumentSource } from './prepare-api-documents';
import type { CreateEnvelopeBody } from './schemas';

const invalid = (fields: Record<string, string[]>) => new AppError('INVALID_INPUT', { userMessage: 'A requisição tem campos inválidos.', fields });

export type CreateEnvelopeRequest = Omit<CreateEnvelopeBody, 'documents'> & { documents: ApiDocumentSource[] };

/** The JSON body's documents as sources: base64 decoded here, templates as they are. */
export function documentsFromJson(documents: CreateEnvelopeBody['documents']): ApiDocumentSource[] {
  return documents.map((d, i) =>
    'templateId' in d
      ? { kind: 'template', ...d, field: `documents.${i}` }
      : { kind: 'file', name: d.name, bytes: decodeBase64(d.contentBase64), field: `documents.${i}.contentBase64` },
  );
}

/**
 * POST /api/v1/envelopes: uploaded PDFs (base64 or multipart) and/or contract templates filled with
 * the caller's variables, signers as the caller describes them, sent at once.
 */
export async function createEnvelopeViaApi(caller: ApiCaller, body: CreateEnvelopeRequest, meta: { ip: string | null }) {
  const fields: Record<string, string[]> = {};
  const add = (k: string, m: string) => (fields[k] ??= []).push(m);

  if (!body.documents.length) add('documents', 'Envie ao menos um documento.');
  if (body.documents.length > 25) add('documents', 'Envie até 25 documentos.');
  const checked = await checkApiDocuments(caller.accountId, body.documents, add);

  const ordered = !!body.settings?.signingOrder;
  const recipients: RecipientSpec[] = body.signers.map((s, i) => {
    const at = `signers.${i}`;
    const phone = s.phone ? normalizeMobile(s.phone) : null;
    if (s.phone && !phone) add(`${at}.phone`, 'Informe um celular válido com DDD.');
    if ((s.delivery === 'email' || s.auth === 'email') && !s.email) add(`${at}.email`, 'Informe o e-mail: ele é o canal de envio ou de autenticação.');
    if ((['whatsapp', 'sms'] as string[]).includes(s.delivery) && !s.phone) add(`${at}.phone`, 'Informe o celular: ele é o canal de envio.');
    if ((['whatsapp', 'sms'] as string[]).includes(s.auth) && !s.phone) add(`${at}.phone`, 'Informe o celular: ele é o canal de autenticação.');
    if (s.auth === 'access_code' && !s.accessCode) add(`${at}.accessCode`, 'Informe o código de acesso de 4 dígitos.');
    return {
      role: 'other',
      name: s.name,
      email: s.email?.toLowerCase() ?? null,
      phone,
      cpf: s.cpf?.replace(/\D/g, '') || null,
      signingOrder: ordered ? (s.order ?? 1) : 1,
      action: s.action,
      deliveryChannel: s.delivery,
      authMethod: s.action === 'copy' ? 'none' : s.auth,
      accessCode: s.auth === 'access_code' ? s.accessCode : null,
      requireSelfie: !!(s.requirements?.selfie || s.requirements?.faceMatch),
      requireIdDocument: !!(s.requirements?.idDocument || s.requirements?.faceMatch || s.requirements?.documentOcr),
    };
  });
  if (!body.signers.some((s) => s.action !== 'copy')) add('signers', 'Informe ao menos um signatário que assine.');
  if (Object.keys(fields).length) throw invalid(fields);

  const db = await getDb();
  let integration: NewEnvelope['integration'] = { id: null, provider: 'rubrica', environment: 'production', defaultExpiryDays: null };
  if (body.branchId) {
    const [row] = await db
      .select({ branch: branches, integration: integrations })
      .from(branches)
      .leftJoin(integrations, eq(integrations.id, branches.integrationId))
      .where(and(eq(branches.id, body.branchId), eq(branches.accountId, caller.accountId)));
    if (!row) throw invalid({ branchId: ['Filial não encontrada nesta conta.'] });
    if (!row.integration) throw new AppError('INVALID_STATE', { userMessage: `A filial "${row.branch.name}" não tem integração de assinatura digital.` });
    if (row.integration.provider !== 'rubrica') {
      throw new AppError('INVALID_STATE', { userMessage: `A integração da filial "${row.branch.name}" usa outro integrador; pela API só é possível enviar pela assinatura integrada do Rubrica.` });
    }
    integration = { id: row.integration.id, provider: 'rubrica', environment: row.integration.environment, defaultExpiryDays: row.integration.defaultExpiryDays };
  }
  if (body.folderId) {
    const [f] = await db.select({ id: folders.id }).from(folders).where(and(eq(folders.id, body.folderId), eq(folders.accountId, caller.accountId)));
    if (!f) throw invalid({ folderId: ['Pasta não encontrada nesta conta.'] });
  }

  const documents = await storeApiDocuments(checked);

  return db.transaction(async (tx) => {
    const needs = { sends: 1, whatsapp: recipients.filter((r) => r.deliveryChannel === 'whatsapp').length, sms: recipients.filter((r) => r.deliveryChannel === 'sms').length };
    if (!(await hasCreditsFor(tx, caller.accountId, needs))) throw new AppError('QUOTA_EXCEEDED', { userMessage: 'Saldo de créditos de Envios ou WhatsApp ou SMS insuficiente' });
    const { envelopeId, recipients: people } = await createEnvelope(
      tx,
      // The key's creator answers for what it sends (null for keys made by the CLI or the bootstrap variable).
      { accountId: caller.accountId, actorId: caller.createdBy as string, role: 'operator', ip: meta.ip },
      {
        name: body.name,
        origin: 'api',
        branchId: body.branchId ?? null,
        integration,
        documents,
        recipients,
        readRequired: body.settings?.readRequired ?? false,
        signingOrdered: ordered,
        expiresInDays: body.settings?.expiresInDays ?? null,
        reminderEveryDays: body.settings?.reminderEveryDays ?? null,
        warnDaysBeforeExpiry: body.settings?.warnDaysBeforeExpiry ?? null,
        sealQrCode: body.settings?.qrCode ?? true,
        message: body.message ?? null,
        messageTitle: body.messageTitle ?? null,
        apiKey: { id: caller.keyId, name: caller.keyName },
      },
    );
    await tx.insert(envelopeApiDetails).values({
      envelopeId,
      accountId: caller.accountId,
      folderId: body.folderId ?? null,
      apiKeyId: caller.keyId,
      dialect: 'native',
      options: { requirements: body.signers.map((s) => s.requirements ?? null) },
    });
    return {
      id: envelopeId,
      status: 'sent' as const,
      signers: people.map((p) => ({ id: p.id, name: p.name, status: p.status, url: signerUrl(signerToken(p.id, p.linkVersion)) })),
    };
  });
}
