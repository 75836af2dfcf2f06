import { PDF, type PDFPage } from '@libpdf/core';
import { evidenceFontBytes } from './fonts';
import { A4, ACCENT, CONTENT_WIDTH, INK, MARGIN, MUTED, PANEL, PageFlow, RULE, fit, wrap, type Fonts } from './layout';
import { formatSaoPaulo } from './sao-paulo-time';

export type TrailReportEvent = { seq: number; at: Date; label: string; actor: string | null; ip: string | null; device: string | null; hash: string };

export type TrailReport = {
  title: string;
  subtitle: string;
  facts: [label: string, value: string][];
  chain: { ok: boolean; text: string };
  events: TrailReportEvent[];
  generatedAt: Date;
};

/** The evidence trail of an envelope as a PDF a person can file or print: facts, chain verdict, every event. */
export async function renderTrailReport(report: TrailReport): Promise<Uint8Array> {
  const pdf = PDF.create();
  const bytes = evidenceFontBytes();
  const fonts: Fonts = { regular: pdf.embedFont(bytes.regular), medium: pdf.embedFont(bytes.medium) };
  const flow = new PageFlow(pdf, fonts, (page) => header(page, fonts, report));
  flow.newPage();

  flow.y -= 14;
  flow.text(report.title, { size: 16, font: 'medium' });
  flow.y -= 15;
  for (const line of wrap(fonts.regular, report.subtitle, 9, CONTENT_WIDTH)) {
    flow.text(line, { size: 9, color: MUTED });
    flow.y -= 12;
  }
  flow.y -= 6;

  const panelH = report.facts.length * 11.5 + 12;
  flow.page.drawRectangle({ x: MARGIN.left, y: flow.y - panelH + 10, width: CONTENT_WIDTH, height: panelH, color: PANEL, borderColor: RULE, borderWidth: 0.5 });
  let y = flow.y - 4;
  for (const [label, value] of report.facts) {
    flow.page.drawText(label, { x: MARGIN.left + 12, y, font: fonts.regular, size: 7.5, color: MUTED });
    flow.page.drawText(fit(fonts.regular, value, 8.5, CONTENT_WIDTH - 134), { x: MARGIN.left + 120, y, font: fonts.regular, size: 8.5, color: INK });
    y -= 11.5;
  }
  flow.y -= panelH + 6;
  flow.text(report.chain.text, { size: 9, font: 'medium', color: report.chain.ok ? ACCENT : INK });
  flow.y -= 18;

  const cols = { seq: MARGIN.left, at: MARGIN.left + 22, label: MARGIN.left + 142, actor: MARGIN.left + 300, ip: MARGIN.left + 392, hash: A4.width - MARGIN.right - 56 };
  const head = () => {
    for (const [key, label] of [['seq', '#'], ['at', 'Data e hora (Brasília)'], ['label', 'Evento'], ['actor', 'Quem'], ['ip', 'IP / dispositivo'], ['hash', 'Hash']] as const) {
      flow.text(label, { x: cols[key], size: 7, color: MUTED });
    }
    flow.y -= 5;
    flow.rule();
    flow.y -= 10;
  };
  head();
  for (const e of report.events) {
    const labelLines = wrap(fonts.regular, e.label, 7.5, cols.actor - cols.label - 6).slice(0, 3);
    const rowH = Math.max(labelLines.length, e.device ? 2 : 1) * 9 + 4;
    if (flow.y - rowH < MARGIN.bottom) {
      flow.newPage();
      head();
    }
    const top = flow.y;
    flow.text(String(e.seq), { x: cols.seq, size: 7.5, color: MUTED });
    flow.text(formatSaoPaulo(e.at), { x: cols.at, size: 7.5, maxWidth: cols.label - cols.at - 4 });
    labelLines.forEach((line, i) => flow.text(line, { x: cols.label, y: top - i * 9, size: 7.5 }));
    flow.text(e.actor ?? '—', { x: cols.actor, size: 7.5, maxWidth: cols.ip - cols.actor - 6 });
    flow.text(e.ip ?? '—', { x: cols.ip, size: 7.5, maxWidth: cols.hash - cols.ip - 6 });
    if (e.device) flow.text(e.device, { x: cols.ip, y: top - 9, size: 6.5, color: MUTED, maxWidth: cols.hash - cols.ip - 6 });
    flow.text(e.hash.slice(0, 10), { x: cols.hash, size: 7, color: MUTED });
    flow.y = top - rowH;
    flow.rule(flow.y + 6, RULE, 0.3);
    flow.y -= 4;
  }

  const total = flow.pages.length;
  flow.pages.forEach((page, i) => {
    const label = `Página ${i + 1} de ${total}`;
    page.drawLine({ start: { x: MARGIN.left, y: 50 }, end: { x: A4.width - MARGIN.right, y: 50 }, color: RULE, thickness: 0.6 });
    page.drawText(label, { x: A4.width - MARGIN.right - fonts.regular.widthOfTextAtSize(label, 7.5), y: 38, font: fonts.regular, size: 7.5, color: MUTED });
    page.drawText(`Gerado em ${formatSaoPaulo(report.generatedAt)}`, { x: MARGIN.left, y: 38, font: fonts.regular, size: 7.5, color: MUTED });
  });
  pdf.setTitle(report.title);
  return pdf.save({ subsetFonts: true });
}

function header(page: PDFPage, fonts: Fonts, r: TrailReport) {
  const top = A4.height - 34;
  page.drawText('RUBRICA', { x: MARGIN.left, y: top, font: fonts.medium, size: 8.5, color: ACCENT });
  page.drawText('Trilha de evidências', { x: MARGIN.left + fonts.medium.widthOfTextAtSize('RUBRICA', 8.5) + 8, y: top, font: fonts.regular, size: 8.5, color: MUTED });
  const right = fit(fonts.regular, r.title, 8.5, 260);
  page.drawText(right, { x: A4.width - MARGIN.right - fonts.regular.widthOfTextAtSize(right, 8.5), y: top, font: fonts.regular, size: 8.5, color: MUTED });
  page.drawLine({ start: { x: MARGIN.left, y: top - 8 }, end: { x: A4.width - MARGIN.right, y: top - 8 }, color: ACCENT, thickness: 1 });
}
