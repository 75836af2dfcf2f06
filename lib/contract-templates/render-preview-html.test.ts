import { describe, expect, it } from 'vitest';
import { PAGE_BREAK_MARKER } from '../documents/parse-template';
import { renderPreviewHtml } from './render-preview-html';

const labels = { pageBreak: 'Quebra de página', unknownVariable: 'Variável desconhecida' };
const render = (source: string) => renderPreviewHtml(source, labels);

describe('[TEMPLATES] editor live preview', () => {
  it('shows known variables as chips with their catalogue label, unknown ones as marked chips', () => {
    const html = render('Contratante: **{{cliente.nome}}**, vencimento dia {{ contrato.dia_vencimento }}; {{cliente.rg}}');
    expect(html).toContain('<strong><span class="tpl-var" data-variable="cliente.nome" title="{{cliente.nome}}">Nome / Razão social</span></strong>');
    expect(html).toContain('data-variable="contrato.dia_vencimento"');
    expect(html).toContain('<span class="tpl-var tpl-var-unknown" data-variable="cliente.rg" title="Variável desconhecida">{{cliente.rg}}</span>');
  });

  it('renders headings, lists, tables and the page break the way the PDF reads them', () => {
    const html = render(`# Contrato\n\n1. Objeto\n2. Preço\n\n| Plano | Valor |\n| --- | ---: |\n| {{contrato.plano}} | {{contrato.valor}} |\n\n${PAGE_BREAK_MARKER}\n\nAnexo`);
    expect(html).toContain('<h1>Contrato</h1>');
    expect(html).toContain('<ol>');
    expect(html).toMatch(/<table>[\s\S]*<th>Plano<\/th>[\s\S]*data-variable="contrato.valor"/);
    expect(html).toContain('<div class="tpl-page-break" role="separator"><span>Quebra de página</span></div>');
    expect(html).toContain('<p>Anexo</p>');
  });

  it('never lets the text become markup or script', () => {
    const html = render('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)> [clique](javascript:alert(1)) ![x](http://x/y.png) {{<b>}}');
    expect(html).not.toMatch(/<script|<img|href="javascript|<b>/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('keeps a variable written inside a link address as written', () => {
    const html = render('[site]({{cliente.email}}) e [t](http://x "{{cliente.nome}}")');
    expect(html).toContain('href="%7B%7Bcliente.email%7D%7D"');
    expect(html).toContain('title="{{cliente.nome}}"');
  });
});
