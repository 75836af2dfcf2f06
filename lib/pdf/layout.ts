import { rgb, type EmbeddedFont, type PDF, type PDFImage, type PDFPage } from '@libpdf/core';

/** A4 in points, and the margins every appended page shares. */
export const A4 = { width: 595.28, height: 841.89 };
export const MARGIN = { left: 48, right: 48, top: 58, bottom: 64 };
export const CONTENT_WIDTH = A4.width - MARGIN.left - MARGIN.right;

export const INK = rgb(0.11, 0.13, 0.19);
export const MUTED = rgb(0.4, 0.43, 0.49);
export const RULE = rgb(0.8, 0.82, 0.86);
export const ACCENT = rgb(0.06, 0.27, 0.5);
export const PANEL = rgb(0.955, 0.963, 0.975);

export type Fonts = { regular: EmbeddedFont; medium: EmbeddedFont };

/** Characters the font cannot draw become "?" rather than failing the whole seal. */
export function drawable(font: EmbeddedFont, text: string): string {
  const clean = text.replace(/[\r\n\t]+/g, ' ');
  if (font.canEncode(clean)) return clean;
  return [...clean].map((ch) => (font.canEncode(ch) ? ch : '?')).join('');
}

/** Cuts the text with an ellipsis so it never runs past maxWidth. */
export function fit(font: EmbeddedFont, text: string, size: number, maxWidth: number): string {
  const t = drawable(font, text);
  if (font.widthOfTextAtSize(t, size) <= maxWidth) return t;
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (font.widthOfTextAtSize(`${t.slice(0, mid).trimEnd()}…`, size) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return `${t.slice(0, lo).trimEnd()}…`;
}

/** Greedy word wrap; a single word wider than the line is broken by characters. */
export function wrap(font: EmbeddedFont, text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of drawable(font, text).split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (font.widthOfTextAtSize(line, size) > maxWidth && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > maxWidth) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A cursor over appended A4 pages: draws top-down, opens a new page (with the running header)
 * when the next block would not fit, and remembers every page for the footers drawn at the end.
 */
export class PageFlow {
  readonly pages: PDFPage[] = [];
  page!: PDFPage;
  y = 0;

  constructor(
    readonly pdf: PDF,
    readonly fonts: Fonts,
    private readonly header: (page: PDFPage) => void,
  ) {}

  newPage(): PDFPage {
    this.page = this.pdf.addPage({ width: A4.width, height: A4.height });
    this.pages.push(this.page);
    this.header(this.page);
    this.y = A4.height - MARGIN.top;
    return this.page;
  }

  /** Room for `height` more points on this page, or a fresh page. */
  ensure(height: number) {
    if (!this.page || this.y - height < MARGIN.bottom) this.newPage();
  }

  text(text: string, opts: { x?: number; size?: number; font?: 'regular' | 'medium'; color?: ReturnType<typeof rgb>; maxWidth?: number; y?: number } = {}) {
    const font = this.fonts[opts.font ?? 'regular'];
    const size = opts.size ?? 9;
    const x = opts.x ?? MARGIN.left;
    const shown = fit(font, text, size, opts.maxWidth ?? A4.width - MARGIN.right - x);
    this.page.drawText(shown, { x, y: opts.y ?? this.y, font, size, color: opts.color ?? INK });
  }

  rightText(text: string, rightX: number, y: number, size: number, font: 'regular' | 'medium' = 'regular', color = MUTED, maxWidth = CONTENT_WIDTH) {
    const f = this.fonts[font];
    const shown = fit(f, text, size, maxWidth);
    this.page.drawText(shown, { x: rightX - f.widthOfTextAtSize(shown, size), y, font: f, size, color });
  }

  rule(y = this.y, color = RULE, thickness = 0.6, x1 = MARGIN.left, x2 = A4.width - MARGIN.right) {
    this.page.drawLine({ start: { x: x1, y }, end: { x: x2, y }, color, thickness });
  }
}

/** Draws an image inside a box, keeping its proportions and centring it. */
export function drawImageFit(page: PDFPage, image: PDFImage, box: { x: number; y: number; width: number; height: number }) {
  const scale = Math.min(box.width / image.width, box.height / image.height);
  const width = image.width * scale;
  const height = image.height * scale;
  page.drawImage(image, { x: box.x + (box.width - width) / 2, y: box.y + (box.height - height) / 2, width, height });
}

/** JPEG or PNG by magic bytes; anything else (or a broken file) is left out, never fails the seal. */
export function embedImageSafe(pdf: PDF, bytes: Uint8Array | null | undefined): PDFImage | null {
  if (!bytes || bytes.length < 8) return null;
  const isPng = bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
  const isJpeg = bytes[0] === 0xff && bytes[1] === 0xd8;
  if (!isPng && !isJpeg) return null;
  try {
    return isPng ? pdf.embedPng(bytes) : pdf.embedJpeg(bytes);
  } catch {
    return null;
  }
}
