import { execFileSync } from 'node:child_process';
import { deflateSync } from 'node:zlib';
import { PDF, rgb } from '@libpdf/core';
import type { EvidenceManifest, EvidenceSigner } from '../../lib/pdf/evidence-manifest';
import { appendEvidencePages } from '../../lib/pdf/append-evidence-pages';
import { generateSelfSignedChain } from '../../lib/pdf/self-signed-chain';
import { signPades } from '../../lib/pdf/sign-pades';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** An RGB PNG: a smooth gradient with `noise` (0–255) of grain, so it compresses like a photo (or not at all). */
export function makePng(width: number, height: number, seed: number, noise: number): Uint8Array {
  let s = seed >>> 0 || 1;
  const rand = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32) * noise;
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      const i = row + 1 + x * 3;
      raw[i] = Math.min(255, ((x * 200) / width + rand()) | 0);
      raw[i + 1] = Math.min(255, ((y * 180) / height + rand()) | 0);
      raw[i + 2] = Math.min(255, (120 + rand()) | 0);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return new Uint8Array(
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]),
  );
}

/**
 * A 480×640 camera-like JPEG made by ffmpeg (Debian package; the e2e fake camera uses it too),
 * about 40 KB; without ffmpeg, a grainy PNG of the same size (heavier to embed: a worse case).
 */
export function selfieJpeg(i: number): Uint8Array {
  try {
    return new Uint8Array(
      execFileSync('ffmpeg', ['-loglevel', 'error', '-f', 'lavfi', '-i', `testsrc2=size=480x640:rate=1,noise=alls=${12 + i}:allf=t`, '-frames:v', '1', '-q:v', '5', '-f', 'mjpeg', '-'], {
        maxBuffer: 8 * 1024 * 1024,
      }),
    );
  } catch {
    return makePng(480, 640, i + 1, 24);
  }
}

/** A text contract of `pages` A4 pages (45 lines each), like a rendered template. */
export async function makeContract(pages: number): Promise<Uint8Array> {
  const pdf = PDF.create();
  for (let p = 0; p < pages; p++) {
    const page = pdf.addPage({ size: 'a4' });
    page.drawText(`CLÁUSULA ${p + 1}ª — DAS OBRIGAÇÕES`, { x: 56, y: 780, size: 12, color: rgb(0, 0, 0) });
    for (let l = 0; l < 45; l++) {
      page.drawText(`${p + 1}.${l + 1} O CONTRATANTE pagará mensalmente o valor ajustado, nos termos da cláusula de reajuste.`, { x: 56, y: 756 - l * 15.5, size: 9.5 });
    }
  }
  return pdf.save();
}

/** A scanned-looking PDF: every page a distinct photo that does not compress, about 133 KB each. */
export async function makeScannedPdf(pages: number): Promise<Uint8Array> {
  const pdf = PDF.create();
  for (let p = 0; p < pages; p++) {
    const page = pdf.addPage({ size: 'a4' });
    const img = pdf.embedPng(makePng(245, 245, p + 7, 255));
    page.drawImage(img, { x: 0, y: 0, width: page.width, height: page.height });
  }
  return pdf.save();
}

export const benchChain = (() => {
  let chain: ReturnType<typeof generateSelfSignedChain> | null = null;
  return () => (chain ??= generateSelfSignedChain({ organization: 'Rubrica Bench', password: 'bench' }));
})();

export function manifestFor(originalPages: number, signers: EvidenceSigner[]): EvidenceManifest {
  const at = new Date('2026-11-30T12:00:00Z');
  return {
    envelopeId: '0b6c1d1e-5f7a-4c11-9d2b-7a3e9c0f1a22',
    envelopeName: 'Contrato 2026/000123 — Fibra 500 Mega',
    documentName: 'Contrato de prestação de serviços de internet.pdf',
    issuer: 'Provedor Exemplo · Filial Niterói',
    originalSha256: 'a'.repeat(64),
    originalPages,
    createdAt: at,
    completedAt: at,
    sealedAt: at,
    verifyUrl: 'https://assina.exemplo.com.br/verificar/7KQ2-M9XD-4TNB',
    verifyCode: '7KQ2-M9XD-4TNB',
    signers,
  };
}

export function signer(i: number, images: { selfie?: Uint8Array; drawing?: Uint8Array }): EvidenceSigner {
  const at = new Date(Date.UTC(2026, 10, 30, 11, i * 5));
  return {
    name: ['José da Conceição', 'Roberta Responsável', 'Maria Testemunha'][i % 3],
    taxIdMasked: '***.456.789-**',
    contactMasked: 'jo***@cliente.com.br',
    role: ['Cliente', 'Responsável pela empresa', 'Testemunha do cliente'][i % 3],
    action: 'Assinou',
    authentication: 'Código de uso único por e-mail (jo***@cliente.com.br)',
    channel: 'E-mail',
    ip: '203.0.113.7',
    device: 'Android 14 · Chrome 131',
    geolocation: '-22.88330, -43.10360 (±25 m)',
    signedAt: at,
    faceMatch: 'Mesma pessoa da foto do documento (distância 0,31)',
    selfie: images.selfie,
    drawing: images.drawing,
    timeline: [
      { at: new Date(at.getTime() - 300_000), label: 'Convite enviado por e-mail', ip: null },
      { at: new Date(at.getTime() - 120_000), label: 'Código de verificação confirmado (e-mail)', ip: '203.0.113.7' },
      { at: new Date(at.getTime() - 60_000), label: 'Leu o documento até a última página', ip: '203.0.113.7' },
      { at, label: 'Assinou com assinatura desenhada', ip: '203.0.113.7' },
    ],
  };
}

export async function seal(original: Uint8Array, manifest: EvidenceManifest): Promise<Uint8Array> {
  const chain = benchChain();
  const withPages = await appendEvidencePages(original, manifest);
  return signPades(withPages, { p12: chain.p12, password: 'bench', reason: 'Selo', location: 'Brasil', contactInfo: manifest.verifyUrl });
}
