// Helpers for the evidence integration tests (not imported by app code).
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { getDb } from '../db/client';
import { envelopeRecipients } from '../db/schema';
import { resetEnvCache } from '../env';
import { signByToken } from '../signing/sign-by-token';
import { phone, sentEnvelope, signIn } from '../signing/test-support';
import { resetPlatformCertificateCache } from './platform-certificate';

/** A 1×1 PNG: what the drawing pad sends, in miniature. */
export const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
export const GEO = { lat: -22.8833, lon: -43.1036, accuracy: 25 };

/** The sealing certificate of this test file is generated into a temporary data dir. */
export function useTemporaryDataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rubrica-data-'));
  process.env.RUBRICA_DATA_DIR = dir;
  delete process.env.RUBRICA_SIGNING_P12;
  resetEnvCache();
  resetPlatformCertificateCache();
  return dir;
}

/** A contract's envelope signed by all four recipients (the customer draws, the others type). */
export async function signedEnvelope(opts: Parameters<typeof sentEnvelope>[0] = {}) {
  const e = await sentEnvelope(opts);
  await (await getDb()).update(envelopeRecipients).set({ action: 'handwritten' }).where(eq(envelopeRecipients.id, e.customer.id));
  for (const s of [e.customer, e.company, e.customerWitness, e.companyWitness]) {
    const session = await signIn(s.token, s.id);
    await signByToken(s.token, { session, typedName: s.name, drawing: s === e.customer ? TINY_PNG : null, geolocation: s === e.customer ? GEO : null }, phone);
  }
  return e;
}

export { dumpSignature, pageCount, renderPage, run, tmpFile } from '../pdf/testing/pdf-tools';
