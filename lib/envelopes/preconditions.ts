import { resolveUseSignature } from '../settings/effective-settings';
import type { ContractContext } from './load-contract-context';

export type EnvelopeOrigin = 'contract_saved' | 'manual' | 'service_order' | 'standalone_term';

const providerLabels: Record<string, string> = {
  rubrica: 'Rubrica (assinatura integrada)',
  clicksign: 'Clicksign',
  arqsign: 'ArqSign',
  totvs_tae: 'TOTVS Assinatura Eletrônica',
};

const statusLabels: Record<string, string> = {
  awaiting_signature: 'Aguardando assinatura',
  active: 'Ativo',
  suspended: 'Suspenso',
  cancelled: 'Cancelado',
  ended: 'Encerrado',
};

/**
 * Every rule that must hold before a contract's envelope is created, in one place (reference 000,
 * "Casos de uso"). Returns the first one that fails, saying what is wrong and where to fix it.
 */
export function failedPrecondition(ctx: ContractContext, origin: EnvelopeOrigin): string | null {
  const { contract, branch, integration, general } = ctx;

  if (origin === 'standalone_term') {
    if (contract.status === 'cancelled' || contract.status === 'ended') {
      return `O contrato ${contract.number} está "${statusLabels[contract.status]}": não é possível enviar termos para assinatura.`;
    }
  } else if (contract.status !== 'awaiting_signature') {
    return `O contrato ${contract.number} está "${statusLabels[contract.status]}": só contratos "Aguardando assinatura" geram documento de assinatura. Altere o status do contrato ou envie um termo avulso.`;
  }

  if (!integration) {
    return `A filial "${branch.name}" não tem integração de assinatura digital. Vincule uma integração em Filiais › ${branch.name}.`;
  }
  if (integration.provider !== 'rubrica') {
    return `A integração "${integration.description}" usa o integrador ${providerLabels[integration.provider]}, cujo envio ainda não está disponível no Rubrica. Vincule à filial "${branch.name}" uma integração Rubrica (assinatura integrada).`;
  }

  const use = resolveUseSignature(general, contract.useSignatureIntegration);
  if (!use.value) {
    return `Este contrato não utiliza a integração de assinatura digital. ${use.explanation} Marque "Sim" no contrato ou ajuste o parâmetro geral.`;
  }

  if (origin === 'contract_saved' && integration.sendMethod !== 'contract') {
    return `O método de envio da integração "${integration.description}" é "Ordem de serviço": o documento é gerado ao salvar uma O.S. com assunto de assinatura digital, não ao salvar o contrato.`;
  }
  if (origin === 'service_order' && integration.sendMethod !== 'service_order') {
    return `O método de envio da integração "${integration.description}" é "Contrato": O.S. não geram documento de assinatura. Altere o método de envio em Integrações › ${integration.description}.`;
  }
  if (ctx.template.format === 'markdown' && !ctx.template.source?.trim()) {
    return `O modelo "${ctx.template.name}" está vazio. Escreva o texto do contrato em Modelos.`;
  }
  return null;
}
