/**
 * Provider catalogue: what each integrator needs to be configured and where its API lives. Pure data,
 * shared by the zod schemas, the console forms and the connection test.
 *
 * Default service URLs come from the providers' public documentation:
 * - Clicksign: https://app.clicksign.com (produção) and https://sandbox.clicksign.com (sandbox);
 * - TOTVS Assinatura Eletrônica: https://totvssign.totvs.app (MV_CNTSURL in the TOTVS set-up page) and
 *   https://totvssign.staging.totvs.app (the staging host of its identity API docs);
 * - ArqSign: https://api-rest.arqsign.com (the route that replaced api.arqsign.com in 10/2024). ArqSign
 *   publishes no separate sandbox host, so a sandbox integration must say which URL to use.
 */

export const providers = ['rubrica', 'clicksign', 'arqsign', 'totvs_tae'] as const;
export type Provider = (typeof providers)[number];

export const environments = ['production', 'sandbox'] as const;
export type Environment = (typeof environments)[number];

export const environmentLabels: Record<Environment, string> = {
  production: 'Produção',
  sandbox: 'Homologação (Sandbox)',
};

/** Non-secret and secret credential inputs an integration may carry. */
export type CredentialField = 'apiUser' | 'apiToken' | 'apiPassword';

export type CredentialSpec = {
  /** Form label (a proper term of the provider, so it lives here rather than in the catalogue). */
  label: string;
  /** Shown when the field is required and missing. */
  missing: string;
  /** apiUser only: validate as an e-mail address. */
  email?: boolean;
};

export type ProviderInfo = {
  label: string;
  /** False for the built-in signer: nothing to connect to. */
  external: boolean;
  /** Every listed credential is required for this provider; unlisted ones are not used. */
  credentials: Partial<Record<CredentialField, CredentialSpec>>;
  /** The provider signs the webhooks it sends with a shared secret. */
  webhookSecret: boolean;
  /** "Token usuário API" of the company representative and witness, where the provider issues one. */
  userTokens: boolean;
  defaultServiceUrl: Partial<Record<Environment, string>>;
  /** What a 401/403 means for this provider's credentials. */
  rejected: string;
};

export const providerCatalogue: Record<Provider, ProviderInfo> = {
  rubrica: {
    label: 'Rubrica (assinatura integrada)',
    external: false,
    credentials: {},
    webhookSecret: false,
    userTokens: false,
    defaultServiceUrl: {},
    rejected: '',
  },
  clicksign: {
    label: 'Clicksign',
    external: true,
    credentials: {
      apiUser: { label: 'E-mail do usuário da API', missing: 'Informe o e-mail do usuário associado à API na Clicksign.', email: true },
      apiToken: { label: 'Access Token', missing: 'Informe o Access Token gerado na Clicksign (Configurações › API).' },
    },
    webhookSecret: true,
    userTokens: true,
    defaultServiceUrl: { production: 'https://app.clicksign.com', sandbox: 'https://sandbox.clicksign.com' },
    rejected: 'Token recusado pelo provedor.',
  },
  arqsign: {
    label: 'ArqSign',
    external: true,
    credentials: {
      apiToken: { label: 'AppKey', missing: 'Informe a AppKey da conta ArqSign (Integrações › API).' },
      apiPassword: { label: 'SubscriptionKey', missing: 'Informe uma das SubscriptionKeys da conta ArqSign (Integrações › API).' },
    },
    webhookSecret: false,
    userTokens: true,
    defaultServiceUrl: { production: 'https://api-rest.arqsign.com' },
    rejected: 'Token recusado pelo provedor.',
  },
  totvs_tae: {
    label: 'TOTVS Assinatura Eletrônica',
    external: true,
    credentials: {
      apiUser: { label: 'Usuário', missing: 'Informe o usuário (e-mail de acesso) do TOTVS Assinatura Eletrônica.' },
      apiPassword: { label: 'Senha', missing: 'Informe a senha do usuário do TOTVS Assinatura Eletrônica.' },
    },
    webhookSecret: false,
    userTokens: false,
    defaultServiceUrl: { production: 'https://totvssign.totvs.app', sandbox: 'https://totvssign.staging.totvs.app' },
    rejected: 'Usuário ou senha recusados pelo provedor.',
  },
};

export function providerInfo(provider: Provider): ProviderInfo {
  return providerCatalogue[provider];
}

export function providerLabel(provider: Provider): string {
  return providerCatalogue[provider].label;
}

export function defaultServiceUrl(provider: Provider, environment: Environment): string | null {
  return providerCatalogue[provider].defaultServiceUrl[environment] ?? null;
}

/** External providers without a known address for the environment need one typed in. */
export function requiresServiceUrl(provider: Provider, environment: Environment): boolean {
  return providerCatalogue[provider].external && defaultServiceUrl(provider, environment) === null;
}

/** The URL requests go to: the one saved, else the provider's default; null for the built-in signer. */
export function effectiveServiceUrl(provider: Provider, environment: Environment, saved: string | null | undefined) {
  if (!providerCatalogue[provider].external) return null;
  return saved || defaultServiceUrl(provider, environment);
}

export function usesCredential(provider: Provider, field: CredentialField): boolean {
  return field in providerCatalogue[provider].credentials;
}

/** Secrets that belong to an integration row, each sealed with purpose `integration.<field>`. */
export const secretFields = [
  'apiToken',
  'apiPassword',
  'webhookSecret',
  'companySignerToken',
  'companyWitnessToken',
  'whatsappToken',
  'smsAuthValue',
] as const;
export type SecretField = (typeof secretFields)[number];

/** Whether a provider uses a given secret at all (unused ones are cleared when the provider changes). */
export function usesSecret(provider: Provider, field: SecretField): boolean {
  const info = providerCatalogue[provider];
  switch (field) {
    case 'apiToken':
    case 'apiPassword':
      return field in info.credentials;
    case 'webhookSecret':
      return info.webhookSecret;
    case 'companySignerToken':
    case 'companyWitnessToken':
      return info.userTokens;
    // Delivery channels work the same whatever signs: whether they are on is decided by their own fields.
    case 'whatsappToken':
    case 'smsAuthValue':
      return true;
  }
}

/** Canais de envio of an integration (lib/notify adapters). */
export const whatsappProviders = ['none', 'cloud_api', 'opa_suite'] as const;
export type WhatsappProvider = (typeof whatsappProviders)[number];
export const whatsappProviderLabels: Record<WhatsappProvider, string> = {
  none: 'Não enviar por WhatsApp',
  cloud_api: 'WhatsApp Business Cloud API (Meta)',
  opa_suite: 'Opa! Suite (omnichannel)',
};
/** Meta's Graph API, versioned: the base every Cloud API request goes to unless another is saved. */
export const WHATSAPP_CLOUD_DEFAULT_URL = 'https://graph.facebook.com/v21.0';
export const smsMethods = ['POST', 'GET'] as const;
