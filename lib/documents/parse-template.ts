import MarkdownIt, { type StateBlock, type Token } from 'markdown-it';

/*
 * Templates are stored as Markdown: it diffs cleanly, survives copy and paste, and a WYSIWYG editor
 * can be put on top of it later. The parsed form below is what the PDF (and any later preview) is
 * drawn from; it has no Markdown left in it.
 */

export type TextRun = {
  /** Plain text; a hard line break is "\n". */
  text: string;
  bold?: true;
  italics?: true;
  strike?: true;
  link?: string;
};

export type CellAlign = 'left' | 'center' | 'right' | null;

export type DocumentBlock =
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; content: TextRun[] }
  | { type: 'paragraph'; content: TextRun[] }
  | { type: 'list'; ordered: boolean; start: number; items: DocumentBlock[][] }
  | { type: 'table'; align: CellAlign[]; header: TextRun[][]; rows: TextRun[][][] }
  | { type: 'quote'; blocks: DocumentBlock[] }
  | { type: 'rule' }
  | { type: 'pageBreak' };

/**
 * The page break the editor inserts. An HTML comment, so any other Markdown viewer hides it; raw
 * HTML is otherwise off, and this line is recognised by its own rule.
 */
export const PAGE_BREAK_MARKER = '<!-- quebra-de-pagina -->';
const PAGE_BREAK = /^<!--\s*(?:quebra[- ]de[- ]p[aá]gina|pagebreak)\s*-->$/i;

function pageBreakRule(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  const line = state.src.slice(state.bMarks[startLine] + state.tShift[startLine], state.eMarks[startLine]).trim();
  if (!PAGE_BREAK.test(line)) return false;
  if (silent) return true;
  const token = state.push('page_break', '', 0);
  token.map = [startLine, startLine + 1];
  state.line = startLine + 1;
  return true;
}

// CommonMark plus GFM tables and strikethrough, and typographic quotes ("x" → “x”). Not the other
// typographer replacements: they turn a clause's item "(c)" into "©". Off: raw HTML (a template is
// not a web page), images (nothing is fetched while rendering), and indented code blocks, because an
// author who indents a paragraph by four spaces means an indented paragraph, not code.
const markdown = new MarkdownIt('commonmark', { html: false, typographer: true, quotes: '“”‘’' })
  .enable(['table', 'strikethrough', 'smartquotes'])
  .disable(['code', 'fence', 'html_block', 'html_inline', 'image']);
markdown.block.ruler.before('paragraph', 'page_break', pageBreakRule, {
  alt: ['paragraph', 'reference', 'blockquote', 'list'],
});

type Marks = Omit<TextRun, 'text'>;

/** Inline children → runs. `fill` sees only text the author wrote, after Markdown has been read. */
function toRuns(children: Token[] | null, fill: (text: string) => string): TextRun[] {
  const runs: TextRun[] = [];
  const marks: Marks = {};
  const push = (text: string) => {
    if (text) runs.push({ text, ...marks });
  };
  for (const t of children ?? []) {
    switch (t.type) {
      case 'text':
      case 'code_inline':
        push(fill(t.content));
        break;
      case 'softbreak':
        push(' ');
        break;
      case 'hardbreak':
        push('\n');
        break;
      case 'strong_open':
        marks.bold = true;
        break;
      case 'strong_close':
        delete marks.bold;
        break;
      case 'em_open':
        marks.italics = true;
        break;
      case 'em_close':
        delete marks.italics;
        break;
      case 's_open':
        marks.strike = true;
        break;
      case 's_close':
        delete marks.strike;
        break;
      case 'link_open':
        marks.link = fill(safeDecodeUri(String(t.attrGet('href') ?? '')));
        break;
      case 'link_close':
        delete marks.link;
        break;
    }
  }
  return runs;
}

function safeDecodeUri(href: string): string {
  try {
    return decodeURI(href);
  } catch {
    return href;
  }
}

function cellAlign(t: Token): CellAlign {
  const m = /text-align:\s*(left|center|right)/.exec(String(t.attrGet('style') ?? ''));
  return m ? (m[1] as CellAlign) : null;
}

/** Reads block tokens from `i` until the closing token `until`; returns the blocks and where it stopped. */
function toBlocks(tokens: Token[], i: number, until: string | null, fill: (t: string) => string): [DocumentBlock[], number] {
  const blocks: DocumentBlock[] = [];
  while (i < tokens.length && tokens[i].type !== until) {
    const t = tokens[i];
    switch (t.type) {
      case 'heading_open': {
        const level = Number(t.tag.slice(1)) as 1 | 2 | 3 | 4 | 5 | 6;
        blocks.push({ type: 'heading', level, content: toRuns(tokens[i + 1].children, fill) });
        i += 3;
        break;
      }
      case 'paragraph_open': {
        const content = toRuns(tokens[i + 1].children, fill);
        if (content.length > 0) blocks.push({ type: 'paragraph', content });
        i += 3;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const ordered = t.type === 'ordered_list_open';
        const close = ordered ? 'ordered_list_close' : 'bullet_list_close';
        const items: DocumentBlock[][] = [];
        i++;
        while (tokens[i].type !== close) {
          const [item, next] = toBlocks(tokens, i + 1, 'list_item_close', fill);
          items.push(item);
          i = next + 1;
        }
        blocks.push({ type: 'list', ordered, start: Number(t.attrGet('start') ?? 1), items });
        i++;
        break;
      }
      case 'blockquote_open': {
        const [inner, next] = toBlocks(tokens, i + 1, 'blockquote_close', fill);
        blocks.push({ type: 'quote', blocks: inner });
        i = next + 1;
        break;
      }
      case 'table_open': {
        const table: Extract<DocumentBlock, { type: 'table' }> = { type: 'table', align: [], header: [], rows: [] };
        let row: TextRun[][] = [];
        let inHead = false;
        for (i++; tokens[i].type !== 'table_close'; i++) {
          const c = tokens[i];
          if (c.type === 'thead_open') inHead = true;
          else if (c.type === 'thead_close') inHead = false;
          else if (c.type === 'tr_open') row = [];
          else if (c.type === 'tr_close') {
            if (inHead) table.header = row;
            else table.rows.push(row);
          } else if (c.type === 'th_open' || c.type === 'td_open') {
            if (inHead) table.align.push(cellAlign(c));
            row.push(toRuns(tokens[i + 1].children, fill));
          }
        }
        blocks.push(table);
        i++;
        break;
      }
      case 'hr':
        blocks.push({ type: 'rule' });
        i++;
        break;
      case 'page_break':
        blocks.push({ type: 'pageBreak' });
        i++;
        break;
      default:
        i++;
    }
  }
  return [blocks, i];
}

/**
 * Markdown → blocks. `fill` is applied to each piece of text after parsing, so whatever it inserts
 * (a customer's name with * _ # |) is plain text and cannot change the document's structure.
 */
export function parseTemplate(source: string, fill: (text: string) => string = (t) => t): DocumentBlock[] {
  return toBlocks(markdown.parse(source, {}), 0, null, fill)[0];
}
