import type { ContractStatus } from './schemas';

/** What the activity log writes; the console reads the same words from messages/pt-BR/contracts.json. */
export const contractStatusLabels: Record<ContractStatus, string> = {
  awaiting_signature: 'Aguardando assinatura',
  active: 'Ativo',
  suspended: 'Suspenso',
  cancelled: 'Cancelado',
  ended: 'Encerrado',
};

export const triStateLabels = { default: 'Padrão', yes: 'Sim', no: 'Não' } as const;
export const activationChoiceLabels = { default: 'Padrão', on_signature: 'No ato da assinatura', manual: 'Não ativar' } as const;
