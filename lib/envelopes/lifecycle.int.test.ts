import { and, asc, eq, like } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { advanceClock, resetClock } from '../clock';
import { getDb } from '../db/client';
import { envelopeDocuments, envelopeEvents, envelopeRecipients, envelopes, jobs, messages } from '../db/schema';
import { listEnvelopeMessages } from '../notify/list-messages';
import { signByToken } from '../signing/sign-by-token';
import { phone, signIn } from '../signing/test-support';
import { signerToken } from '../signing/signer-link';
import { createContractSetup, useTemporaryBlobStore } from '../testing/contract-factories';
import { setupTestDb } from '../testing/db';
import { createAccount } from '../testing/factories';
import { runDueJobs } from '../testing/run-jobs';
import { createEnvelopeForContract } from './create-envelope-for-contract';
import { resendExpiredEnvelope } from './resend-expired-envelope';
import { scheduleMissingLifecycleJobs } from './schedule-missing-lifecycle-jobs';

setupTestDb();
beforeAll(() => useTemporaryBlobStore());
afterEach(() => resetClock());

const DAY = 86_400_000;
const MINUTE = 60_000;

/** Reminders every 3 days, a warning 2 days before a 10-day deadline. */
async function waitingEnvelope() {
  const { actors } = await createAccount();
  const s = await createContractSetup(actors.operator, { integration: { reminderEveryDays: 3, warnDaysBeforeExpiry: 2, defaultExpiryDays: 10 } });
  const db = await getDb();
  const { envelopeId } = await db.transaction((tx) => createEnvelopeForContract(tx, actors.operator, { contractId: s.contract.id, origin: 'manual' }));
  const people = await db.select().from(envelopeRecipients).where(eq(envelopeRecipients.envelopeId, envelopeId)).orderBy(asc(envelopeRecipients.position));
  const person = (role: string) => people.find((p) => p.role === role)!;
  return { actors, s, db, envelopeId, customer: person('customer'), company: person('company_signer') };
}

/** Moves the application clock to `days` (plus a minute) after the start and runs what became due. */
function clockAt(envelopeId: string) {
  let at = 0;
  return async (days: number) => {
    const target = days * DAY + MINUTE;
    advanceClock(target - at);
    at = target;
    return runDueJobs(await getDb(), { envelopeId });
  };
}

async function subjectsTo(accountId: string, envelopeId: string, recipientId: string | null) {
  return (await listEnvelopeMessages({ accountId }, envelopeId)).filter((m) => m.recipientId === recipientId).map((m) => m.subject);
}

describe('[LIFECYCLE] reminders, warning and expiry on the application clock', () => {
  it('reminds only who has not finished every N days, warns N days before, expires at the deadline and tells signers and sender', async () => {
    const { actors, db, envelopeId, customer, company } = await waitingEnvelope();
    const accountId = actors.operator.accountId;
    const at = clockAt(envelopeId);
    expect(await runDueJobs(db, { envelopeId })).toEqual([]); // nothing due on day 0
    expect(await at(2.9)).toEqual([]);

    expect(await at(3)).toEqual(['completed']);
    expect(await subjectsTo(accountId, envelopeId, customer.id)).toEqual([
      expect.stringMatching(/^Documento para assinar/),
      expect.stringMatching(/^Lembrete: ".*" aguarda a sua assinatura$/),
    ]);
    expect(await subjectsTo(accountId, envelopeId, company.id)).toEqual([]); // not their turn yet

    // The customer signs; the company signer's turn comes.
    const session = await signIn(signerToken(customer.id, customer.linkVersion), customer.id);
    await signByToken(signerToken(customer.id, customer.linkVersion), { session, typedName: customer.name }, phone);

    expect(await at(6)).toEqual(['completed']);
    const toCustomer = await subjectsTo(accountId, envelopeId, customer.id);
    expect(toCustomer.filter((s) => s?.startsWith('Lembrete'))).toHaveLength(1); // finished: no more reminders
    expect((await subjectsTo(accountId, envelopeId, company.id)).filter((s) => s?.startsWith('Lembrete'))).toHaveLength(1);

    expect(await at(8)).toEqual(['completed']); // the warning
    expect(await subjectsTo(accountId, envelopeId, company.id)).toContainEqual(expect.stringMatching(/^O prazo para assinar ".*" termina em \d{2}\/\d{2}\/\d{4}$/));
    expect(await at(9)).toEqual(['completed']); // third reminder; none scheduled past the deadline
    expect(await at(9.99)).toEqual([]);
    const [env0] = await db.select().from(envelopes).where(eq(envelopes.id, envelopeId));
    expect(env0.status).toBe('partially_signed');

    expect(await at(10)).toEqual(['completed']);
    const [env] = await db.select().from(envelopes).where(eq(envelopes.id, envelopeId));
    expect(env).toMatchObject({ status: 'expired' });
    expect(env.closedAt).not.toBeNull();
    expect(await subjectsTo(accountId, envelopeId, company.id)).toContainEqual(expect.stringMatching(/^O prazo para assinar ".*" terminou$/));
    expect((await subjectsTo(accountId, envelopeId, customer.id)).some((s) => s?.includes('terminou'))).toBe(false);
    const sender = (await listEnvelopeMessages({ accountId }, envelopeId)).filter((m) => m.recipientId === null);
    expect(sender).toHaveLength(1);
    expect(sender[0].subject).toMatch(/^Documento expirado: /);
    const [senderRow] = await db.select().from(messages).where(eq(messages.id, sender[0].id));
    expect(senderRow.toAddress).toBe(actors.operator.email);
    const trail = await db.select({ type: envelopeEvents.type }).from(envelopeEvents).where(eq(envelopeEvents.envelopeId, envelopeId)).orderBy(asc(envelopeEvents.seq));
    const types = trail.map((e) => e.type);
    expect(types.filter((t) => t === 'recipient.reminded')).toHaveLength(3);
    expect(types.filter((t) => t === 'recipient.expiry_warned')).toHaveLength(1);
    expect(types.filter((t) => t === 'envelope.expired')).toHaveLength(1);
    // Nothing left scheduled for it.
    expect(await at(30)).toEqual([]);
    const left = await db.select().from(jobs).where(and(eq(jobs.accountId, accountId), eq(jobs.status, 'pending')));
    expect(left.filter((j) => (j.payload as { envelopeId?: string }).envelopeId === envelopeId)).toEqual([]);
  });

  it('an open envelope sent before the lifecycle jobs existed gets them at boot, once', async () => {
    const w = await waitingEnvelope();
    const db = await getDb();
    const lifecycle = () => db.select().from(jobs).where(and(like(jobs.dedupeKey, `%${w.envelopeId}%`), like(jobs.type, 'envelopes.%')));
    expect((await lifecycle()).map((j) => j.type).sort()).toEqual(['envelopes.expire', 'envelopes.remind', 'envelopes.warn-expiry']);
    await db.delete(jobs).where(and(like(jobs.dedupeKey, `%${w.envelopeId}%`), like(jobs.type, 'envelopes.%')));
    expect(await scheduleMissingLifecycleJobs(db)).toBeGreaterThanOrEqual(1);
    expect((await lifecycle()).map((j) => j.type).sort()).toEqual(['envelopes.expire', 'envelopes.remind', 'envelopes.warn-expiry']);
    await scheduleMissingLifecycleJobs(db);
    expect(await lifecycle()).toHaveLength(3);
  });

  it('a completed envelope gets no reminders and never expires', async () => {
    const { db, envelopeId } = await waitingEnvelope();
    await db.update(envelopes).set({ status: 'completed', completedAt: new Date() }).where(eq(envelopes.id, envelopeId));
    const at = clockAt(envelopeId);
    expect(await at(3)).toEqual(['completed']);
    expect(await at(10)).toEqual(['completed', 'completed']); // the warning and the expiry run, and leave it alone
    expect(await at(20)).toEqual([]);
    const [env] = await db.select().from(envelopes).where(eq(envelopes.id, envelopeId));
    expect(env.status).toBe('completed');
    const reminded = await db.select().from(envelopeEvents).where(and(eq(envelopeEvents.envelopeId, envelopeId), eq(envelopeEvents.type, 'recipient.reminded')));
    expect(reminded).toEqual([]);
  });

  it('an expired envelope goes out again as a new one in one click: same documents and people, new links and deadline', async () => {
    const { actors, db, envelopeId, customer } = await waitingEnvelope();
    const at = clockAt(envelopeId);
    await at(10);
    const { envelopeId: fresh } = await resendExpiredEnvelope(actors.operator, { envelopeId });
    const [n] = await db.select().from(envelopes).where(eq(envelopes.id, fresh));
    expect(n).toMatchObject({ status: 'sent', billable: true });
    expect(n.expiresAt.getTime() - n.sentAt!.getTime()).toBe(10 * DAY);
    const docs = async (id: string) => (await db.select().from(envelopeDocuments).where(eq(envelopeDocuments.envelopeId, id)).orderBy(asc(envelopeDocuments.position))).map((d) => [d.name, d.sha256]);
    expect(await docs(fresh)).toEqual(await docs(envelopeId));
    const people = await db.select().from(envelopeRecipients).where(eq(envelopeRecipients.envelopeId, fresh)).orderBy(asc(envelopeRecipients.position));
    const newCustomer = people.find((p) => p.role === 'customer')!;
    expect(newCustomer).toMatchObject({ name: customer.name, email: customer.email, status: 'sent' });
    expect(newCustomer.tokenHash).not.toBe(customer.tokenHash);
    expect(await subjectsTo(actors.operator.accountId, fresh, newCustomer.id)).toEqual([expect.stringMatching(/^Documento para assinar/)]);
    const [link] = await db.select().from(envelopeEvents).where(and(eq(envelopeEvents.envelopeId, envelopeId), eq(envelopeEvents.type, 'envelope.resent_as_new')));
    expect(link.payload).toEqual({ newEnvelopeId: fresh });

    await expect(resendExpiredEnvelope(actors.operator, { envelopeId })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(resendExpiredEnvelope(actors.operator, { envelopeId: fresh })).rejects.toMatchObject({ code: 'INVALID_STATE' });
    await expect(resendExpiredEnvelope(actors.viewer, { envelopeId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
