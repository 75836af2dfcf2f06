import { describe, expect, it } from 'vitest';
import { buildCustomerSearchText, escapeLike, foldForSearch, parseCustomerSearch } from './search-text';

describe('customer search text', () => {
  it('folds accents, case and spacing', () => {
    expect(foldForSearch('  JOÃO  da Conceição ')).toBe('joao da conceicao');
    expect(foldForSearch('Ângela Müller')).toBe('angela muller');
  });

  it('holds the folded name, the tax id without punctuation and every e-mail', () => {
    expect(
      buildCustomerSearchText({ name: 'José Antônio Silva', taxId: '529.982.247-25', emails: ['jose@empresa.com.br', 'financeiro@empresa.com.br'] }),
    ).toBe('jose antonio silva 52998224725 jose@empresa.com.br financeiro@empresa.com.br');
  });

  it('keeps the letters of an alphanumeric CNPJ, lower-cased', () => {
    expect(buildCustomerSearchText({ name: 'Ação Ltda', taxId: '12ABC34501DE35', emails: [] })).toBe('acao ltda 12abc34501de35');
  });
});

describe('what the search box means', () => {
  it('searches CPF/CNPJ typed with or without punctuation by tax id prefix', () => {
    expect(parseCustomerSearch('529.982.247-25')).toEqual({ by: 'taxId', prefix: '52998224725' });
    expect(parseCustomerSearch('52998224725')).toEqual({ by: 'taxId', prefix: '52998224725' });
    expect(parseCustomerSearch('11.222.333/0001-81')).toEqual({ by: 'taxId', prefix: '11222333000181' });
    expect(parseCustomerSearch('529.98')).toEqual({ by: 'taxId', prefix: '52998' });
  });

  it('recognises a complete alphanumeric CNPJ', () => {
    expect(parseCustomerSearch('12.abc.345/01de-35')).toEqual({ by: 'taxId', prefix: '12ABC34501DE35' });
  });

  it('searches names and e-mails as accent-free "contains", with LIKE wildcards escaped', () => {
    expect(parseCustomerSearch('Conceição')).toEqual({ by: 'text', pattern: '%conceicao%' });
    expect(parseCustomerSearch('joao@EMPRESA')).toEqual({ by: 'text', pattern: '%joao@empresa%' });
    expect(parseCustomerSearch('50%_off')).toEqual({ by: 'text', pattern: '%50\\%\\_off%' });
    expect(escapeLike('a\\b')).toBe('a\\\\b');
  });

  it('ignores an empty query', () => {
    expect(parseCustomerSearch(undefined)).toBeNull();
    expect(parseCustomerSearch('   ')).toBeNull();
  });
});
