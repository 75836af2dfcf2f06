/**
 * Which value a contract really uses, and why. Hierarchy (reference 000, "Hierarquia de
 * Parâmetros"): the contract's own choice wins; "padrão" falls back to the general parameter (use of
 * the integration, activation) or to the integration's default (ID document, selfie).
 */
export type TriState = 'default' | 'yes' | 'no';
export type Activation = 'on_signature' | 'manual';
export type SettingSource = 'contract' | 'general' | 'integration' | 'disabled';

export type Resolved<T> = { value: T; source: SettingSource; explanation: string };

export type GeneralParameters = {
  contractSignatureEnabled: boolean;
  useSignatureIntegration: boolean;
  defaultActivation: Activation;
};

export type IntegrationDefaults = { requireIdDocument: boolean; requireSelfie: boolean };

export type ContractChoices = {
  useSignatureIntegration: TriState;
  activation: Activation | 'default';
  requireIdDocument: TriState;
  requireSelfie: TriState;
};

const yesNo = (v: boolean) => (v ? 'Sim' : 'Não');
const activationLabel: Record<Activation, string> = { on_signature: 'no ato da assinatura', manual: 'não ativar' };

export function resolveUseSignature(general: GeneralParameters, contract: TriState): Resolved<boolean> {
  if (!general.contractSignatureEnabled) {
    return {
      value: false,
      source: 'disabled',
      explanation:
        'A assinatura digital dos contratos está desligada em Parâmetros gerais › Contratos › Assinatura digital.',
    };
  }
  if (contract !== 'default') {
    return {
      value: contract === 'yes',
      source: 'contract',
      explanation: `O contrato define "Utilizar integração assinatura digital" como ${yesNo(contract === 'yes')}.`,
    };
  }
  return {
    value: general.useSignatureIntegration,
    source: 'general',
    explanation: `O contrato usa o padrão; o parâmetro geral "Utilizar integração assinatura digital" está como ${yesNo(general.useSignatureIntegration)}.`,
  };
}

export function resolveActivation(general: GeneralParameters, contract: Activation | 'default'): Resolved<Activation> {
  if (contract !== 'default') {
    return { value: contract, source: 'contract', explanation: `O contrato define a ativação: ${activationLabel[contract]}.` };
  }
  return {
    value: general.defaultActivation,
    source: 'general',
    explanation: `O contrato usa o padrão; o parâmetro geral de ativação é ${activationLabel[general.defaultActivation]}.`,
  };
}

function resolveRequirement(label: string, contract: TriState, integrationValue: boolean): Resolved<boolean> {
  if (contract !== 'default') {
    return { value: contract === 'yes', source: 'contract', explanation: `O contrato define "${label}" como ${yesNo(contract === 'yes')}.` };
  }
  return {
    value: integrationValue,
    source: 'integration',
    explanation: `O contrato usa o padrão; a integração de assinatura exige "${label}": ${yesNo(integrationValue)}.`,
  };
}

export type EffectiveSettings = {
  useSignature: Resolved<boolean>;
  activation: Resolved<Activation>;
  requireIdDocument: Resolved<boolean>;
  requireSelfie: Resolved<boolean>;
};

/** Every effective setting of one contract, each with where it came from. */
export function resolveEffectiveSettings(
  general: GeneralParameters,
  integration: IntegrationDefaults | null,
  contract: ContractChoices,
): EffectiveSettings {
  const defaults = integration ?? { requireIdDocument: false, requireSelfie: false };
  return {
    useSignature: resolveUseSignature(general, contract.useSignatureIntegration),
    activation: resolveActivation(general, contract.activation),
    requireIdDocument: resolveRequirement('Documento de identidade', contract.requireIdDocument, defaults.requireIdDocument),
    requireSelfie: resolveRequirement('Selfie', contract.requireSelfie, defaults.requireSelfie),
  };
}
