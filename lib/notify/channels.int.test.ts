import { and, eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { advanceClock, resetClock } from '../clock';
import { sealSecret } from '../crypto/secret-box';
import { getDb, type Tx } from '../db/client';
import { accountPlans, envelopeEvents, envelopeRecipients, integrations, messages, notificationTemplates } from '../db/schema';
import { createEnvelopeForContract } from '../envelopes/create-envelope-for-contract';
import { updateRecipientContact } from '../envelopes/update-recipient-contact';
import { retryDelayCeilingMs } from '../jobs/backoff';
import { resolveRecipientByToken } from '../signing/resolve-token';
import { sendAccessCodeByToken } from '../signing/send-access-code-by-token';
import { signerToken } from '../signing/signer-link';
import { createContractSetup, useTemporaryBlobStore } from '../testing/contract-factories';
import { setupTestDb } from '../testing/db';
import { createAccount } from '../testing/factories';
import { runDueJobs } from '../testing/run-jobs';
import { listEnvelopeMessages } from './list-messages';
import { resendMessage } from './resend-message';
import { startFakeProvider, type FakeProvider } from './test-support';

setupTestDb();
beforeAll(() => useTemporaryBlobStore());

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
  resetClock();
});

async function inTx<T>(fn: (tx: Tx) => Promise<T>) {
  return (await getDb()).transaction(fn);
}

async function provider() {
  const p = await startFakeProvider();
  cleanups.push(() => p.stop());
  return p;
}

const REQ = { ip: '198.51.100.7', userAgent: 'vitest' };
const INVITE_BODY = 'Olá, {{signatario.nome}}. {{empresa.nome}} enviou "{{documento.nome}}" para você assinar até {{prazo}}.';

/** A contract whose customer receives by WhatsApp through the given provider. */
async function whatsappSetup(p: FakeProvider, kind: 'cloud_api' | 'opa_suite', opts: { codeTemplate?: string } = {}) {
  const { actors } = await createAccount();
  const s = await createContractSetup(actors.operator, { witness: false });
  const db = await getDb();
  await giveCredits(actors.operator.accountId);
  const [tpl] = await db
    .insert(notificationTemplates)
    .values({ accountId: actors.operator.accountId, channel: 'whatsapp', name: 'Convite', body: INVITE_BODY, externalName: 'rubrica_convite' })
    .returning();
  await db
    .update(integrations)
    .set({
      customerWhatsappTemplateId: tpl.id,
      whatsappProvider: kind,
      whatsappUrl: kind === 'cloud_api' ? `${p.url}/v21.0` : p.url,
      whatsappSenderId: kind === 'cloud_api' ? '106540352242922' : 'canal-7',
      whatsappTokenEnc: sealSecret('EAAG-token-de-teste', 'integration.whatsappToken'),
      whatsappCodeTemplate: opts.codeTemplate ?? null,
    })
    .where(eq(integrations.id, s.integration!.id));
  const { envelopeId } = await inTx((tx) => createEnvelopeForContract(tx, actors.operator, { contractId: s.contract.id, origin: 'manual' }));
  const [customer] = await db
    .select()
    .from(envelopeRecipients)
    .where(and(eq(envelopeRecipients.envelopeId, envelopeId), eq(envelopeRecipients.role, 'customer')));
  return { actors, s, envelopeId, customer, db };
}

async function giveCredits(accountId: string, whatsapp = 20, sms = 20) {
  await (await getDb()).insert(accountPlans).values({ accountId, whatsappCredits: whatsapp, smsCredits: sms });
}

async function envelopeMessages(accountId: string, envelopeId: string) {
  return listEnvelopeMessages({ accountId }, envelopeId);
}

describe('[CHANNELS] WhatsApp Business Cloud API', () => {
  it('sends the invitation as a template message in the documented request shape, and records the wamid', async () => {
    const p = await provider();
    p.respond(() => ({ status: 200, body: { messaging_product: 'whatsapp', contacts: [{ input: '5521998765432', wa_id: '5521998765432' }], messages: [{ id: 'wamid.HBgLNTUyMTk5ODc2NTQzMhUCABIYFDNBQjk' }] } }));
    const { actors, envelopeId, customer, db } = await whatsappSetup(p, 'cloud_api');
    expect(customer.deliveryChannel).toBe('whatsapp');

    const [queued] = (await envelopeMessages(actors.operator.accountId, envelopeId)).filter((m) => m.channel === 'whatsapp');
    expect(queued).toMatchObject({ status: 'queued', toMasked: '+55 21 9****-5432', templateName: 'Convite' });
    await runDueJobs(db, { messageIds: [queued.id] });

    expect(p.requests).toHaveLength(1);
    const req = p.requests[0];
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/v21.0/106540352242922/messages');
    expect(req.headers.authorization).toBe('Bearer EAAG-token-de-teste');
    expect(req.headers['content-type']).toContain('application/json');
    const token = signerToken(customer.id, customer.linkVersion);
    expect(req.json).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '5521998765432',
      type: 'template',
      template: {
        name: 'rubrica_convite',
        language: { code: 'pt_BR' },
        components: [
          {
            type: 'body',
            parameters: [
              { type: 'text', text: customer.name },
              { type: 'text', text: expect.any(String) },
              { type: 'text', text: expect.stringContaining('Contrato') },
              { type: 'text', text: expect.stringMatching(/^\d{2}\/\d{2}\/\d{4}$/) },
            ],
          },
          { type: 'button', sub_type: 'url', index: '0', parameters: [{ type: 'text', text: token }] },
        ],
      },
    });
    const [sent] = (await envelopeMessages(actors.operator.accountId, envelopeId)).filter((m) => m.id === queued.id);
    expect(sent).toMatchObject({ status: 'sent', transport: 'whatsapp_cloud', providerId: 'wamid.HBgLNTUyMTk5ODc2NTQzMhUCABIYFDNBQjk', attempts: 1, lastError: null });
  });

  it('a provider that is down makes the job retry; nothing is lost and it goes out once when it is back', async () => {
    const p = await provider();
    const { actors, envelopeId, db } = await whatsappSetup(p, 'cloud_api');
    const [m] = (await envelopeMessages(actors.operator.accountId, envelopeId)).filter((x) => x.channel === 'whatsapp');

    p.respond(() => ({ status: 503, body: { error: { message: 'Service temporarily unavailable', code: 2 } } }));
    expect(await runDueJobs(db, { messageIds: [m.id] })).toEqual(['retrying']);
    await p.stop(); // and now not even listening
    advanceClock(retryDelayCeilingMs(1) + 1000);
    expect(await runDueJobs(db, { messageIds: [m.id] })).toEqual(['retrying']);
    let row = (await envelopeMessages(actors.operator.accountId, envelopeId)).find((x) => x.id === m.id)!;
    expect(row).toMatchObject({ status: 'queued', attempts: 2 });
    expect(row.lastError).toMatch(/não respondeu/);

    await p.start();
    p.respond(() => ({ status: 200, body: { messages: [{ id: 'wamid.ok' }] } }));
    advanceClock(retryDelayCeilingMs(2) + 1000);
    expect(await runDueJobs(db, { messageIds: [m.id] })).toEqual(['completed']);
    expect(await runDueJobs(db, { messageIds: [m.id] })).toEqual([]);
    row = (await envelopeMessages(actors.operator.accountId, envelopeId)).find((x) => x.id === m.id)!;
    expect(row).toMatchObject({ status: 'sent', attempts: 3, providerId: 'wamid.ok', lastError: null });
    expect(p.requests.filter((r) => r.path.endsWith('/messages'))).toHaveLength(2); // the 503 and the one that went out
  });

  it('a number WhatsApp cannot reach ends bounced at once; a bad token fails without retries', async () => {
    const p = await provider();
    const { actors, envelopeId, db } = await whatsappSetup(p, 'cloud_api');
    const [m] = (await envelopeMessages(actors.operator.accountId, envelopeId)).filter((x) => x.channel === 'whatsapp');
    p.respond(() => ({ status: 400, body: { error: { message: '(#131026) Message undeliverable', code: 131026 } } }));
    expect(await runDueJobs(db, { messageIds: [m.id] })).toEqual(['failed']);
    expect((await envelopeMessages(actors.operator.accountId, envelopeId)).find((x) => x.id === m.id)).toMatchObject({ status: 'bounced', attempts: 1 });

    // Staff fix the token and resend: a new row, sent.
    p.respond(() => ({ status: 200, body: { messages: [{ id: 'wamid.again' }] } }));
    const { messageId } = await resendMessage(actors.operator, { messageId: m.id });
    await runDueJobs(db, { messageIds: [messageId] });
    expect((await envelopeMessages(actors.operator.accountId, envelopeId)).find((x) => x.id === messageId)).toMatchObject({ status: 'sent', providerId: 'wamid.again', resentFromId: m.id });
  });

  it('the access code goes by WhatsApp with the approved authentication template, the code as its parameter', async () => {
    const p = await provider();
    const { actors, envelopeId, customer, db } = await whatsappSetup(p, 'cloud_api', { codeTemplate: 'rubrica_codigo' });
    const token = signerToken(customer.id, customer.linkVersion);
    const sent = await sendAccessCodeByToken(token, REQ);
    expect(sent).toMatchObject({ channel: 'whatsapp', destinationMasked: '+55 21 9****-5432' });
    const code = (await envelopeMessages(actors.operator.accountId, envelopeId)).filter((x) => x.channel === 'whatsapp').at(-1)!;
    await runDueJobs(db, { messageIds: [code.id] });
    const body = p.requests.at(-1)!.json as { template: { name: string; components: { type: string; parameters: { text: string }[] }[] } };
    expect(body.template.name).toBe('rubrica_codigo');
    const digits = body.template.components[0].parameters[0].text;
    expect(digits).toMatch(/^\d{6}$/);
    expect(body.template.components[1]).toMatchObject({ type: 'button', sub_type: 'url', parameters: [{ text: digits }] });
  });
});

describe('[CHANNELS] Opa! Suite and SMS over HTTP', () => {
  it('Opa! Suite gets the template and its numbered variables with a bearer token', async () => {
    const p = await provider();
    p.respond(() => ({ status: 201, body: { id: 'opa-991' } }));
    const { actors, envelopeId, customer, db } = await whatsappSetup(p, 'opa_suite');
    const [m] = (await envelopeMessages(actors.operator.accountId, envelopeId)).filter((x) => x.channel === 'whatsapp');
    await runDueJobs(db, { messageIds: [m.id] });
    const req = p.requests[0];
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/api/v1/mensagens/template');
    expect(req.headers.authorization).toBe('Bearer EAAG-token-de-teste');
    expect(req.json).toMatchObject({
      telefone: '5521998765432',
      template: 'rubrica_convite',
      canal: 'canal-7',
      variaveis: { '1': customer.name, botao: signerToken(customer.id, customer.linkVersion) },
    });
    expect((await envelopeMessages(actors.operator.accountId, envelopeId)).find((x) => x.id === m.id)).toMatchObject({ status: 'sent', transport: 'opa_suite', providerId: 'opa-991' });
  });

  it('the generic SMS adapter fills the body template, sends the auth header, and reads the provider id', async () => {
    const p = await provider();
    p.respond(() => ({ status: 200, body: { messageId: 77 } }));
    const { actors } = await createAccount();
    const s = await createContractSetup(actors.operator, { witness: false });
    const db = await getDb();
    await giveCredits(actors.operator.accountId);
    await db
      .update(integrations)
      .set({
        smsUrl: `${p.url}/sms/send`,
        smsMethod: 'POST',
        smsAuthHeader: 'X-Api-Key',
        smsAuthValueEnc: sealSecret('chave-sms', 'integration.smsAuthValue'),
        smsBodyTemplate: '{"numero": "{{to}}", "texto": "{{message}}", "remetente": "RUBRICA"}',
      })
      .where(eq(integrations.id, s.integration!.id));
    const { envelopeId } = await inTx((tx) => createEnvelopeForContract(tx, actors.operator, { contractId: s.contract.id, origin: 'manual' }));
    const [customer] = await db.select().from(envelopeRecipients).where(and(eq(envelopeRecipients.envelopeId, envelopeId), eq(envelopeRecipients.role, 'customer')));
    // The customer gets e-mail; the code for an SMS-authenticated signer goes by SMS.
    await db.update(envelopeRecipients).set({ authMethod: 'sms' }).where(eq(envelopeRecipients.id, customer.id));
    await sendAccessCodeByToken(signerToken(customer.id, customer.linkVersion), REQ);
    const sms = (await envelopeMessages(actors.operator.accountId, envelopeId)).find((x) => x.channel === 'sms')!;
    await runDueJobs(db, { messageIds: [sms.id] });
    const req = p.requests[0];
    expect(req.path).toBe('/sms/send');
    expect(req.headers['x-api-key']).toBe('chave-sms');
    const body = req.json as { numero: string; texto: string; remetente: string };
    expect(body.numero).toBe('+5521998765432');
    expect(body.texto).toMatch(/código de acesso .* é \d{6}\. Vale por 10 minutos/);
    expect(body.remetente).toBe('RUBRICA');
    expect((await envelopeMessages(actors.operator.accountId, envelopeId)).find((x) => x.id === sms.id)).toMatchObject({ status: 'sent', transport: 'sms_http', providerId: '77' });
  });

  it('without WhatsApp in the integration the invite waits on the trail (link kept for staff)', async () => {
    const { actors } = await createAccount();
    const s = await createContractSetup(actors.operator, { witness: false });
    const db = await getDb();
    const [tpl] = await db.insert(notificationTemplates).values({ accountId: actors.operator.accountId, channel: 'whatsapp', name: 'Convite', body: INVITE_BODY, externalName: 'x' }).returning();
    await db.update(integrations).set({ customerWhatsappTemplateId: tpl.id }).where(eq(integrations.id, s.integration!.id));
    const { envelopeId } = await inTx((tx) => createEnvelopeForContract(tx, actors.operator, { contractId: s.contract.id, origin: 'manual' }));
    const pending = await db.select().from(envelopeEvents).where(and(eq(envelopeEvents.envelopeId, envelopeId), eq(envelopeEvents.type, 'recipient.invite_pending')));
    expect(pending).toHaveLength(1);
    expect((await envelopeMessages(actors.operator.accountId, envelopeId)).filter((m) => m.channel === 'whatsapp')).toHaveLength(0);
  });
});

describe('[CHANNELS] fixing a signer’s contact', () => {
  it('staff fix the phone and the invitation goes again to the new number; the old link stops working; audited', async () => {
    const p = await provider();
    p.respond(() => ({ status: 200, body: { messages: [{ id: `wamid.${p.requests.length}` }] } }));
    const { actors, envelopeId, customer, db } = await whatsappSetup(p, 'cloud_api');
    const [first] = (await envelopeMessages(actors.operator.accountId, envelopeId)).filter((x) => x.channel === 'whatsapp');
    await runDueJobs(db, { messageIds: [first.id] });
    const oldToken = signerToken(customer.id, customer.linkVersion);

    const result = await updateRecipientContact(actors.operator, { envelopeId, recipientId: customer.id, phone: '+5521991112222' });
    expect(result).toEqual({ invited: true, linkRevoked: true });
    const all = (await envelopeMessages(actors.operator.accountId, envelopeId)).filter((x) => x.channel === 'whatsapp');
    expect(all).toHaveLength(2);
    await runDueJobs(db, { messageIds: [all[1].id] });
    expect(p.requests.map((r) => (r.json as { to: string }).to)).toEqual(['5521998765432', '5521991112222']);
    const newToken = signerToken(customer.id, customer.linkVersion + 1);
    const button = (p.requests[1].json as { template: { components: { parameters: { text: string }[] }[] } }).template.components[1].parameters[0].text;
    expect(button).toBe(newToken);

    expect(await resolveRecipientByToken(oldToken, REQ)).toBeNull();
    expect((await resolveRecipientByToken(newToken, REQ))?.recipient.id).toBe(customer.id);

    const [event] = await db.select().from(envelopeEvents).where(and(eq(envelopeEvents.envelopeId, envelopeId), eq(envelopeEvents.type, 'recipient.contact_changed')));
    expect(event).toMatchObject({ actorType: 'staff', actorId: actors.operator.actorId, recipientId: customer.id });
    expect(event.payload).toEqual({ changes: [{ field: 'phone', from: '+55 21 9****-5432', to: '+55 21 9****-2222' }], linkRevoked: true });
    expect(JSON.stringify(event.payload)).not.toContain('991112222');
    const [row] = await db.select().from(messages).where(eq(messages.id, all[1].id));
    expect(row.toAddress).toBe('+5521991112222');
    // "Reenviar" on the old invitation would send the revoked link to the old number: refused with what to do.
    await expect(resendMessage(actors.operator, { messageId: first.id })).rejects.toMatchObject({ code: 'INVALID_STATE', userMessage: expect.stringMatching(/mensagem mais recente/) });
    await runDueJobs(db, { messageIds: [all[1].id] });
    expect((await resendMessage(actors.operator, { messageId: all[1].id })).messageId).toEqual(expect.any(String));
  });

  it('viewers cannot fix contacts; another account cannot touch the envelope', async () => {
    const p = await provider();
    const { actors, envelopeId, customer } = await whatsappSetup(p, 'cloud_api');
    await expect(updateRecipientContact(actors.viewer, { envelopeId, recipientId: customer.id, phone: '+5521991112222' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const other = await createAccount();
    await expect(updateRecipientContact(other.actors.operator, { envelopeId, recipientId: customer.id, phone: '+5521991112222' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
