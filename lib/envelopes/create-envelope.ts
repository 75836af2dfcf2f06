import { randomUUID } from 'node:crypto';
import { recordActivity } from '../activity/record-activity';
import { schedulePackageAlerts } from '../billing/package-alerts';
import type { Actor } from '../auth/actor';
import { now } from '../clock';
import type { Tx } from '../db/client';
import { envelopeDocuments, envelopeRecipients, envelopes } from '../db/schema';
import { recordEnvelopeEvents } from '../evidence/record-envelope-event';
import { hashSignerCode } from '../signing/signer-code-hash';
import { hashSignerToken, signerToken } from '../signing/signer-link';
import type { AttachmentRequestSpec, RecipientSpec } from './build-recipients';
import { inviteDueRecipients } from './invite-due-recipients';
import { scheduleLifecycleJobs } from './schedule-lifecycle-jobs';
import type { DocumentSpec } from './render-contract-documents';

export const DEFAULT_EXPIRY_DAYS = 15;
export const MAX_DOCUMENTS = 25;

export type NewEnvelope = {
  name: string;
  origin: 'contract_saved' | 'manual' | 'service_order' | 'standalone_term' | 'api';
  contractId?: string | null;
  serviceOrderId?: string | null;
  branchId?: string | null;
  /** null for envelopes born through the API without a branch: the built-in provider, production. */
  integration: {
    id: string | null;
    provider: 'rubrica' | 'clicksign' | 'arqsign' | 'totvs_tae';
    environment: 'production' | 'sandbox';
    defaultExpiryDays: number | null;
    /** Signing waits for the browser's location (absent = asked, not required). */
    requireGeolocation?: boolean;
  };
  documents: DocumentSpec[];
  recipients: RecipientSpec[];
  readRequired?: boolean;
  signingOrdered?: boolean;
  /** Overrides the integration's default expiry. */
  expiresInDays?: number | null;
  message?: string | null;
  /** Subject of the invitation e-mail (default: "Documento para assinar: <name>"). */
  messageTitle?: string | null;
  /** Per-envelope reminder / expiry-warning days (null: the integration's settings). */
  reminderEveryDays?: number | null;
  warnDaysBeforeExpiry?: number | null;
  /** false: the sealed PDFs leave out the QR code (the verification code and URL stay). */
  sealQrCode?: boolean;
  /** Set when an API key creates it: the evidence names the key as the actor. */
  apiKey?: { id: string; name: string };
  /** Files every signer is asked to upload ("anexos"), for recipients without a list of their own. */
  attachmentRequests?: AttachmentRequestSpec[];
};

/**
 * Writes an envelope with its documents and recipients, sent for signing at once, with its first
 * evidence events and the staff activity line, all in the caller's transaction. Every way an
 * envelope is born ends here. Sandbox envelopes are never billable.
 */
export async function createEnvelope(tx: Tx, actor: Actor, input: NewEnvelope) {
  const at = now();
  const expiryDays = input.expiresInDays || input.integration.defaultExpiryDays || DEFAULT_EXPIRY_DAYS;
  const [envelope] = await tx
    .insert(envelopes)
    .values({
      accountId: actor.accountId,
      name: input.name,
      status: 'sent',
      origin: input.origin,
      contractId: input.contractId ?? null,
      serviceOrderId: input.serviceOrderId ?? null,
      branchId: input.branchId ?? null,
      integrationId: input.integration.id,
      provider: input.integration.provider,
      environment: input.integration.environment,
      billable: input.integration.environment === 'production',
      readRequired: input.readRequired ?? false,
      signingOrdered: input.signingOrdered ?? true,
      message: input.message ?? null,
      messageTitle: input.messageTitle?.trim() || null,
      requireGeolocation: input.integration.requireGeolocation ?? false,
      reminderEveryDays: input.reminderEveryDays || null,
      warnDaysBeforeExpiry: input.warnDaysBeforeExpiry || null,
      sealQrCode: input.sealQrCode ?? true,
      expiresAt: new Date(at.getTime() + expiryDays * 86_400_000),
      sentAt: at,
      createdBy: actor.actorId,
    })
    .returning();

  const documentIds = (
    await tx
      .insert(envelopeDocuments)
      .values(input.documents.map((d, position) => ({ ...d, accountId: actor.accountId, envelopeId: envelope.id, position })))
      .returning({ id: envelopeDocuments.id, position: envelopeDocuments.position })
  )
    .sort((a, b) => a.position - b.position)
    .map((d) => d.id);
  const recipientRows = input.recipients.map(({ accessCode, attachmentRequests, placements, ...r }, position) => {
    const id = randomUUID();
    const asked = r.action === 'copy' ? [] : (attachmentRequests ?? input.attachmentRequests ?? []);
    return {
      ...r,
      attachmentRequests: asked.map((a) => ({ id: randomUUID(), name: a.name.trim(), required: a.required, visibleToAll: a.visibleToAll ?? false })),
      id,
      accountId: actor.accountId,
      envelopeId: envelope.id,
      position,
      tokenHash: hashSignerToken(signerToken(id, 1)),
      accessCodeHash: accessCode ? hashSignerCode(id, accessCode) : null,
      signaturePlacements: (placements ?? []).map(({ document, ...box }) => ({ documentId: documentIds[document], ...box })),
    };
  });
  await tx.insert(envelopeRecipients).values(recipientRows);

  const base = {
    accountId: actor.accountId,
    envelopeId: envelope.id,
    actorType: input.apiKey ? ('api' as const) : ('staff' as const),
    actorId: input.apiKey ? input.apiKey.id : actor.actorId,
    ip: actor.ip ?? null,
    occurredAt: at,
  };
  await recordEnvelopeEvents(tx, [
    {
      ...base,
      type: 'envelope.created',
      payload: {
        name: envelope.name,
        origin: input.origin,
        environment: envelope.environment,
        documents: input.documents.map((d) => ({ name: d.name, sha256: d.sha256, pages: d.pageCount })),
        recipients: recipientRows.map((r) => ({ id: r.id, role: r.role, name: r.name, order: r.signingOrder, action: r.action })),
      },
    },
    { ...base, type: 'envelope.sent', payload: { expiresAt: envelope.expiresAt.toISOString() } },
  ]);
  const invited = await inviteDueRecipients(tx, envelope.id);
  if (envelope.billable) await schedulePackageAlerts(tx, envelope.accountId);
  await scheduleLifecycleJobs(tx, envelope);
  await recordActivity(tx, actor, {
    action: 'envelope.created',
    entityType: 'envelope',
    entityId: envelope.id,
    summary: `Gerou${input.apiKey ? ` pela API (chave "${input.apiKey.name}")` : ''} o documento de assinatura "${envelope.name}" (${input.documents.length} ${input.documents.length === 1 ? 'documento' : 'documentos'}, ${recipientRows.length} ${recipientRows.length === 1 ? 'signatário' : 'signatários'})`,
  });
  return {
    envelopeId: envelope.id,
    /** In order, with their status after the first invitations. */
    recipients: recipientRows.map((r) => ({ id: r.id, name: r.name, linkVersion: 1, status: invited.includes(r.id) ? ('sent' as const) : ('pending' as const) })),
  };
}
