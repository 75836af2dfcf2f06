import { eq } from 'drizzle-orm';
import { sealSecret } from '../crypto/secret-box';
import { getDb } from '../db/client';
import { accountPlans, integrations, notificationTemplates } from '../db/schema';
import { createEnvelopeForContract } from '../envelopes/create-envelope-for-contract';
import { listContractEnvelopes } from '../envelopes/list-contract-envelopes';
import { defaultAdapter, setChannelAdapter } from '../notify/adapters';
import type { ChannelAdapter } from '../notify/channel';
import { createSmtpAdapter } from '../notify/email-adapter';
import { mailFrom } from '../notify/mail-config';
import { createContractSetup } from './contract-factories';
import { createAccount } from './factories';

const PASSWORD = 'senha-de-teste-123';

/**
 * e2e: mail of this server goes to the SMTP server the test started ({ url }), or back to the
 * configured transport ({ reset: true }) — the running server stands in for one started with SMTP_URL.
 */
type Holder = { __rubricaTestSmtpRoutes?: Map<string, ChannelAdapter> };
const routes = ((globalThis as Holder).__rubricaTestSmtpRoutes ??= new Map());

/** Mail of the routed accounts goes to their test SMTP server; everyone else's as configured. */
function routeAccountMail(accountId: string, url: string) {
  routes.set(accountId, createSmtpAdapter({ url, from: mailFrom(), connectionTimeoutMs: 2_000 }));
  const fallback = defaultAdapter('email')!;
  setChannelAdapter('email', {
    channel: 'email',
    transport: 'smtp',
    send: (message) => (routes.get(message.accountId) ?? fallback).send(message),
  });
}

/**
 * e2e: one account's mail goes to the SMTP server the test started ({ accountId, url }), as a
 * server started with SMTP_URL would send it; other accounts' mail (parallel tests reading the
 * Caixa de saída) is untouched.
 */
export function smtpHook(body: Record<string, unknown>) {
  if (typeof body.accountId !== 'string' || typeof body.url !== 'string' || !/^smtp:\/\/127\.0\.0\.1:\d+$/.test(body.url)) return undefined;
  routeAccountMail(body.accountId, body.url);
  return { ok: true };
}

/**
 * e2e: an account (every role, known password) with a contract's envelope sent. With `whatsappUrl`
 * the customer receives by WhatsApp through a Cloud-API-shaped server at that address.
 */
export async function deliveryEnvelopeHook(body: Record<string, unknown>) {
  const { account, actors } = await createAccount({ password: PASSWORD });
  const db = await getDb();
  // Routed before anything is queued, so the invitation itself goes to the test's SMTP server.
  if (typeof body.smtpUrl === 'string' && /^smtp:\/\/127\.0\.0\.1:\d+$/.test(body.smtpUrl)) routeAccountMail(account.id, body.smtpUrl);
  const setup = await createContractSetup(actors.operator, {
    witness: false,
    customer: typeof body.customerEmail === 'string' ? { emails: [body.customerEmail] } : undefined,
    integration: { companySignerId: null, companyWitnessId: null },
  });
  if (typeof body.whatsappUrl === 'string') {
    await db.insert(accountPlans).values({ accountId: account.id, whatsappCredits: 10 });
    const [tpl] = await db
      .insert(notificationTemplates)
      .values({
        accountId: account.id,
        channel: 'whatsapp',
        name: 'Convite por WhatsApp',
        body: 'Olá, {{signatario.nome}}. {{empresa.nome}} enviou "{{documento.nome}}" para você assinar até {{prazo}}.',
        externalName: 'rubrica_convite',
      })
      .returning();
    await db
      .update(integrations)
      .set({
        customerWhatsappTemplateId: tpl.id,
        whatsappProvider: 'cloud_api',
        whatsappUrl: body.whatsappUrl,
        whatsappSenderId: '106540352242922',
        whatsappTokenEnc: sealSecret('token-e2e', 'integration.whatsappToken'),
        whatsappCodeTemplate: 'rubrica_codigo',
      })
      .where(eq(integrations.id, setup.integration!.id));
  }
  // `extra`: more envelopes sent before this one (the package summary counts them).
  for (let i = 0; i < (typeof body.extra === 'number' ? Math.min(body.extra, 20) : 0); i++) {
    await db.transaction((tx) => createEnvelopeForContract(tx, actors.operator, { contractId: setup.contract.id, origin: 'manual' }));
  }
  const { envelopeId } = await db.transaction((tx) => createEnvelopeForContract(tx, actors.operator, { contractId: setup.contract.id, origin: 'manual' }));
  const envelope = (await listContractEnvelopes(actors.operator, setup.contract.id)).find((e) => e.id === envelopeId)!;
  return {
    accountId: account.id,
    password: PASSWORD,
    users: Object.fromEntries(Object.entries(actors).map(([role, a]) => [role, { id: a.actorId, email: a.email }])),
    envelopeId,
    name: envelope.name,
    recipients: envelope.recipients.map((r) => ({ id: r.id, name: r.name, role: r.role, email: r.email, phone: r.phone, url: r.url })),
  };
}
