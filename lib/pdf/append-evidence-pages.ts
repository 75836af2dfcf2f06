import { PDF, type PDFImage, type PDFPage } from '@libpdf/core';
import type { EvidenceManifest, EvidenceSigner } from './evidence-manifest';
import { evidenceFontBytes } from './fonts';
import { A4, ACCENT, CONTENT_WIDTH, INK, MARGIN, MUTED, PANEL, PageFlow, RULE, drawImageFit, embedImageSafe, fit, wrap, type Fonts } from './layout';
import { qrRuns } from './qr';
import { formatSaoPaulo } from './sao-paulo-time';

/** Above this many signers the per-signer pages give way to one compact table of the whole trail. */
export const MAX_SIGNERS_WITH_OWN_PAGE = 6;

const MM = 72 / 25.4;

type Images = { selfie: PDFImage | null; drawing: PDFImage | null };

/**
 * The original PDF plus, as an incremental update (the original bytes stay byte-for-byte at the
 * start of the file): each signer's visual signature at its manual placement, one evidence page
 * per signer (or a compact table when there are many), and the "Certificado de assinaturas".
 */
export async function appendEvidencePages(original: Uint8Array, manifest: EvidenceManifest): Promise<Uint8Array> {
  const pdf = await PDF.load(original);
  const bytes = evidenceFontBytes();
  const fonts: Fonts = { regular: pdf.embedFont(bytes.regular), medium: pdf.embedFont(bytes.medium) };
  const images: Images[] = manifest.signers.map((s) => ({ selfie: embedImageSafe(pdf, s.selfie), drawing: embedImageSafe(pdf, s.drawing) }));

  stampPlacements(pdf, fonts, manifest, images);

  const flow = new PageFlow(pdf, fonts, (page) => drawHeader(page, fonts, manifest));
  if (manifest.signers.length <= MAX_SIGNERS_WITH_OWN_PAGE) {
    manifest.signers.forEach((signer, i) => signerPage(flow, manifest, signer, images[i], i));
  } else {
    compactTrail(flow, manifest);
  }
  certificate(flow, manifest, images);

  const total = pdf.getPageCount();
  const first = total - flow.pages.length + 1;
  flow.pages.forEach((page, i) => drawFooter(page, fonts, manifest, first + i, total));
  return pdf.save({ incremental: true, subsetFonts: true });
}

function drawHeader(page: PDFPage, fonts: Fonts, m: EvidenceManifest) {
  const top = A4.height - 34;
  page.drawText('RUBRICA', { x: MARGIN.left, y: top, font: fonts.medium, size: 8.5, color: ACCENT });
  page.drawText('Registro de assinatura eletrônica', { x: MARGIN.left + fonts.medium.widthOfTextAtSize('RUBRICA', 8.5) + 8, y: top, font: fonts.regular, size: 8.5, color: MUTED });
  const code = `Código de verificação ${m.verifyCode}`;
  page.drawText(code, { x: A4.width - MARGIN.right - fonts.regular.widthOfTextAtSize(code, 8.5), y: top, font: fonts.regular, size: 8.5, color: MUTED });
  page.drawLine({ start: { x: MARGIN.left, y: top - 8 }, end: { x: A4.width - MARGIN.right, y: top - 8 }, color: ACCENT, thickness: 1 });
}

function drawFooter(page: PDFPage, fonts: Fonts, m: EvidenceManifest, n: number, total: number) {
  const y = 38;
  page.drawLine({ start: { x: MARGIN.left, y: y + 12 }, end: { x: A4.width - MARGIN.right, y: y + 12 }, color: RULE, thickness: 0.6 });
  const pageLabel = `Página ${n} de ${total}`;
  const right = A4.width - MARGIN.right;
  page.drawText(pageLabel, { x: right - fonts.regular.widthOfTextAtSize(pageLabel, 7.5), y, font: fonts.regular, size: 7.5, color: MUTED });
  const left = fit(fonts.regular, `${m.documentName} · envelope ${m.envelopeId}`, 7.5, CONTENT_WIDTH - 80);
  page.drawText(left, { x: MARGIN.left, y, font: fonts.regular, size: 7.5, color: MUTED });
  const verify = fit(fonts.regular, `Verifique a autenticidade deste documento em ${m.verifyUrl}`, 7, CONTENT_WIDTH);
  page.drawText(verify, { x: MARGIN.left, y: y - 11, font: fonts.regular, size: 7, color: MUTED });
}

function title(flow: PageFlow, text: string, subtitle: string) {
  flow.ensure(60);
  flow.y -= 14;
  flow.text(text, { size: 17, font: 'medium', color: INK });
  flow.y -= 16;
  for (const line of wrap(flow.fonts.regular, subtitle, 9, CONTENT_WIDTH)) {
    flow.text(line, { size: 9, color: MUTED });
    flow.y -= 12;
  }
  flow.y -= 8;
}

function sectionHeading(flow: PageFlow, text: string, need: number) {
  flow.ensure(need + 26);
  flow.y -= 6;
  flow.text(text.toUpperCase(), { size: 8, font: 'medium', color: ACCENT });
  flow.y -= 6;
  flow.rule(flow.y, ACCENT, 0.5);
  flow.y -= 14;
}

type Row = [label: string, value: string | null | undefined];

function signerRows(s: EvidenceSigner, full: boolean): Row[] {
  const rows: Row[] = [
    ['CPF', s.taxIdMasked],
    ['Contato', s.contactMasked],
    ['Canal de envio', s.channel],
    ['Autenticação', s.authentication],
    ['Endereço IP', s.ip],
    ['Dispositivo', s.device],
    ['Geolocalização', s.geolocation],
    [s.action.startsWith('Recus') ? 'Recusou em' : 'Assinado em', s.signedAt ? formatSaoPaulo(s.signedAt) : null],
  ];
  if (s.typedName) rows.splice(4, 0, ['Nome digitado', s.typedName]);
  if (s.faceMatch) rows.splice(4, 0, ['Biometria facial', s.faceMatch]);
  return full ? rows : rows.filter(([label]) => label !== 'Canal de envio');
}

const ROW = { full: { height: 11.5, label: 7.5, value: 8.5 }, compact: { height: 10, label: 7, value: 7.8 } };

/** One signer: selfie at the left, name and facts in the middle, drawn signature at the right. */
function signerBlock(flow: PageFlow, s: EvidenceSigner, img: Images, opts: { full: boolean; withSelfieColumn: boolean }) {
  const rows = signerRows(s, opts.full);
  const row = opts.full ? ROW.full : ROW.compact;
  const height = (opts.full ? 20 : 16) + rows.length * row.height + 8;
  flow.ensure(height);
  const top = flow.y;
  const selfieW = opts.withSelfieColumn ? (opts.full ? 96 : 50) : 0;
  const drawingW = opts.full ? 150 : 112;
  const x0 = MARGIN.left + (selfieW ? selfieW + 12 : 0);
  const right = A4.width - MARGIN.right;
  const middleRight = opts.full ? right : right - drawingW - 12;
  const { page, fonts } = flow;

  if (selfieW) {
    const box = { x: MARGIN.left, y: top - selfieW * 1.2 + 8, width: selfieW, height: selfieW * 1.2 };
    page.drawRectangle({ ...box, color: PANEL, borderColor: RULE, borderWidth: 0.5 });
    if (img.selfie) drawImageFit(page, img.selfie, { x: box.x + 2, y: box.y + 2, width: box.width - 4, height: box.height - 4 });
    else drawCentred(page, fonts, 'sem selfie', box, 7);
  }

  flow.text(s.name, { x: x0, size: opts.full ? 13 : 10.5, font: 'medium', maxWidth: (opts.full ? right - 170 : middleRight) - x0 });
  flow.rightText(`${s.role} · ${s.action}`, right, top, 8, 'medium', ACCENT, drawingW + 40);
  let y = top - (opts.full ? 17 : 14);
  const labelW = opts.full ? 78 : 70;
  for (const [label, value] of rows) {
    page.drawText(label, { x: x0, y, font: fonts.regular, size: row.label, color: MUTED });
    page.drawText(fit(fonts.regular, value || '—', row.value, middleRight - x0 - labelW), { x: x0 + labelW, y, font: fonts.regular, size: row.value, color: INK });
    y -= row.height;
  }

  // Full pages put the signature under the facts (the facts get the whole width); the
  // certificate keeps it in a right-hand column so several signers fit on one page.
  const sig = opts.full
    ? { x: x0, y: y - 64, width: 200, height: 60 }
    : { x: right - drawingW, y: top - 54, width: drawingW, height: 40 };
  if (img.drawing) drawImageFit(page, img.drawing, sig);
  else drawShrunk(page, fonts, s.typedName ?? 'Aceite eletrônico', sig, s.typedName ? 12 : 8.5, s.typedName ? INK : MUTED);
  page.drawLine({ start: { x: sig.x, y: sig.y - 2 }, end: { x: sig.x + sig.width, y: sig.y - 2 }, color: RULE, thickness: 0.6 });
  const caption = img.drawing ? 'Assinatura desenhada' : s.typedName ? 'Assinatura digitada (nome completo)' : 'Aprovação por clique, após autenticação';
  page.drawText(caption, { x: sig.x, y: sig.y - 11, font: fonts.regular, size: 7, color: MUTED });
  if (opts.full) y = sig.y - 14;

  flow.y = Math.min(y, top - (selfieW ? selfieW * 1.2 : 0)) - 4;
}

/** Centred in the box, shrinking the type (down to 6 pt) before cutting it. */
function drawShrunk(page: PDFPage, fonts: Fonts, text: string, box: { x: number; y: number; width: number; height: number }, size: number, color = MUTED) {
  let s = size;
  while (s > 6 && fonts.regular.widthOfTextAtSize(text, s) > box.width - 6) s -= 0.5;
  drawCentred(page, fonts, text, box, s, color);
}

function drawCentred(page: PDFPage, fonts: Fonts, text: string, box: { x: number; y: number; width: number; height: number }, size: number, color = MUTED) {
  const shown = fit(fonts.regular, text, size, box.width - 6);
  const w = fonts.regular.widthOfTextAtSize(shown, size);
  page.drawText(shown, { x: box.x + (box.width - w) / 2, y: box.y + box.height / 2 - size / 3, font: fonts.regular, size, color });
}

function signerPage(flow: PageFlow, m: EvidenceManifest, s: EvidenceSigner, img: Images, i: number) {
  flow.newPage();
  title(flow, 'Registro de evidências do signatário', `Signatário ${i + 1} de ${m.signers.length} do documento "${m.documentName}". Horários de Brasília, com o deslocamento em relação ao UTC.`);
  signerBlock(flow, s, img, { full: true, withSelfieColumn: true });
  flow.y -= 10;
  timelineTable(flow, s.timeline.map((e) => ({ at: e.at, who: null, label: e.label, ip: e.ip ?? null })), false);
}

type TrailRow = { at: Date; who: string | null; label: string; ip: string | null };

function timelineTable(flow: PageFlow, rows: TrailRow[], withWho: boolean) {
  sectionHeading(flow, 'Linha do tempo', 30);
  const cols = withWho
    ? { at: MARGIN.left, who: MARGIN.left + 132, label: MARGIN.left + 250, ip: A4.width - MARGIN.right - 92 }
    : { at: MARGIN.left, who: 0, label: MARGIN.left + 150, ip: A4.width - MARGIN.right - 110 };
  const head = () => {
    flow.text('Data e hora (Brasília)', { x: cols.at, size: 7.5, color: MUTED });
    if (withWho) flow.text('Signatário', { x: cols.who, size: 7.5, color: MUTED });
    flow.text('Evento', { x: cols.label, size: 7.5, color: MUTED });
    flow.text('IP', { x: cols.ip, size: 7.5, color: MUTED });
    flow.y -= 5;
    flow.rule();
    flow.y -= 11;
  };
  head();
  if (rows.length === 0) {
    flow.text('Nenhum evento registrado.', { size: 8.5, color: MUTED });
    flow.y -= 12;
  }
  for (const r of rows) {
    if (flow.y - 12 < MARGIN.bottom) {
      flow.newPage();
      head();
    }
    flow.text(formatSaoPaulo(r.at), { x: cols.at, size: 8, maxWidth: (withWho ? cols.who : cols.label) - cols.at - 6 });
    if (withWho) flow.text(r.who ?? '—', { x: cols.who, size: 8, maxWidth: cols.label - cols.who - 6 });
    flow.text(r.label, { x: cols.label, size: 8, maxWidth: cols.ip - cols.label - 6 });
    flow.text(r.ip ?? '—', { x: cols.ip, size: 8, maxWidth: A4.width - MARGIN.right - cols.ip });
    flow.y -= 12;
  }
}

function compactTrail(flow: PageFlow, m: EvidenceManifest) {
  flow.newPage();
  title(flow, 'Registro de evidências', `${m.signers.length} signatários do documento "${m.documentName}": cada evento, em ordem. Horários de Brasília, com o deslocamento em relação ao UTC.`);
  const rows: TrailRow[] = m.signers
    .flatMap((s) => s.timeline.map((e) => ({ at: e.at, who: s.name, label: e.label, ip: e.ip ?? null })))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  timelineTable(flow, rows, true);
}

function certificate(flow: PageFlow, m: EvidenceManifest, images: Images[]) {
  flow.newPage();
  title(
    flow,
    'Certificado de assinaturas',
    'Este documento foi assinado eletronicamente pelas pessoas abaixo, com as evidências de autoria e integridade registradas pela plataforma (Lei 14.063/2020 e MP 2.200-2/2001, art. 10, § 2º).',
  );

  const facts: Row[] = [
    ['Documento', m.documentName],
    ['Envelope', `${m.envelopeName} · ${m.envelopeId}`],
    ['Enviado por', m.issuer],
    ['Páginas do original', String(m.originalPages)],
    ['SHA-256 do original', m.originalSha256],
    ['Criado em', formatSaoPaulo(m.createdAt)],
    ['Concluído em', m.completedAt ? formatSaoPaulo(m.completedAt) : '—'],
    ['Selado em', formatSaoPaulo(m.sealedAt)],
  ];
  const panelH = facts.length * 11.5 + 12;
  const { page, fonts } = flow;
  page.drawRectangle({ x: MARGIN.left, y: flow.y - panelH + 10, width: CONTENT_WIDTH, height: panelH, color: PANEL, borderColor: RULE, borderWidth: 0.5 });
  let y = flow.y - 4;
  for (const [label, value] of facts) {
    page.drawText(label, { x: MARGIN.left + 12, y, font: fonts.regular, size: 7.5, color: MUTED });
    const size = label.startsWith('SHA') ? 8 : 8.5;
    page.drawText(fit(fonts.regular, value || '—', size, CONTENT_WIDTH - 134), { x: MARGIN.left + 120, y, font: label.startsWith('SHA') ? fonts.medium : fonts.regular, size, color: INK });
    y -= 11.5;
  }
  flow.y -= panelH + 4;

  sectionHeading(flow, `Signatários (${m.signers.length})`, 110);
  const withSelfie = m.signers.some((s) => s.selfie);
  m.signers.forEach((s, i) => {
    signerBlock(flow, s, images[i], { full: false, withSelfieColumn: withSelfie });
    if (i < m.signers.length - 1) {
      flow.rule(flow.y + 3, RULE, 0.4);
      flow.y -= 8;
    }
  });

  verificationBox(flow, m);
}

function verificationBox(flow: PageFlow, m: EvidenceManifest) {
  const qrSize = 84;
  flow.ensure(qrSize + 28);
  flow.y -= 10;
  const { page, fonts } = flow;
  const top = flow.y;
  const box = { x: MARGIN.left, y: top - qrSize - 12, width: CONTENT_WIDTH, height: qrSize + 14 };
  page.drawRectangle({ ...box, borderColor: ACCENT, borderWidth: 0.8 });

  const withQr = m.qrCode !== false;
  if (withQr) {
    const { size, runs } = qrRuns(m.verifyUrl);
    const cell = qrSize / (size + 2);
    const qx = box.x + 6 + cell;
    const qy = box.y + 6 + cell;
    for (const r of runs) {
      page.drawRectangle({ x: qx + r.col * cell, y: qy + (size - 1 - r.row) * cell, width: r.length * cell + 0.05, height: cell + 0.05, color: INK });
    }
  }

  const tx = withQr ? box.x + qrSize + 20 : box.x + 12;
  const tw = box.x + box.width - 12 - tx;
  let y = top - 12;
  page.drawText('Verificação de autenticidade', { x: tx, y, font: fonts.medium, size: 10, color: INK });
  y -= 14;
  const lines = wrap(
    fonts.regular,
    `${withQr ? 'Leia o QR code ou acesse' : 'Acesse'} o endereço abaixo para confirmar que este arquivo é o selado pela plataforma. O arquivo tem assinatura digital PAdES: qualquer alteração, mesmo de um byte, a invalida.`,
    8,
    tw,
  );
  for (const line of lines) {
    page.drawText(line, { x: tx, y, font: fonts.regular, size: 8, color: INK });
    y -= 10.5;
  }
  y -= 3;
  page.drawText(fit(fonts.medium, m.verifyUrl, 8.5, tw), { x: tx, y, font: fonts.medium, size: 8.5, color: ACCENT });
  y -= 12;
  page.drawText(`Código: ${m.verifyCode}`, { x: tx, y, font: fonts.regular, size: 8, color: MUTED });
  flow.y = box.y - 8;
}

/** Manual placement (page + box in millimetres from the top-left): the visual signature drawn on the original page. */
function stampPlacements(pdf: PDF, fonts: Fonts, m: EvidenceManifest, images: Images[]) {
  for (const p of m.placements ?? []) {
    const signer = m.signers[p.signer];
    const page = pdf.getPage(p.page - 1);
    if (!signer || !page) continue;
    const w = p.widthMm * MM;
    const h = p.heightMm * MM;
    const x = p.xMm * MM;
    const y = page.height - p.yMm * MM - h;
    const caption = fit(fonts.regular, `${signer.name}${signer.signedAt ? ` · ${formatSaoPaulo(signer.signedAt)}` : ''}`, 5.5, w);
    const art = { x, y: y + 9, width: w, height: Math.max(h - 9, 4) };
    const drawing = images[p.signer]?.drawing;
    if (drawing) drawImageFit(page, drawing, art);
    else drawShrunk(page, fonts, signer.typedName ?? signer.name, art, Math.min(12, art.height * 0.6), INK);
    page.drawLine({ start: { x, y: y + 8 }, end: { x: x + w, y: y + 8 }, color: MUTED, thickness: 0.4 });
    page.drawText(caption, { x, y: y + 1.5, font: fonts.regular, size: 5.5, color: MUTED });
  }
}
