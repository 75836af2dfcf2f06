// Helpers for the signing integration tests (not imported by app code).
import { and, asc, desc, eq } from 'drizzle-orm';
import { getDb } from '../db/client';
import { renderTemplate } from '../notification-templates/variables';
import { envelopeEvents, envelopeRecipients, messages } from '../db/schema';
import { createEnvelopeForContract } from '../envelopes/create-envelope-for-contract';
import { openMessageContent } from '../notify/message-content';
import { createContractSetup } from '../testing/contract-factories';
import { createAccount } from '../testing/factories';
import { sendAccessCodeByToken } from './send-access-code-by-token';
import { signerToken } from './signer-link';
import type { SignerRequest } from './signer-request';
import { verifyAccessCodeByToken } from './verify-access-code-by-token';

export const phone: SignerRequest = { ip: '203.0.113.7', userAgent: 'Mozilla/5.0 (Linux; Android 14) Mobile Safari' };

/** A contract's envelope, sent: customer (order 1), company signer (2), both witnesses (3). */
export async function sentEnvelope(opts: Parameters<typeof createContractSetup>[1] = {}) {
  const { actors, account } = await createAccount({ roles: ['operator'] });
  const setup = await createContractSetup(actors.operator, opts);
  const db = await getDb();
  const { envelopeId } = await db.transaction((tx) => createEnvelopeForContract(tx, actors.operator, { contractId: setup.contract.id, origin: 'manual' }));
  const rows = await db.select().from(envelopeRecipients).where(eq(envelopeRecipients.envelopeId, envelopeId)).orderBy(asc(envelopeRecipients.position));
  const signer = (role: (typeof rows)[number]['role']) => {
    const r = rows.find((x) => x.role === role)!;
    return { ...r, token: signerToken(r.id, r.linkVersion) };
  };
  return {
    account,
    actor: actors.operator,
    setup,
    envelopeId,
    customer: signer('customer'),
    company: signer('company_signer'),
    customerWitness: signer('customer_witness'),
    companyWitness: signer('company_witness'),
  };
}

/** The 6-digit code in the newest message queued for a recipient (the body is sealed at rest). */
export async function lastCodeSentTo(recipientId: string): Promise<string> {
  const db = await getDb();
  const [m] = await db.select().from(messages).where(eq(messages.recipientId, recipientId)).orderBy(desc(messages.createdAt)).limit(1);
  const content = openMessageContent(m.id, m.contentEnc);
  const body = renderTemplate(content.body ?? '', content.variables);
  return /\b(\d{6})\b/.exec(body)![1];
}

/** Proves access the way a signer does: asks for a code, reads the e-mail, types it. */
export async function signIn(token: string, recipientId: string, req: SignerRequest = phone): Promise<string> {
  await sendAccessCodeByToken(token, req);
  return (await verifyAccessCodeByToken(token, await lastCodeSentTo(recipientId), req)).session;
}

export async function eventsOf(envelopeId: string, type?: string) {
  const db = await getDb();
  return db
    .select()
    .from(envelopeEvents)
    .where(type ? and(eq(envelopeEvents.envelopeId, envelopeId), eq(envelopeEvents.type, type)) : eq(envelopeEvents.envelopeId, envelopeId))
    .orderBy(asc(envelopeEvents.seq));
}
