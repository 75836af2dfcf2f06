import type { TemplateContext } from './build-variable-values';

/**
 * The fictitious customer, contract and branch the template preview is filled with. Every field is
 * present, accents and all, so an author sees how each variable reads and spots a layout that
 * breaks on a long name. The tax ids are valid test numbers that belong to no one.
 */
export function buildSampleContext(now: Date): TemplateContext {
  return {
    customer: {
      name: 'Maria da Conceição Araújo',
      taxId: '12345678909',
      emails: ['maria.araujo@exemplo.com.br'],
      phone: '+5511987654321',
      addressStreet: 'Rua São João',
      addressNumber: '1500',
      addressComplement: 'Apto 32',
      addressDistrict: 'Consolação',
      addressCity: 'São Paulo',
      addressState: 'SP',
      addressPostalCode: '01310100',
    },
    contract: {
      number: '2026/000123',
      planName: 'Plano Empresarial Plus',
      priceCents: 123456,
      startDate: '2026-12-01',
      dueDay: 10,
    },
    branch: {
      name: 'Filial Paulista',
      cnpj: '12ABC34501DE35',
      addressStreet: 'Avenida Paulista',
      addressNumber: '1000',
      addressComplement: '10º andar',
      addressDistrict: 'Bela Vista',
      addressCity: 'São Paulo',
      addressState: 'SP',
      addressPostalCode: '01310200',
    },
    representative: { name: 'João Sebastião Gonçalves', cpf: '52998224725' },
    now,
  };
}
