import { describe, expect, it } from 'vitest';
import { stageInput } from '../contract-stages/schemas';
import { subjectInput } from '../service-orders/schemas';
import { fieldErrors } from '../validation';
import { documentTypeInput } from './schemas';

const ID = '0b0f2d7e-4f5c-4a56-9a53-3e1c7f0a9b11';
const ID2 = '5c8a0a4e-9d0e-4d55-8f8f-2b1f8a7e6c21';

describe('[CONTRACT SETTINGS] document types, stages and O.S. subjects: form rules', () => {
  it('reads the "Requer assinatura eletrônica" and "Integração assinatura digital" checkboxes', () => {
    expect(documentTypeInput.parse({ name: ' Contrato de adesão ', requiresSignature: 'on' })).toEqual({ name: 'Contrato de adesão', requiresSignature: true });
    expect(documentTypeInput.parse({ name: 'Anexo', requiresSignature: undefined }).requiresSignature).toBe(false);
    expect(subjectInput.parse({ name: 'Assinatura de contrato', requiresSignature: true }).requiresSignature).toBe(true);
    expect(fieldErrors(documentTypeInput.safeParse({ name: ' ' }).error!)).toEqual({ name: ['Informe o nome do tipo de documento.'] });
    expect(fieldErrors(subjectInput.safeParse({ name: '' }).error!)).toEqual({ name: ['Informe o nome do assunto.'] });
  });

  it('a stage takes none, one or several required types (repeats dropped), a position and an optional next stage', () => {
    expect(stageInput.parse({ name: 'Ativo', position: '', documentTypeIds: false, nextStageId: '' })).toEqual({
      name: 'Ativo',
      position: 0,
      documentTypeIds: [],
      nextStageId: null,
    });
    expect(stageInput.parse({ name: 'Ativo', position: '3', documentTypeIds: ID, nextStageId: ID2 }).documentTypeIds).toEqual([ID]);
    const v = stageInput.parse({ name: 'Ativo', position: 3, documentTypeIds: [ID, ID2, ID], nextStageId: null });
    expect(v.documentTypeIds).toEqual([ID, ID2]);
    expect(stageInput.parse(v)).toEqual(v);
    expect(fieldErrors(stageInput.safeParse({ name: 'A', position: '1,5', documentTypeIds: ['x'], nextStageId: 'y' }).error!)).toEqual({
      name: ['Informe o nome da situação.'],
      position: ['Informe a posição com um número inteiro.'],
      'documentTypeIds.0': ['Escolha os tipos de documento da lista.'],
      nextStageId: ['Escolha a próxima situação da lista.'],
    });
  });
});
