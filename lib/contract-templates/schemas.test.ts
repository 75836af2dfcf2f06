import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../validation';
import { createTemplateInput, MAX_PDF_BYTES, setTemplateTermsInput, updateTemplateInput, uploadPdfTemplateInput } from './schemas';

const ID = '8f14e45f-ceea-467f-a8f3-0c7d2b9f1e2a';
const OTHER = '0b1e6a52-6a1f-4c43-9d6c-1f2a3b4c5d6e';

describe('[TEMPLATES] template form rules', () => {
  it('accepts a contract template with known variables; a blank document type becomes null; parsing is idempotent', () => {
    const v = createTemplateInput.parse({
      kind: 'contract',
      name: '  Contrato de internet  ',
      documentTypeId: '',
      source: '# Contrato\n\nContratante: {{cliente.nome}}, CPF/CNPJ {{ cliente.cpf_cnpj }}.',
    });
    expect(v).toMatchObject({ kind: 'contract', name: 'Contrato de internet', documentTypeId: null });
    expect(createTemplateInput.parse(v)).toEqual(v);
  });

  it('refuses an unknown variable on the text field, naming it', () => {
    const r = createTemplateInput.safeParse({ kind: 'term', name: 'Termo LGPD', source: 'Olá {{cliente.nomee}} e {{contrato.desconto}}' });
    expect(fieldErrors(r.error!)).toEqual({ source: ['Variáveis desconhecidas: {{cliente.nomee}} e {{contrato.desconto}}'] });
    const one = updateTemplateInput.safeParse({ templateId: ID, name: 'X', documentTypeId: null, active: true, source: '{{cliente.rg}}' });
    expect(fieldErrors(one.error!)).toEqual({ source: ['Variável desconhecida: {{cliente.rg}}'] });
  });

  it('refuses a half-written variable and an empty text', () => {
    const r = createTemplateInput.safeParse({ kind: 'contract', name: 'A', source: 'Nome: {{cliente.nome}' });
    expect(fieldErrors(r.error!).source[0]).toContain('Variável incompleta perto de “{{cliente.nome}”');
    const empty = createTemplateInput.safeParse({ kind: 'contract', name: 'A', source: '   ' });
    expect(fieldErrors(empty.error!)).toEqual({ source: ['Escreva o texto do documento.'] });
  });

  it('requires a name without "/", and a known kind', () => {
    const r = createTemplateInput.safeParse({ kind: 'anexo', name: 'Contrato 2025/2026', source: 'Texto' });
    expect(fieldErrors(r.error!)).toEqual({
      kind: ['Escolha entre modelo de contrato e termo.'],
      name: ['O nome não pode conter “/”: ele também é o nome do arquivo PDF.'],
    });
    expect(fieldErrors(createTemplateInput.safeParse({ kind: 'term', name: '  ', source: 'x' }).error!)).toEqual({ name: ['Informe o nome.'] });
  });

  it('an update may leave the text out (an uploaded PDF has none)', () => {
    const v = updateTemplateInput.parse({ templateId: ID, name: 'Contrato PDF', documentTypeId: OTHER, active: false });
    expect(v).toEqual({ templateId: ID, name: 'Contrato PDF', documentTypeId: OTHER, active: false });
  });

  it('terms: an ordered list of distinct ids, at most 20', () => {
    expect(setTemplateTermsInput.parse({ templateId: ID, termIds: [OTHER] }).termIds).toEqual([OTHER]);
    expect(fieldErrors(setTemplateTermsInput.safeParse({ templateId: ID, termIds: [OTHER, OTHER] }).error!)).toEqual({
      termIds: ['Cada termo só pode aparecer uma vez.'],
    });
    expect(fieldErrors(setTemplateTermsInput.safeParse({ templateId: ID, termIds: ['x'] }).error!)).toEqual({ 'termIds.0': ['Termo inválido.'] });
  });

  it('a PDF upload needs a file of at most 10 MB', () => {
    const base = { kind: 'contract', name: 'Contrato pronto', documentTypeId: '' };
    expect(fieldErrors(uploadPdfTemplateInput.safeParse({ ...base, file: new File([], '') }).error!)).toEqual({ file: ['Escolha um arquivo PDF.'] });
    expect(fieldErrors(uploadPdfTemplateInput.safeParse({ ...base, file: 'contrato.pdf' }).error!)).toEqual({ file: ['Escolha um arquivo PDF.'] });
    const big = new File([new Uint8Array(MAX_PDF_BYTES + 1)], 'grande.pdf', { type: 'application/pdf' });
    expect(fieldErrors(uploadPdfTemplateInput.safeParse({ ...base, file: big }).error!)).toEqual({
      file: ['O arquivo tem mais de 10 MB. Envie um PDF de até 10 MB.'],
    });
    const ok = new File([new Uint8Array(MAX_PDF_BYTES)], 'limite.pdf');
    expect(uploadPdfTemplateInput.safeParse({ ...base, file: ok }).success).toBe(true);
  });
});
