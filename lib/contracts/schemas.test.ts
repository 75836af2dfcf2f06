import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../validation';
import { addTermInput, contractFilters, createContractInput, updateContractInput } from './schemas';

const ID = '0b0f2d7e-4f5c-4a56-9a53-3e1c7f0a9b11';
const base = {
  customerId: ID,
  branchId: ID,
  templateId: ID,
  planName: ' Fibra 500 ',
  price: '1.234,56',
  startDate: '2026-03-01',
  dueDay: '10',
  status: 'awaiting_signature',
  useSignatureIntegration: 'default',
  activation: 'on_signature',
  requireIdDocument: 'yes',
  requireSelfie: 'no',
  witnessContactId: '',
  notes: '',
  stageId: '',
};

describe('[CONTRACTS] contract form rules', () => {
  it('turns typed values into stored ones: cents, day number, nulls for blanks; parsing twice changes nothing', () => {
    const v = createContractInput.parse(base);
    expect(v).toMatchObject({ planName: 'Fibra 500', price: 123456, dueDay: 10, witnessContactId: null, stageId: null, notes: null });
    expect(createContractInput.parse(v)).toEqual(v);
    expect(createContractInput.parse({ ...base, price: '' }).price).toBeNull();
    expect(updateContractInput.parse({ ...base, contractId: ID, dueDay: '' }).dueDay).toBeNull();
  });

  it('refuses a bad price, due day, date and missing choices with pt-BR messages', () => {
    const r = createContractInput.safeParse({ ...base, customerId: '', branchId: '', templateId: '', price: '12,345', dueDay: '32', startDate: '31/02/2026' });
    expect(fieldErrors(r.error!)).toEqual({
      customerId: ['Escolha o cliente.'],
      branchId: ['Escolha a filial.'],
      templateId: ['Escolha o modelo de contrato.'],
      price: ['Informe o valor em reais, como 99,90 ou 1.234,56.'],
      dueDay: ['O dia de vencimento vai de 1 a 31.'],
      startDate: ['Informe a data no formato dd/mm/aaaa.'],
    });
    expect(fieldErrors(createContractInput.safeParse({ ...base, dueDay: '0' }).error!)).toEqual({ dueDay: ['O dia de vencimento vai de 1 a 31.'] });
    expect(fieldErrors(createContractInput.safeParse({ ...base, status: 'x', useSignatureIntegration: 'talvez' }).error!)).toEqual({
      status: ['Escolha o status do contrato.'],
      useSignatureIntegration: ['Escolha Padrão, Sim ou Não.'],
    });
  });

  it('reads "Assinado" of a term and the list filters, ignoring junk in the URL', () => {
    expect(addTermInput.parse({ contractId: ID, termTemplateId: ID, signed: 'false' }).signed).toBe(false);
    expect(addTermInput.parse({ contractId: ID, termTemplateId: ID, signed: 'true' }).signed).toBe(true);
    expect(contractFilters.parse({ status: 'active', branchId: 'nope', from: '2026-01-01', to: 'ontem', page: '-3', q: ' Maria ' })).toEqual({
      status: 'active',
      branchId: undefined,
      from: '2026-01-01',
      to: undefined,
      q: 'Maria',
      page: 1,
    });
  });
});
