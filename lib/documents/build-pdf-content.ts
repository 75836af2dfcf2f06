import type { Content, StyleDictionary, TableCell } from 'pdfmake/interfaces';
import { buildPdfInlines } from './build-pdf-inlines';
import type { DocumentBlock } from './parse-template';

/*
 * Parsed blocks → pdfmake content. The look (sizes, spacing, table lines) lives here so every
 * contract and term reads the same.
 */

/** A4 content width with 2 cm side margins: 595.28 − 2 × 56.69 pt. */
export const CONTENT_WIDTH = 481.9;

export const documentStyles: StyleDictionary = {
  h1: { fontSize: 14, bold: true, alignment: 'center', margin: [0, 0, 0, 14], characterSpacing: 0.3 },
  h2: { fontSize: 11.5, bold: true, margin: [0, 10, 0, 6] },
  h3: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 4] },
  h4: { fontSize: 10.5, bold: true, italics: true, margin: [0, 6, 0, 3] },
  paragraph: { alignment: 'justify', margin: [0, 0, 0, 7] },
  listParagraph: { alignment: 'justify', margin: [0, 0, 0, 2] },
  list: { margin: [0, 0, 0, 7] },
  nestedList: { margin: [0, 1, 0, 0] },
  table: { fontSize: 9.5, margin: [0, 2, 0, 10] },
  tableHeader: { bold: true, fillColor: '#eeeeee' },
  quote: { italics: true, color: '#444444', margin: [16, 0, 0, 7] },
};

/**
 * Column widths: columns with long text share the free width, short ones (quantities, prices)
 * take what they need. Without a long column every column gets an equal share.
 */
function columnWidths(block: Extract<DocumentBlock, { type: 'table' }>): ('*' | 'auto')[] {
  const longest = block.header.map((_, col) =>
    Math.max(...[block.header, ...block.rows].map((row) => (row[col] ?? []).reduce((n, r) => n + r.text.length, 0))),
  );
  const widths = longest.map((n) => (n > 24 ? '*' : 'auto') as '*' | 'auto');
  return widths.includes('*') ? widths : widths.map(() => '*');
}

type Place = 'body' | 'listItem';

function toContent(block: DocumentBlock, place: Place, listDepth: number): Content | null {
  switch (block.type) {
    case 'heading':
      // headlineLevel lets render-pdf move a heading left alone at the foot of a page.
      return { text: buildPdfInlines(block.content), style: `h${Math.min(block.level, 4)}`, headlineLevel: block.level };
    case 'paragraph':
      return { text: buildPdfInlines(block.content), style: place === 'listItem' ? 'listParagraph' : 'paragraph' };
    case 'list': {
      const items = block.items.map((item) => {
        const stack = item.map((b) => toContent(b, 'listItem', listDepth + 1)).filter((c) => c !== null);
        return stack.length === 1 ? stack[0] : { stack };
      });
      // A nested list sits tight under its item; only the outer list is spaced from what follows.
      const style = listDepth > 0 ? 'nestedList' : 'list';
      // Sub-items of a numbered clause read as a), b), c) in Brazilian contracts.
      if (block.ordered) {
        return {
          ol: items,
          start: block.start,
          type: listDepth > 0 ? 'lower-alpha' : 'decimal',
          separator: listDepth > 0 ? ['', ')'] : ['', '.'],
          style,
        };
      }
      return { ul: items, type: listDepth > 0 ? 'circle' : 'disc', style };
    }
    case 'table': {
      const header: TableCell[] = block.header.map((cell, col) => ({
        text: buildPdfInlines(cell),
        style: 'tableHeader',
        alignment: block.align[col] ?? 'left',
      }));
      const rows: TableCell[][] = block.rows.map((row) =>
        block.header.map((_, col) => ({ text: buildPdfInlines(row[col] ?? []), alignment: block.align[col] ?? 'left' })),
      );
      return {
        table: { headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true, widths: columnWidths(block), body: [header, ...rows] },
        layout: {
          hLineWidth: () => 0.5,
          vLineWidth: () => 0.5,
          hLineColor: () => '#9a9a9a',
          vLineColor: () => '#9a9a9a',
          paddingLeft: () => 5,
          paddingRight: () => 5,
          paddingTop: () => 3,
          paddingBottom: () => 3,
        },
        style: 'table',
      };
    }
    case 'quote':
      return { stack: toContents(block.blocks, place, listDepth), style: 'quote' };
    case 'rule':
      return {
        canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.5, lineColor: '#9a9a9a' }],
        margin: [0, 4, 0, 11],
      };
    case 'pageBreak':
      return null;
  }
}

/** A page-break marker becomes `pageBreak: 'before'` on the block that follows it; a trailing one is dropped. */
function toContents(blocks: DocumentBlock[], place: Place, listDepth: number): Content[] {
  const out: Content[] = [];
  let breakNext = false;
  for (const block of blocks) {
    if (block.type === 'pageBreak') {
      breakNext = out.length > 0;
      continue;
    }
    const content = toContent(block, place, listDepth);
    if (!content) continue;
    out.push(breakNext ? { stack: [content], pageBreak: 'before' } : content);
    breakNext = false;
  }
  return out;
}

/**
 * pdfmake 0.3 starts a new page when a block's bottom margin does not fit on the page, even after
 * the last block: a document whose text ended at the foot of a page got a blank last page. The
 * last block (and the last item inside it) therefore has no bottom margin.
 */
type Container = { stack?: Content[]; ol?: Content[]; ul?: Content[]; marginBottom?: number };

function withoutTrailingMargin(content: Content): Content {
  if (typeof content !== 'object' || content === null || Array.isArray(content)) return content;
  const node: Container = { ...(content as Container), marginBottom: 0 };
  for (const key of ['stack', 'ol', 'ul'] as const) {
    const items = node[key];
    if (items?.length) node[key] = [...items.slice(0, -1), withoutTrailingMargin(items[items.length - 1])];
  }
  return node as Content;
}

export function buildPdfContent(blocks: DocumentBlock[]): Content[] {
  const contents = toContents(blocks, 'body', 0);
  if (contents.length > 0) contents[contents.length - 1] = withoutTrailingMargin(contents[contents.length - 1]);
  return contents;
}
