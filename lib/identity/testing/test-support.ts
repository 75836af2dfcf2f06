// Helpers for the identity integration tests and e2e hooks (not imported by app code).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '../../db/client';
import { envelopeRecipients } from '../../db/schema';
import { createEnvelopeForContract } from '../../envelopes/create-envelope-for-contract';
import { signerToken } from '../../signing/signer-link';
import { createFsBlobStore } from '../../storage/fs-blob-store';
import { createContractSetup } from '../../testing/contract-factories';
import { createAccount } from '../../testing/factories';
import { setIdentityBlobStore } from '../image-vault';

export function useTemporaryIdentityStore() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rubrica-identity-'));
  setIdentityBlobStore(createFsBlobStore(dir));
  return dir;
}

/**
 * A sent contract envelope whose integration asks the customer for a selfie and/or the ID
 * document (the way staff set it up in Integrações); returns the customer's link.
 */
export async function sentEnvelopeWithIdentity(require: { selfie: boolean; document: boolean } = { selfie: true, document: true }) {
  const { actors, account } = await createAccount({ roles: ['admin', 'operator'] });
  // A fixed CPF: what OCR reads is covered on its own; here a random CPF would only add noise.
  const setup = await createContractSetup(actors.operator, {
    integration: { requireSelfie: require.selfie, requireIdDocument: require.document },
    customer: { taxId: '52998224725' },
  });
  const db = await getDb();
  const { envelopeId } = await db.transaction((tx) => createEnvelopeForContract(tx, actors.operator, { contractId: setup.contract.id, origin: 'manual' }));
  const rows = await db.select().from(envelopeRecipients).where(eq(envelopeRecipients.envelopeId, envelopeId)).orderBy(asc(envelopeRecipients.position));
  const c = rows.find((r) => r.role === 'customer')!;
  return { account, actors, setup, envelopeId, customer: { ...c, token: signerToken(c.id, c.linkVersion) } };
}
