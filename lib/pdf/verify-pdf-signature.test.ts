import { describe, expect, it } from 'vitest';
import { PDF } from '@libpdf/core';
import { generateSelfSignedChain } from './self-signed-chain';
import { signPades } from './sign-pades';
import { verifyPdfSignature } from './verify-pdf-signature';

async function blankPdf() {
  const pdf = PDF.create();
  pdf.addPage({ size: 'a4' }).drawText('Contrato de prestação de serviços', { x: 50, y: 780, size: 12 });
  return pdf.save();
}

describe('[SEALING] signature check of an uploaded PDF', () => {
  const chain = generateSelfSignedChain({ organization: 'Provedor São João', password: 'segredo' });

  it('finds our PAdES signature intact and covering the whole file', async () => {
    const signed = await signPades(await blankPdf(), { p12: chain.p12, password: 'segredo', reason: 'Selo', location: 'Brasil', contactInfo: 'x' });
    const check = await verifyPdfSignature(signed);
    expect(check).toMatchObject({ signed: true, intact: true, coversWholeFile: true, subFilter: 'ETSI.CAdES.detached', timestamped: false });
    // The DN stays ASCII even when the organisation's name has accents.
    expect(check.signed && check.signer).toContain('Provedor Sao Joao Selo Eletronico');
  });

  it('reports one changed byte as not intact', async () => {
    const signed = Buffer.from(await signPades(await blankPdf(), { p12: chain.p12, password: 'segredo', reason: 'Selo', location: 'Brasil', contactInfo: 'x' }));
    const i = signed.indexOf('Contrato') >= 0 ? signed.indexOf('/MediaBox') + 12 : 100;
    signed[i] = signed[i] === 0x30 ? 0x31 : 0x30;
    expect(await verifyPdfSignature(signed)).toMatchObject({ signed: true, intact: false });
  });

  it('says an unsigned PDF is not signed', async () => {
    expect(await verifyPdfSignature(await blankPdf())).toEqual({ signed: false });
  });

  it('notices bytes appended after the signature', async () => {
    const signed = await signPades(await blankPdf(), { p12: chain.p12, password: 'segredo', reason: 'Selo', location: 'Brasil', contactInfo: 'x' });
    const extended = Buffer.concat([Buffer.from(signed), Buffer.from('\n% anexado depois\n')]);
    expect(await verifyPdfSignature(extended)).toMatchObject({ signed: true, intact: true, coversWholeFile: false });
  });
});
