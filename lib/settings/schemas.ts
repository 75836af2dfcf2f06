import { z } from '../validation';

const bool = z.union([z.boolean(), z.enum(['true', 'false', 'on']).transform((v) => v !== 'false')]);

/** Parâmetros gerais › Contratos › Assinatura digital. */
export const generalParametersInput = z.object({
  contractSignatureEnabled: bool,
  useSignatureIntegration: bool,
  defaultActivation: z.enum(['on_signature', 'manual'], { message: 'Escolha como o contrato é ativado.' }),
});
export type GeneralParametersInput = z.output<typeof generalParametersInput>;
