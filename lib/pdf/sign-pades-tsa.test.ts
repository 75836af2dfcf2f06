import { PDF } from '@libpdf/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSelfSignedChain } from './self-signed-chain';
import { signPades } from './sign-pades';
import { startLocalTsa, type LocalTsa } from './testing/local-tsa';
import { dumpSignature, run, tmpFile } from './testing/pdf-tools';
import { verifyPdfSignature } from './verify-pdf-signature';

let tsa: LocalTsa;
beforeAll(async () => {
  tsa = await startLocalTsa();
});
afterAll(() => tsa.close());

const chain = generateSelfSignedChain({ organization: 'Provedor São João', password: 'segredo' });
const options = (tsaUrl: string) => ({ p12: chain.p12, password: 'segredo', reason: 'Selo', location: 'Brasil', contactInfo: 'x', tsaUrl });

async function contractPdf() {
  const pdf = PDF.create();
  pdf.addPage({ size: 'a4' }).drawText('Contrato de prestação de serviços', { x: 50, y: 780, size: 12 });
  return pdf.save();
}

describe('[SEALING] PAdES B-T with an RFC 3161 time-stamp authority', () => {
  it("carries the TSA's token over the signature as an unsigned attribute; pdfsig still finds it valid", async () => {
    const before = tsa.requests();
    const signed = await signPades(await contractPdf(), options(tsa.url));
    expect(tsa.requests()).toBe(before + 1);
    expect(await verifyPdfSignature(signed)).toMatchObject({ signed: true, intact: true, coversWholeFile: true, timestamped: true });
    const file = tmpFile('signed.pdf', signed);
    const cms = run('openssl', ['cms', '-inform', 'DER', '-in', tmpFile('sig.der', dumpSignature(file)), '-cmsout', '-print']).out;
    expect(cms).toMatch(/unsignedAttrs:/);
    expect(cms).toMatch(/id-smime-aa-timeStampToken|1\.2\.840\.113549\.1\.9\.16\.2\.14/);
    expect(cms).toContain('Rubrica Test TSA');

    const sig = run('pdfsig', ['-nocert', file]).out;
    expect(sig).toContain('Signature is Valid');
    expect(sig).toContain('Total document signed');
  });

  it('a TSA that does not answer fails the signature instead of dropping the time-stamp', async () => {
    tsa.setDown(true);
    try {
      await expect(signPades(await contractPdf(), options(tsa.url))).rejects.toThrow();
    } finally {
      tsa.setDown(false);
    }
  });
});
