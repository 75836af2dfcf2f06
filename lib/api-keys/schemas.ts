import { z } from '../validation';

export const apiScopes = ['envelopes:write', 'envelopes:read', 'webhooks'] as const;
export type ApiScope = (typeof apiScopes)[number];

export const apiScopeLabels: Record<ApiScope, string> = {
  'envelopes:write': 'Criar e alterar envelopes',
  'envelopes:read': 'Consultar envelopes e baixar documentos',
  webhooks: 'Gerenciar webhooks',
};

export const createApiKeyInput = z.object({
  name: z.string().trim().min(1, 'Informe um nome para a chave.').max(80, 'Use até 80 caracteres.'),
  scopes: z
    .preprocess((v) => (v === undefined || v === null || v === false ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(apiScopes)))
    .refine((s) => s.length > 0, 'Escolha ao menos uma permissão.'),
});
export type CreateApiKeyInput = z.output<typeof createApiKeyInput>;

export const revokeApiKeyInput = z.object({ keyId: z.uuid() });
