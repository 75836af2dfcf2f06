import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { buildSampleContext } from './build-sample-context';
import { PAGE_BREAK_MARKER } from './parse-template';
import { renderContractPdf, renderDocumentPdf, renderTermPdf } from './render-pdf';
import { renderTemplatePreview } from './render-template-preview';
import { buildVariableValues } from './build-variable-values';

/*
 * The PDFs are read back with poppler (pdftotext, pdfinfo), an independent reader: what it extracts
 * is what a person copying text, a search index or a screen reader gets.
 */

let dir = '';
beforeAll(() => {
  for (const tool of ['pdftotext', 'pdfinfo']) {
    const probe = spawnSync(tool, ['-v']);
    if (probe.error) {
      throw new Error(
        `${tool} não encontrado (${probe.error.message}): estes testes leem o PDF gerado com o poppler. ` +
          'Instale com: apt-get install -y poppler-utils',
      );
    }
  }
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rubrica-documents-'));
});
afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

let counter = 0;
function save(pdf: Uint8Array): string {
  const file = path.join(dir, `doc-${++counter}.pdf`);
  fs.writeFileSync(file, pdf);
  return file;
}

/** Text of each page, in order (pdftotext separates pages with a form feed). */
function pagesText(pdf: Uint8Array): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', save(pdf), '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}

function info(pdf: Uint8Array): Record<string, string> {
  const out = execFileSync('pdfinfo', ['-enc', 'UTF-8', save(pdf)], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
}

/** pdftotext may wrap a filled value across lines; compare with whitespace collapsed. */
const squash = (s: string) => s.replace(/\s+/g, ' ');

const values = buildVariableValues(buildSampleContext(new Date('2026-11-23T15:00:00Z')));

const contract = `# Contrato de Prestação de Serviços nº {{contrato.numero}}

**CONTRATANTE:** {{cliente.nome}}, CPF/CNPJ {{ cliente.cpf_cnpj }}, com endereço em {{cliente.endereco}},
e-mail {{cliente.email}}, telefone {{cliente.telefone}}.

**CONTRATADA:** {{filial.nome}}, CNPJ {{filial.cnpj}}, representada por {{responsavel.nome}}, CPF {{responsavel.cpf}}.

## Cláusula 1ª – Do preço

O valor mensal do {{contrato.plano}} é de **{{contrato.valor}}** ({{contrato.valor_extenso}}), com início em
{{contrato.data_inicio}} e vencimento todo dia {{contrato.dia_vencimento}}.

1. Obrigações da *CONTRATADA*;
2. Rescisão e multa.

| Serviço | Valor |
|---|--:|
| Manutenção preventiva | {{contrato.valor}} |

Acentuação: ação, maçã, pão, põe, café, você, início, período, útil, à vista, 1º e 1ª via — “aspas”.

{{cliente.cidade}}, {{data.hoje_extenso}} ({{data.hoje}}).
`;

describe('renderContractPdf', () => {
  it('prints the filled values with their accents intact', async () => {
    const pdf = await renderContractPdf({ title: 'Contrato nº 2026/000123', body: contract, values });
    const [page] = pagesText(pdf);
    const text = squash(page);
    for (const expected of [
      'Contrato de Prestação de Serviços nº 2026/000123',
      'CONTRATANTE: Maria da Conceição Araújo, CPF/CNPJ 123.456.789-09',
      'Rua São João, 1500, Apto 32, Consolação, São Paulo/SP, CEP 01310-100',
      'e-mail maria.araujo@exemplo.com.br, telefone (11) 98765-4321',
      'CONTRATADA: Filial Paulista, CNPJ 12.ABC.345/01DE-35, representada por João Sebastião Gonçalves, CPF 529.982.247-25',
      'Cláusula 1ª – Do preço',
      'Plano Empresarial Plus é de R$ 1.234,56 (mil duzentos e trinta e quatro reais e cinquenta e seis centavos)',
      'início em 01/12/2026 e vencimento todo dia 10',
      'Manutenção preventiva R$ 1.234,56',
      'Acentuação: ação, maçã, pão, põe, café, você, início, período, útil, à vista, 1º e 1ª via — “aspas”.',
      'São Paulo, 23 de novembro de 2026 (23/11/2026).',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toMatch(/\{\{|undefined/);
  });

  it('shows the title in the header, "Página X de Y" in the footer and in the PDF metadata', async () => {
    const pdf = await renderContractPdf({ title: 'Contrato nº 2026/000123', body: contract, values });
    const meta = info(pdf);
    expect(meta.Pages).toBe('1');
    expect(meta.Title).toBe('Contrato nº 2026/000123');
    expect(meta['Page size']).toMatch(/^595\.2\d? x 841\.8\d? pts \(A4\)/);
    const [page] = pagesText(pdf);
    expect(page).toContain('Contrato nº 2026/000123');
    expect(page).toContain('Página 1 de 1');
  });

  it('prints a customer name made of Markdown characters literally', async () => {
    const pdf = await renderContractPdf({
      title: 'Contrato',
      body: '# Contrato\n\nEu, {{cliente.nome}}, declaro.\n\n| Nome |\n|---|\n| {{cliente.nome}} |',
      values: { ...values, 'cliente.nome': '**Zé** | #1' },
    });
    const text = squash(pagesText(pdf).join(''));
    expect(text).toContain('Eu, **Zé** | #1, declaro.');
    expect(text.match(/\*\*Zé\*\* \| #1/g)).toHaveLength(2);
  });

  it('starts each term on a new page with its own header, numbering pages through the whole document', async () => {
    const pdf = await renderContractPdf({
      title: 'Contrato nº 2026/000123',
      body: contract,
      terms: [
        { title: 'Termo de Adesão', source: '# Termo de Adesão\n\nEu, {{cliente.nome}}, adiro ao {{contrato.plano}}.' },
        { title: 'Termo de Confidencialidade', source: '# Termo de Confidencialidade\n\nSigilo por {{filial.nome}}.' },
      ],
      values,
    });
    expect(info(pdf).Pages).toBe('3');
    const pages = pagesText(pdf).map(squash);
    expect(pages[0]).toContain('Página 1 de 3');
    expect(pages[1]).toContain('Termo de Adesão');
    expect(pages[1]).toContain('Eu, Maria da Conceição Araújo, adiro ao Plano Empresarial Plus.');
    expect(pages[1]).toContain('Página 2 de 3');
    expect(pages[1]).not.toContain('Contrato nº 2026/000123');
    expect(pages[2]).toContain('Sigilo por Filial Paulista.');
    expect(pages[2]).toContain('Página 3 de 3');
  });

  it('refuses a template with an unknown variable', async () => {
    await expect(renderContractPdf({ title: 'x', body: 'Eu, {{cliente.nomee}}', values })).rejects.toThrow(AppError);
  });
});

describe('renderDocumentPdf on long documents', () => {
  it('makes exactly one page per page break', async () => {
    const source = Array.from({ length: 12 }, (_, i) => `## Anexo ${i + 1}\n\nConteúdo do anexo ${i + 1}.`).join(
      `\n\n${PAGE_BREAK_MARKER}\n\n`,
    );
    const pdf = await renderDocumentPdf({ title: 'Anexos', sections: [{ title: 'Anexos', source }], values });
    expect(info(pdf).Pages).toBe('12');
    const pages = pagesText(pdf);
    expect(pages).toHaveLength(12);
    pages.forEach((page, i) => {
      expect(page).toContain(`Anexo ${i + 1}`);
      expect(page).toContain(`Página ${i + 1} de 12`);
    });
  });

  // With these 60 clauses the text ends at the foot of page 15: pdfmake used to add a blank page 16.
  it('flows a long text over several pages, numbers every page out of the real total, adds no blank page', async () => {
    const paragraph =
      'O CONTRATANTE, {{cliente.nome}}, declara ciência de que a prestação dos serviços observará as condições ' +
      'técnicas, comerciais e jurídicas previstas neste instrumento e nos seus anexos, inclusive quanto à ' +
      'proteção de dados pessoais, à confidencialidade das informações e às obrigações de cada uma das partes.';
    const source = Array.from({ length: 60 }, (_, i) => `## Cláusula ${i + 1}\n\n${paragraph}\n\n${paragraph}`).join('\n\n');
    const pdf = await renderDocumentPdf({ title: 'Longo', sections: [{ title: 'Longo', source }], values });
    const total = Number(info(pdf).Pages);
    expect(total).toBeGreaterThanOrEqual(8);
    const pages = pagesText(pdf);
    expect(pages).toHaveLength(total);
    pages.forEach((page, i) => expect(page).toContain(`Página ${i + 1} de ${total}`));
    expect(squash(pages.join(' ')).match(/Maria da Conceição Araújo/g)).toHaveLength(120);
    expect(pages.at(-1)).toContain('Cláusula 60');
  });
});

describe('renderTermPdf', () => {
  it('renders a standalone term on its own, titled in the header', async () => {
    const pdf = await renderTermPdf({
      title: 'Termo de Ciência',
      source: '# Termo de Ciência\n\nEu, {{cliente.nome}}, CPF {{cliente.cpf_cnpj}}, declaro ciência.',
      values,
    });
    const meta = info(pdf);
    expect(meta.Pages).toBe('1');
    expect(meta.Title).toBe('Termo de Ciência');
    const [page] = pagesText(pdf);
    expect(squash(page)).toContain('Eu, Maria da Conceição Araújo, CPF 123.456.789-09, declaro ciência.');
    expect(page).toContain('Página 1 de 1');
  });
});

describe('renderTemplatePreview', () => {
  it('fills the template and its terms with the sample customer', async () => {
    const pdf = await renderTemplatePreview({
      title: 'Modelo padrão',
      source: '# Contrato\n\nEu, {{cliente.nome}}, CPF {{cliente.cpf_cnpj}}, pagarei {{contrato.valor}}.',
      terms: [{ title: 'Termo de Adesão', source: 'Adesão de {{cliente.nome}} em {{data.hoje}}.' }],
      now: new Date('2026-11-23T15:00:00Z'),
    });
    const pages = pagesText(pdf).map(squash);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('Eu, Maria da Conceição Araújo, CPF 123.456.789-09, pagarei R$ 1.234,56.');
    expect(pages[1]).toContain('Adesão de Maria da Conceição Araújo em 23/11/2026.');
  });
});
