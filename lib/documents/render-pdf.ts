import 'server-only';
import pdfmake from 'pdfmake';
import type { Content, ContentSection, DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces';
import { buildPdfContent, CONTENT_WIDTH, documentStyles } from './build-pdf-content';
import { fillTemplate } from './fill-template';
import { keepLinesTogether } from './keep-lines-together';
import { DOCUMENT_FONT, resolvePdfFonts } from './resolve-pdf-fonts';
import type { VariableValues } from './variables';

const CM = 72 / 2.54;
/** A4, 2.5 cm top and bottom (room for the running header and footer), 2 cm left and right. */
const MARGINS: [number, number, number, number] = [2 * CM, 2.5 * CM, 2 * CM, 2.5 * CM];
const MUTED = '#6b6b6b';

export type DocumentSection = {
  /** Shown in the running header of the section's pages: the contract's or the term's name. */
  title: string;
  /** Markdown with {{variables}}. */
  source: string;
};

export type RenderDocumentInput = {
  /** The PDF's own title (what a viewer shows in its title bar). */
  title: string;
  /** Each section starts on a new page; page numbers run through the whole document. */
  sections: readonly DocumentSection[];
  values: VariableValues;
  /** Stored as the PDF's creation date; pass the app clock so the same input gives the same file. */
  createdAt?: Date;
  /** Usually the branch or company issuing the document. */
  author?: string;
};

function header(title: string): DynamicContent {
  return () => ({
    margin: [MARGINS[0], 1.1 * CM, MARGINS[2], 0],
    stack: [
      { text: title, fontSize: 8, color: MUTED, alignment: 'right' },
      { canvas: [{ type: 'line', x1: 0, y1: 3, x2: CONTENT_WIDTH, y2: 3, lineWidth: 0.5, lineColor: '#c8c8c8' }] },
    ],
  });
}

const footer: DynamicContent = (currentPage, pageCount) => ({
  text: `Página ${currentPage} de ${pageCount}`,
  fontSize: 8,
  color: MUTED,
  alignment: 'center',
  margin: [0, 1.1 * CM, 0, 0],
});

// Nothing is fetched and no file but the fonts is opened, whatever a document definition names.
const denyAll = () => false;

/** Several documents in one PDF: a contract's body, then each of its terms, each from a new page. */
export async function renderDocumentPdf(input: RenderDocumentInput): Promise<Uint8Array> {
  if (input.sections.length === 0) throw new Error('renderDocumentPdf: nenhuma seção para gerar.');
  const sections: ContentSection[] = input.sections.map((s) => ({
    section: buildPdfContent(fillTemplate(s.source, input.values)),
    header: header(s.title),
  }));

  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: MARGINS,
    info: {
      title: input.title,
      author: input.author,
      creator: 'Rubrica',
      producer: 'Rubrica',
      creationDate: input.createdAt,
    },
    language: 'pt-BR',
    content: sections as Content[],
    footer,
    defaultStyle: { font: DOCUMENT_FONT, fontSize: 10.5, lineHeight: 1.3, color: '#1a1a1a' },
    styles: documentStyles,
    pageBreakBefore: keepLinesTogether(),
  };

  // pdfmake keeps fonts and policies on a module-wide object; setting them right before the
  // synchronous createPdf() call means no other caller can interleave a different setting.
  const fonts = resolvePdfFonts();
  const fontFiles = new Set(Object.values(fonts));
  // A fresh copy: pdfmake rewrites the font dictionary it is given.
  pdfmake.setFonts({ [DOCUMENT_FONT]: { ...fonts } });
  pdfmake.setUrlAccessPolicy(denyAll);
  pdfmake.setLocalAccessPolicy((file) => fontFiles.has(file));
  const buffer = await pdfmake.createPdf(doc).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** A contract with its terms, as sent for signature. */
export function renderContractPdf(input: {
  title: string;
  body: string;
  terms?: readonly DocumentSection[];
  values: VariableValues;
  createdAt?: Date;
  author?: string;
}): Promise<Uint8Array> {
  const { body, terms = [], ...rest } = input;
  return renderDocumentPdf({ ...rest, sections: [{ title: input.title, source: body }, ...terms] });
}

/** A term on its own (termo avulso). */
export function renderTermPdf(input: {
  title: string;
  source: string;
  values: VariableValues;
  createdAt?: Date;
  author?: string;
}): Promise<Uint8Array> {
  const { source, ...rest } = input;
  return renderDocumentPdf({ ...rest, sections: [{ title: input.title, source }] });
}
