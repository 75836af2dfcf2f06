import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../db/client';
import { eventsOf } from '../signing/test-support';
import { useTemporaryBlobStore } from '../testing/contract-factories';
import { setupTestDb } from '../testing/db';
import { signedEnvelope, useTemporaryDataDir } from './test-support';
import { verifyChain } from './verify-chain';

setupTestDb();
beforeAll(() => {
  useTemporaryBlobStore();
  useTemporaryDataDir();
});

/** Bypasses the append-only trigger the way only a database superuser could, to play the attacker. */
async function asSuperuser(statement: ReturnType<typeof sql>) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(statement);
  });
}

describe('[EVIDENCE] the trail is append-only and its chain shows tampering', () => {
  it('the database itself refuses to update or delete an event', async () => {
    const e = await signedEnvelope();
    const db = await getDb();
    await expect(db.execute(sql`update envelope_events set ip = '198.51.100.1' where envelope_id = ${e.envelopeId}`)).rejects.toThrow();
    await expect(db.execute(sql`delete from envelope_events where envelope_id = ${e.envelopeId}`)).rejects.toThrow();
    expect(await verifyChain(db, e.envelopeId)).toMatchObject({ ok: true });
  });

  it('an altered row (trigger bypassed) breaks the chain at that event', async () => {
    const e = await signedEnvelope();
    const db = await getDb();
    const signed = (await eventsOf(e.envelopeId, 'recipient.signed'))[0];
    await asSuperuser(sql`update envelope_events set ip = '198.51.100.1' where id = ${signed.id}`);
    expect(await verifyChain(db, e.envelopeId)).toMatchObject({ ok: false, brokenAtSeq: signed.seq, reason: 'conteúdo alterado' });
  });

  it('a deleted row (trigger bypassed) shows as a missing event', async () => {
    const e = await signedEnvelope();
    const db = await getDb();
    const viewed = (await eventsOf(e.envelopeId, 'code.verified'))[0];
    await asSuperuser(sql`delete from envelope_events where id = ${viewed.id}`);
    const verdict = await verifyChain(db, e.envelopeId);
    expect(verdict).toMatchObject({ ok: false, brokenAtSeq: viewed.seq });
  });
});
