import MarkdownIt, { type StateBlock } from 'markdown-it';
import { findVariableReferences } from '../documents/find-unknown-variables';
import { isVariableKey, templateVariables } from '../documents/variables';

/*
 * The editor's live preview, in the browser: the same Markdown dialect the PDF is drawn from
 * (lib/documents/parse-template.ts), rendered to HTML, with each {{variable}} shown as a chip
 * instead of a value. Raw HTML stays off, so whatever an author types is shown, never run.
 */

const OPEN = '\uE000';
const CLOSE = '\uE001';
const PLACEHOLDER = /\uE000(\d+)\uE001/g;
// normalizeLink percent-encodes the placeholders inside a link's address.
const ENCODED_PLACEHOLDER = /%EE%80%80(\d+)%EE%80%81/g;
const PAGE_BREAK = /^<!--\s*(?:quebra[- ]de[- ]p[aá]gina|pagebreak)\s*-->$/i;

const labels: ReadonlyMap<string, string> = new Map(templateVariables.map((v) => [v.key, v.label]));

export type PreviewLabels = {
  /** Shown on the dashed line where the PDF starts a new page. */
  pageBreak: string;
  /** Tooltip of a variable the catalogue does not have. */
  unknownVariable: string;
};

function pageBreakRule(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  const line = state.src.slice(state.bMarks[startLine] + state.tShift[startLine], state.eMarks[startLine]).trim();
  if (!PAGE_BREAK.test(line)) return false;
  if (silent) return true;
  const token = state.push('page_break', '', 0);
  token.map = [startLine, startLine + 1];
  state.line = startLine + 1;
  return true;
}

function createRenderer() {
  const md = new MarkdownIt('commonmark', { html: false, typographer: true, quotes: '“”‘’' })
    .enable(['table', 'strikethrough', 'smartquotes'])
    .disable(['code', 'fence', 'html_block', 'html_inline', 'image']);
  md.block.ruler.before('paragraph', 'page_break', pageBreakRule, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  return md;
}

let shared: ReturnType<typeof createRenderer> | null = null;

/** Markdown with {{variables}} → HTML safe to put in the page. */
export function renderPreviewHtml(source: string, text: PreviewLabels): string {
  const md = (shared ??= createRenderer());
  const esc = md.utils.escapeHtml;
  const clean = source.replace(/[\uE000\uE001]/g, '');
  const refs = findVariableReferences(clean);
  let protectedSource = '';
  let last = 0;
  refs.forEach((ref, n) => {
    protectedSource += clean.slice(last, ref.index) + OPEN + n + CLOSE;
    last = ref.index + ref.length;
  });
  protectedSource += clean.slice(last);

  const chip = (n: string) => {
    const key = refs[Number(n)]?.key ?? '';
    if (isVariableKey(key)) {
      return `<span class="tpl-var" data-variable="${esc(key)}" title="{{${esc(key)}}}">${esc(labels.get(key) ?? key)}</span>`;
    }
    return `<span class="tpl-var tpl-var-unknown" data-variable="${esc(key)}" title="${esc(text.unknownVariable)}">{{${esc(key)}}}</span>`;
  };
  const original = (n: string) => esc(clean.slice(refs[Number(n)].index, refs[Number(n)].index + refs[Number(n)].length));

  // Rules are per call: the labels may differ, and the instance is only used synchronously.
  const textRule = (content: string) => esc(content).replace(PLACEHOLDER, (_, n: string) => chip(n));
  md.renderer.rules.text = (tokens, idx) => textRule(tokens[idx].content);
  md.renderer.rules.code_inline = (tokens, idx) => `<code>${textRule(tokens[idx].content)}</code>`;
  md.renderer.rules.page_break = () => `<div class="tpl-page-break" role="separator"><span>${esc(text.pageBreak)}</span></div>\n`;

  return md
    .render(protectedSource)
    .replace(PLACEHOLDER, (_, n: string) => original(n))
    .replace(ENCODED_PLACEHOLDER, (_, n: string) => encodeURI(clean.slice(refs[Number(n)].index, refs[Number(n)].index + refs[Number(n)].length)));
}
