import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { now } from '../clock';
import { getDb, type Tx } from '../db/client';
import {
  contractTerms,
  contracts,
  envelopeDocuments,
  envelopeEvents,
  envelopeRecipients,
  envelopes,
  integrations,
  messages,
  notificationTemplates,
  serviceOrders,
} from '../db/schema';
import { verifyChain } from '../evidence/verify-chain';
import { hashSignerToken } from '../signing/signer-link';
import { getBlobStore } from '../storage/get-blob-store';
import { createContractSetup, createServiceOrder, createStages, useTemporaryBlobStore } from '../testing/contract-factories';
import { setupTestDb } from '../testing/db';
import { createAccount } from '../testing/factories';
import { PHONE_REQUIRED_MESSAGE } from './build-recipients';
import { completeEnvelope } from './complete-envelope';
import { createEnvelopeForContract } from './create-envelope-for-contract';
import { envelopeForStandaloneTerms } from './envelope-for-standalone-terms';
import { envelopeOnContractSave } from './envelope-on-contract-save';
import { envelopeOnServiceOrderSave } from './envelope-on-service-order-save';
import { listContractEnvelopes } from './list-contract-envelopes';
import { refusalMessage } from '../testing/refusal';

setupTestDb();
beforeAll(() => useTemporaryBlobStore());

async function inTx<T>(fn: (tx: Tx) => Promise<T>) {
  return (await getDb()).transaction(fn);
}

function pdfText(bytes: Buffer) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'env-pdf-')), 'doc.pdf');
  fs.writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('[ENVELOPES] how an envelope is born from a contract', () => {
  it('by hand: the contract PDF and its term PDF, the four signers in order, links stored only as hashes', async () => {
    const { actors } = await createAccount();
    const s = await createContractSetup(actors.operator);
    const { envelopeId } = await inTx((tx) => createEnvelopeForContract(tx, actors.operator, { contractId: s.contract.id, origin: 'manual' }));

    const [history] = await listContractEnvelopes(actors.operator, s.contract.id);
    expect(history).toMatchObject({ id: envelopeId, origin: 'manual', status: 'sent', environment: 'production' });
    expect(history.documents.map((d) => d.kind)).toEqual(['contract', 'term']);
    expect(history.recipients.map((r) => [r.role, r.name, r.signingOrder, r.deliveryChannel])).toEqual([
      ['customer', 'José da Conceição', 1, 'email'],
      ['customer_witness', 'Maria Testemunha', 3, 'email'],
      ['company_signer', 'Roberta Responsável', 2, 'email'],
      ['company_witness', 'Tiago Testemunha', 3, 'email'],
    ]);

    // The contract PDF holds the filled values with accents intact.
    const db = await getDb();
    const docs = await db.select().from(envelopeDocuments).where(eq(envelopeDocuments.envelopeId, envelopeId)).orderBy(asc(envelopeDocuments.position));
    const text = pdfText(await getBlobStore().get(docs[0].sha256));
    expect(text).toContain('José da Conceição');
    expect(text).toContain('R$ 99,90');
    expect(pdfText(await getBlobStore().get(docs[1].sha256))).toContain('aceito a fidelidade');

    // Each link is 256 bits, different per signer, and only its hash is in the database.
    const url = history.recipients[0].url;
    const token = url.split('/s/')[1];
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const stored = await db.select({ tokenHash: envelopeRecipients.tokenHash }).from(envelopeRecipients).where(eq(envelopeRecipients.envelopeId, envelopeId));
    expect(stored.map((r) => r.tokenHash)).toContain(hashSignerToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(new Set(history.recipients.map((r) => r.url)).size).toBe(4);

    expect(await verifyChain(db, envelopeId)).toEqual({ ok: true, events: 3 }); // created, sent, customer invited
  });

  it('on contract save: created once when the integration sends "on contract"; edits do not duplicate it', async () => {
    const { actors } = await createAccount();
    const s = await createContractSetup(actors.operator);
    const first = await inTx((tx) => envelopeOnContractSave(tx, actors.operator, s.contract.id));
    expect(first.created).toBe(true);
    const second = await inTx((tx) => envelopeOnContractSave(tx, actors.operator, s.contract.id));
    expect(second).toEqual({ created: false, reason: null });
  });

  it('on contract save: nothing expected when "use signature" is no or the send method is O.S.', async () => {
    const { actors } = await createAccount();
    const no = await createContractSetup(actors.operator, { contract: { useSignatureIntegration: 'no' } });
    expect(await inTx((tx) => envelopeOnContractSave(tx, actors.operator, no.contract.id))).toEqual({ created: false, reason: null });
    const os = await createContractSetup(actors.operator, { integration: { sendMethod: 'service_order' } });
    expect(await inTx((tx) => envelopeOnContractSave(tx, actors.operator, os.contract.id))).toEqual({ created: false, reason: null });
  });

  it('on contract save with a failing precondition: the reason comes back instead of an envelope', async () => {
    const { actors } = await createAccount();
    const s = await createContractSetup(actors.operator, { integration: null });
    const res = await inTx((tx) => envelopeOnContractSave(tx, actors.operator, s.contract.id));
    expect(res.created).toBe(false);
    expect(!res.created && res.reason).toContain('não tem integração de assinatura digital');
  });

  it('from a service order whose subject asks for signature; completion closes the O.S.', async () => {
    const { actors } = await createAccount();
    const s = await createContractSetup(actors.operator, { integration: { sendMethod: 'service_order' } });
    const plain = await createServiceOrder(actors.operator, s.contract.id, false);
    expect(await inTx((tx) => envelopeOnServiceOrderSave(tx, actors.operator, plain.id))).toEqual({ created: false, reason: null });

    const order = await createServiceOrder(actors.operator, s.contract.id, true);
    const res = await inTx((tx) => envelopeOnServiceOrderSave(tx, actors.operator, order.id));
    if (!res.created) throw new Error(res.reason ?? 'not created');
    const done = await completeEnvelope(await getDb(), res.envelopeId, now());
    expect(done).toMatchObject({ completed: true, closedServiceOrder: true, activatedContract: true });
    const [closed] = await (await getDb()).select().from(serviceOrders).where(eq(serviceOrders.id, order.id));
    expect(closed.status).toBe('closed');
  });

  it('a standalone term goes alone; completing it signs the term but does not activate the contract', async () => {
    const { actors } = await createAccount();
    const s = await createContractSetup(actors.operator);
    const db = await getDb();
    const [ct] = await db.insert(contractTerms).values({ accountId: actors.operator.accountId, contractId: s.contract.id, termTemplateId: s.term.id, signed: false }).returning();
    const res = await inTx((tx) => envelopeForStandaloneTerms(tx, actors.operator, { contractId: s.contract.id, contractTermIds: [ct.id] }));
    if (!res.created) throw new Error(res.reason ?? 'not created');
    const docs = await db.select().from(envelopeDocuments).where(eq(envelopeDocuments.envelopeId, res.envelopeId));
    expect(docs.map((d) => [d.kind, d.contractTermId])).toEqual([['term', ct.id]]);

    expect(await completeEnvelope(db, res.envelopeId, now())).toMatchObject({ completed: true, activatedContract: false });
    const [term] = await db.select().from(contractTerms).where(eq(contractTerms.id, ct.id));
    expect(term.signed).toBe(true);
    const [contract] = await db.select().from(contracts).where(eq(contracts.id, s.contract.id));
    expect(contract.status).toBe('awaiting_signature');
  });
});

describe('[ENVELOPES] each precondition says what failed and where to fix it', () => {
  const cases: [string, Parameters<typeof createContractSetup>[1], 'manual' | 'service_order', RegExp][] = [
    ['branch without integration', { integration: null }, 'manual', /A filial ".+" não tem integração de assinatura digital\. Vincule uma integração em Filiais › /],
    ['external integrator', { integration: { provider: 'clicksign' } }, 'manual', /usa o integrador Clicksign, cujo envio ainda não está disponível/],
    ['contract not awaiting signature', { contract: { status: 'active' } }, 'manual', /está "Ativo": só contratos "Aguardando assinatura" geram documento/],
    ['"use signature" no on the contract', { contract: { useSignatureIntegration: 'no' } }, 'manual', /define "Utilizar integração assinatura digital" como Não/],
    ['signing off in the general parameters', { general: { contractSignatureEnabled: false } }, 'manual', /Parâmetros gerais › Contratos › Assinatura digital/],
    ['O.S. while the integration sends on contract', {}, 'service_order', /O\.S\. não geram documento de assinatura/],
    ['customer without e-mail', { customer: { emails: [] } }, 'manual', /requer um e-mail válido: o cliente "José da Conceição" não tem e-mail/],
    ['name with "/"', { customer: { name: 'Ana / Beto' } }, 'manual', /contém "\/", o que não é permitido/],
  ];
  it.each(cases)('%s', async (_label, setup, origin, message) => {
    const { actors } = await createAccount();
    const s = await createContractSetup(actors.operator, setup);
    expect(await refusalMessage(inTx((tx) => createEnvelopeForContract(tx, actors.operator, { contractId: s.contract.id, origin })))).toMatch(message);
    const db = await getDb();
    expect(await db.select().from(envelopes).where(eq(envelopes.contractId, s.contract.id))).toHaveLength(0);
  });

  it('WhatsApp delivery without a mobile number gets the message users know', async () => {
    const { actors } = await createAccount();
    const s = await createContractSetup(actors.operator, { customer: { phone: null } });
    const db = await getDb();
    const [tpl] = await db
      .insert(notificationTemplates)
      .values({ accountId: actors.operator.accountId, channel: 'whatsapp', name: 'Link', body: 'Olá {{signatario.nome}}' })
      .returning();
    await db.update(integrations).set({ customerWhatsappTemplateId: tpl.id }).where(eq(integrations.id, s.integration!.id));
    expect(await refusalMessage(inTx((tx) => createEnvelopeForContract(tx, actors.operator, { contractId: s.contract.id, origin: 'manual' })))).toContain(PHONE_REQUIRED_MESSAGE);
  });
});

describe('[ENVELOPES] completion, activation, stages, package, tenancy', () => {
  it('completes exactly once even when two completions race', async () => {
    const { actors } = await createAccount();
    const s = await createContractSetup(actors.operator);
    const { envelopeId } = await inTx((tx) => createEnvelopeForContract(tx, actors.operator, { contractId: s.contract.id, origin: 'manual' }));
    const db = await getDb();
    const results = await Promise.all([completeEnvelope(db, envelopeId, now()), completeEnvelope(db, envelopeId, now())]);
    expect(results.filter((r) => r.completed)).toHaveLength(1);
    const events = await db.select().from(envelopeEvents).where(and(eq(envelopeEvents.envelopeId, envelopeId), eq(envelopeEvents.type, 'envelope.completed')));
    expect(events).toHaveLength(1);
    expect((await verifyChain(db, envelopeId)).ok).toBe(true);
  });

  it('activates the contract "no ato da assinatura", and not when activation is "não ativar"', async () => {
    const { actors } = await createAccount();
    const db = await getDb();
    for (const [activation, expected] of [
      ['on_signature', 'active'],
      ['manual', 'awaiting_signature'],
    ] as const) {
      const s = await createContractSetup(actors.operator, { contract: { activation } });
      const { envelopeId } = await inTx((tx) => createEnvelopeForContract(tx, actors.operator, { contractId: s.contract.id, origin: 'manual' }));
      await completeEnvelope(db, envelopeId, now());
      const [c] = await db.select().from(contracts).where(eq(contracts.id, s.contract.id));
      expect(c.status).toBe(expected);
    }
  });

  it('moves the contract to the next stage once the documents that stage requires are signed', async () => {
    const { actors } = await createAccount();
    const s = await createContractSetup(actors.operator);
    const stages = await createStages(actors.operator, [s.docType.id, s.termType.id]);
    const db = await getDb();
    await db.update(contracts).set({ stageId: stages.first.id }).where(eq(contracts.id, s.contract.id));
    const { envelopeId } = await inTx((tx) => createEnvelopeForContract(tx, actors.operator, { contractId: s.contract.id, origin: 'manual' }));
    expect(await completeEnvelope(db, envelopeId, now())).toMatchObject({ movedToStageId: stages.next.id });
  });

  it('sandbox envelopes never count against the package', async () => {
    const { actors } = await createAccount();
    const prod = await createContractSetup(actors.operator);
    const sandbox = await createContractSetup(actors.operator, { integration: { environment: 'sandbox' } });
    const db = await getDb();
    for (const s of [prod, sandbox]) await inTx((tx) => createEnvelopeForContract(tx, actors.operator, { contractId: s.contract.id, origin: 'manual' }));
    const rows = await db.select({ billable: envelopes.billable, environment: envelopes.environment }).from(envelopes).where(eq(envelopes.accountId, actors.operator.accountId));
    expect(rows.map((r) => `${r.environment}:${r.billable}`).sort()).toEqual(['production:true', 'sandbox:false']);
  });

  it('another account cannot create an envelope for, or list the envelopes of, this contract', async () => {
    const a = await createAccount();
    const b = await createAccount();
    const s = await createContractSetup(a.actors.operator);
    await inTx((tx) => createEnvelopeForContract(tx, a.actors.operator, { contractId: s.contract.id, origin: 'manual' }));
    await expect(inTx((tx) => createEnvelopeForContract(tx, b.actors.owner, { contractId: s.contract.id, origin: 'manual' }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await listContractEnvelopes(b.actors.owner, s.contract.id)).toEqual([]);
  });
});

describe('[EVIDENCE] the envelope trail', () => {
  it('refuses updates and deletes in the database itself', async () => {
    const { actors } = await createAccount();
    const s = await createContractSetup(actors.operator);
    const { envelopeId } = await inTx((tx) => createEnvelopeForContract(tx, actors.operator, { contractId: s.contract.id, origin: 'manual' }));
    const db = await getDb();
    await expect(db.update(envelopeEvents).set({ type: 'forjado' }).where(eq(envelopeEvents.envelopeId, envelopeId))).rejects.toThrow();
    await expect(db.delete(envelopeEvents).where(eq(envelopeEvents.envelopeId, envelopeId))).rejects.toThrow();
  });
});

describe('[ENVELOPES] a new contract document replaces the earlier one', () => {
  it('cancels the contract envelope still out for signature, with the reason in its trail', async () => {
    const { actors } = await createAccount();
    const s = await createContractSetup(actors.operator);
    const first = await inTx((tx) => createEnvelopeForContract(tx, actors.operator, { contractId: s.contract.id, origin: 'manual' }));
    const second = await inTx((tx) => createEnvelopeForContract(tx, actors.operator, { contractId: s.contract.id, origin: 'manual' }));
    const history = await listContractEnvelopes(actors.operator, s.contract.id);
    expect(history.map((e) => [e.id, e.status])).toEqual([
      [second.envelopeId, 'sent'],
      [first.envelopeId, 'cancelled'],
    ]);
    const db = await getDb();
    const events = await db.select().from(envelopeEvents).where(and(eq(envelopeEvents.envelopeId, first.envelopeId), eq(envelopeEvents.type, 'envelope.cancelled')));
    expect(events[0].payload).toMatchObject({ reason: expect.stringContaining('substituído') });
    expect(await completeEnvelope(db, first.envelopeId, now())).toEqual({ completed: false });
  });
});

describe('[ENVELOPES] signers get their links in order', () => {
  it('on creation only the first order is invited by e-mail; the others wait', async () => {
    const { actors } = await createAccount();
    const s = await createContractSetup(actors.operator);
    const { envelopeId } = await inTx((tx) => createEnvelopeForContract(tx, actors.operator, { contractId: s.contract.id, origin: 'manual' }));
    const db = await getDb();
    const people = await db.select().from(envelopeRecipients).where(eq(envelopeRecipients.envelopeId, envelopeId)).orderBy(asc(envelopeRecipients.position));
    expect(people.map((p) => [p.role, p.status])).toEqual([
      ['customer', 'sent'],
      ['customer_witness', 'pending'],
      ['company_signer', 'pending'],
      ['company_witness', 'pending'],
    ]);
    const queued = await db.select().from(messages).where(eq(messages.envelopeId, envelopeId));
    expect(queued.map((m) => [m.recipientId, m.channel, m.status])).toEqual([[people[0].id, 'email', 'queued']]);
    expect(queued[0].toMasked).not.toContain(s.customer.emails[0]);
  });
});
