import 'server-only';
import type { IdentityCheckResult } from '../db/schema/identity';
import { decodeImage, imageForOcr } from './decode-image';
import { cpfMatches, nameMatches, NAME_SIMILARITY_THRESHOLD } from './document-rules';
import { analyzeFaces, type DetectedFace } from './face-engine';
import { FACE_MATCH_THRESHOLD, FACE_MIN_SCORE, faceDistance } from './face-rules';
import { recognizeText } from './ocr-engine';

// The automated checks. The server is the authority: whatever the browser said about the selfie,
// it is analysed again here. Each result carries its measure and the bar it had to clear, for the
// evidence and for the reviewer.

const SELFIE_MAX_SIDE = 640;
const DOCUMENT_MAX_SIDE = 1024;

const round = (n: number) => Math.round(n * 1000) / 1000;

export type SelfieCheck = { checks: IdentityCheckResult[]; descriptor: Float32Array | null; ms: number };

export async function checkSelfie(image: Uint8Array): Promise<SelfieCheck> {
  const started = performance.now();
  const analysis = await analyzeFaces(await decodeImage(image, SELFIE_MAX_SIDE), { descriptors: true, minScore: FACE_MIN_SCORE });
  const faces = analysis.faces;
  const passed = faces.length === 1;
  return {
    checks: [
      {
        check: 'selfie_face',
        passed,
        score: faces.length,
        threshold: 'exatamente 1 rosto',
        detail: faces.length === 0 ? 'no_face' : faces.length > 1 ? 'many_faces' : `confiança ${round(faces[0].score)}`,
      },
    ],
    descriptor: passed ? faces[0].descriptor : null,
    ms: Math.round(performance.now() - started),
  };
}

const largest = (faces: DetectedFace[]) => faces.reduce<DetectedFace | null>((a, f) => (!a || f.box.width * f.box.height > a.box.width * a.box.height ? f : a), null);

export type DocumentCheck = { checks: IdentityCheckResult[]; ocrText: string; ms: { face: number; ocr: number; total: number } };

/**
 * The ID photo: a face is on it (the largest one is the holder's photo), that face matches the
 * selfie when there is one, and OCR finds the signer's CPF (exact digits) and name (similar enough).
 */
export async function checkDocument(
  front: Uint8Array,
  expect: { selfieDescriptor: Float32Array | null; name: string; cpf: string | null },
  back?: Uint8Array | null,
): Promise<DocumentCheck> {
  const started = performance.now();
  let faceMs = 0;
  let ocrMs = 0;
  const facePart = (async () => {
    const t = performance.now();
    const a = await analyzeFaces(await decodeImage(front, DOCUMENT_MAX_SIDE), { descriptors: true, minScore: FACE_MIN_SCORE });
    faceMs = Math.round(performance.now() - t);
    return a;
  })();
  const ocrPart = (async () => {
    const t = performance.now();
    const texts = [await recognizeText(await imageForOcr(front))];
    if (back) texts.push(await recognizeText(await imageForOcr(back)));
    ocrMs = Math.round(performance.now() - t);
    return texts.join('\n');
  })();
  const [analysis, ocrText] = await Promise.all([facePart, ocrPart]);

  const face = largest(analysis.faces);
  const checks: IdentityCheckResult[] = [
    { check: 'document_face', passed: !!face, score: analysis.faces.length, threshold: 'ao menos 1 rosto', detail: face ? `confiança ${round(face.score)}` : 'no_face' },
  ];
  if (expect.selfieDescriptor) {
    const distance = face?.descriptor ? round(faceDistance(face.descriptor, expect.selfieDescriptor)) : null;
    checks.push({
      check: 'face_match',
      passed: distance !== null && distance <= FACE_MATCH_THRESHOLD,
      score: distance,
      threshold: FACE_MATCH_THRESHOLD,
      detail: 'distância euclidiana entre os descritores (menor = mais parecido)',
    });
  }
  if (expect.cpf) {
    const cpf = cpfMatches(ocrText, expect.cpf);
    checks.push({ check: 'cpf', passed: cpf.passed, score: cpf.passed ? 1 : 0, threshold: 'dígitos idênticos', detail: `${cpf.found.length} CPF(s) lido(s)` });
  }
  const name = nameMatches(ocrText, expect.name);
  checks.push({ check: 'name', passed: name.passed, score: name.score, threshold: NAME_SIMILARITY_THRESHOLD, detail: 'similaridade sem acentos nem maiúsculas' });
  return { checks, ocrText, ms: { face: faceMs, ocr: ocrMs, total: Math.round(performance.now() - started) } };
}
