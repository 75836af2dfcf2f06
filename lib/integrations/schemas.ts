import { z } from '../validation';
import {
  environments,
  providerInfo,
  providers,
  requiresServiceUrl,
  secretFields,
  smsMethods,
  usesSecret,
  whatsappProviders,
  environmentLabels,
  type Provider,
  type SecretField,
} from './providers';

export const DEFAULT_EXPIRY_DAYS = 15;
export const MAX_EXPIRY_DAYS = 90;

const blankToNull = (v: unknown) => (v === '' || v === undefined || (typeof v === 'string' && v.trim() === '') ? null : v);

const optionalText = (max: number, tooLong: string) =>
  z.preprocess((v) => blankToNull(typeof v === 'string' ? v.trim() : v), z.string().max(max, tooLong).nullable());

const optionalEmail = (message: string) =>
  z.preprocess(
    (v) => blankToNull(typeof v === 'string' ? v.trim().toLowerCase() : v),
    z.email(message).max(200, 'Use no máximo 200 caracteres.').nullable(),
  );

const optionalId = (message: string) => z.preprocess(blankToNull, z.uuid(message).nullable());

/** A checkbox: true / "true" / "on" are checked, anything else is not. */
export const checkbox = z.preprocess((v) => v === true || v === 'true' || v === 'on', z.boolean());

/** Whole days or empty; text such as "15" from a form is accepted. */
const optionalDays = (opts: { min: number; max: number; tooSmall: string; tooBig: string }) =>
  z.preprocess(
    (v) => {
      const b = blankToNull(v);
      return typeof b === 'string' ? Number(b.trim()) : b;
    },
    z
      .number({ message: 'Informe um número inteiro de dias.' })
      .int('Informe um número inteiro de dias.')
      .min(opts.min, opts.tooSmall)
      .max(opts.max, opts.tooBig)
      .nullable(),
  );

/** A typed secret: blank means "keep the one saved" on edit (and "none" on create). */
const secretInput = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim() : v) || undefined,
  z.string().max(1000, 'Use no máximo 1000 caracteres.').optional(),
);

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** https, or http only for this machine (local test doubles): tokens never travel in clear. */
const serviceUrl = z.preprocess(
  (v) => blankToNull(typeof v === 'string' ? v.trim().replace(/\/+$/, '') : v),
  z
    .string()
    .max(300, 'Use no máximo 300 caracteres.')
    .refine((v) => {
      try {
        const u = new URL(v);
        return u.protocol === 'https:' || u.protocol === 'http:';
      } catch {
        return false;
      }
    }, 'Informe a URL completa do serviço, como https://app.clicksign.com.')
    .refine((v) => {
      try {
        const u = new URL(v);
        return u.protocol === 'https:' || LOOPBACK.has(u.hostname);
      } catch {
        return true;
      }
    }, 'Use https:// (http só é aceito para endereços locais).')
    .nullable(),
);

const integrationFields = z.object({
  provider: z.enum(providers, { message: 'Escolha o integrador.' }),
  description: z
    .string({ message: 'Informe uma descrição para identificar a integração.' })
    .trim()
    .min(2, 'Informe uma descrição para identificar a integração.')
    .max(120, 'Use no máximo 120 caracteres.'),
  environment: z.enum(environments, { message: 'Escolha o ambiente.' }),
  serviceUrl,
  apiUser: optionalText(200, 'Use no máximo 200 caracteres.'),
  errorReportEmail: optionalEmail('Informe um e-mail válido para os relatórios de erro.'),

  apiToken: secretInput,
  removeApiToken: checkbox.optional(),
  apiPassword: secretInput,
  removeApiPassword: checkbox.optional(),
  webhookSecret: secretInput,
  removeWebhookSecret: checkbox.optional(),

  sendMethod: z.enum(['contract', 'service_order'], { message: 'Escolha o método de envio.' }),
  requireIdDocument: checkbox,
  requireSelfie: checkbox,
  requireHandwritten: checkbox,
  requireGeolocation: checkbox,
  defaultExpiryDays: optionalDays({
    min: 1,
    max: MAX_EXPIRY_DAYS,
    tooSmall: `O prazo de expiração deve ser de pelo menos 1 dia. Deixe em branco para usar ${DEFAULT_EXPIRY_DAYS} dias.`,
    tooBig: `O prazo de expiração não pode passar de ${MAX_EXPIRY_DAYS} dias.`,
  }),
  reminderEveryDays: optionalDays({
    min: 1,
    max: 30,
    tooSmall: 'Os lembretes devem sair a cada 1 a 30 dias.',
    tooBig: 'Os lembretes devem sair a cada 1 a 30 dias.',
  }),
  warnDaysBeforeExpiry: optionalDays({
    min: 1,
    max: MAX_EXPIRY_DAYS - 1,
    tooSmall: 'O aviso antes do vencimento deve ser de pelo menos 1 dia.',
    tooBig: `O aviso antes do vencimento deve ser de no máximo ${MAX_EXPIRY_DAYS - 1} dias.`,
  }),

  companySignerId: optionalId('Escolha um colaborador da lista.'),
  companySignerToken: secretInput,
  removeCompanySignerToken: checkbox.optional(),
  companyWitnessId: optionalId('Escolha um colaborador da lista.'),
  companyWitnessToken: secretInput,
  removeCompanyWitnessToken: checkbox.optional(),

  customerEmailTemplateId: optionalId('Escolha um modelo da lista.'),
  witnessEmailTemplateId: optionalId('Escolha um modelo da lista.'),
  customerWhatsappTemplateId: optionalId('Escolha um modelo da lista.'),
  witnessWhatsappTemplateId: optionalId('Escolha um modelo da lista.'),

  whatsappProvider: z.preprocess((v) => blankToNull(v) ?? 'none', z.enum(whatsappProviders, { message: 'Escolha o provedor de WhatsApp.' })),
  whatsappUrl: serviceUrl,
  whatsappSenderId: optionalText(120, 'Use no máximo 120 caracteres.'),
  whatsappToken: secretInput,
  removeWhatsappToken: checkbox.optional(),
  whatsappCodeTemplate: optionalText(120, 'Use no máximo 120 caracteres.'),
  smsUrl: serviceUrl,
  smsMethod: z.preprocess((v) => blankToNull(v) ?? 'POST', z.enum(smsMethods, { message: 'Escolha POST ou GET.' })),
  smsAuthHeader: z.preprocess(
    (v) => blankToNull(typeof v === 'string' ? v.trim() : v),
    z
      .string()
      .max(100, 'Use no máximo 100 caracteres.')
      .regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/, 'Informe só o nome do cabeçalho, como Authorization.')
      .nullable(),
  ),
  smsAuthValue: secretInput,
  removeSmsAuthValue: checkbox.optional(),
  smsBodyTemplate: optionalText(2000, 'Use no máximo 2000 caracteres.'),
});

type Fields = z.output<typeof integrationFields>;

/** Rules that depend on the provider or on several fields; none needs the saved row. */
function crossFieldRules(v: Fields, ctx: z.RefinementCtx) {
  const info = providerInfo(v.provider);
  if (requiresServiceUrl(v.provider, v.environment) && !v.serviceUrl) {
    ctx.addIssue({
      code: 'custom',
      path: ['serviceUrl'],
      message: `Informe a URL do serviço: ${info.label} não tem endereço padrão em ${environmentLabels[v.environment]}.`,
    });
  }
  const user = info.credentials.apiUser;
  if (user && !v.apiUser) ctx.addIssue({ code: 'custom', path: ['apiUser'], message: user.missing });
  if (user?.email && v.apiUser && !z.email().safeParse(v.apiUser).success) {
    ctx.addIssue({ code: 'custom', path: ['apiUser'], message: 'Informe um e-mail válido, como api@empresa.com.br.' });
  }
  const expiry = v.defaultExpiryDays ?? DEFAULT_EXPIRY_DAYS;
  if (v.warnDaysBeforeExpiry !== null && v.warnDaysBeforeExpiry >= expiry) {
    ctx.addIssue({
      code: 'custom',
      path: ['warnDaysBeforeExpiry'],
      message: `O aviso deve sair antes do vencimento: use menos dias que o prazo de expiração (${expiry}).`,
    });
  }
  if (v.whatsappProvider === 'opa_suite' && !v.whatsappUrl) {
    ctx.addIssue({ code: 'custom', path: ['whatsappUrl'], message: 'Informe o endereço do seu Opa! Suite, como https://empresa.opasuite.com.br.' });
  }
  if (v.whatsappProvider === 'cloud_api' && !v.whatsappSenderId) {
    ctx.addIssue({ code: 'custom', path: ['whatsappSenderId'], message: 'Informe o ID do número de telefone (Phone number ID) do WhatsApp Business.' });
  }
  if (v.smsBodyTemplate && !v.smsBodyTemplate.includes('{{message}}')) {
    ctx.addIssue({ code: 'custom', path: ['smsBodyTemplate'], message: 'O corpo precisa ter {{message}}, onde entra o texto do SMS.' });
  }
  if (v.companyWitnessId && !v.companySignerId) {
    ctx.addIssue({ code: 'custom', path: ['companySignerId'], message: 'Escolha o responsável antes de indicar a testemunha.' });
  }
  if (v.companyWitnessId && v.companyWitnessId === v.companySignerId) {
    ctx.addIssue({ code: 'custom', path: ['companyWitnessId'], message: 'A testemunha deve ser outra pessoa, não o responsável.' });
  }
}

/** Which required secrets are missing, given what is typed now and what is saved (none on create). */
export function missingSecrets(
  v: Pick<Fields, 'provider' | 'apiToken' | 'apiPassword' | 'removeApiToken' | 'removeApiPassword'> &
    Partial<Pick<Fields, 'whatsappProvider' | 'whatsappToken' | 'removeWhatsappToken'>>,
  saved: Partial<Record<'apiToken' | 'apiPassword' | 'whatsappToken', boolean>> = {},
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (v.whatsappProvider && v.whatsappProvider !== 'none' && !v.whatsappToken && !(saved.whatsappToken && !v.removeWhatsappToken)) {
    out.whatsappToken = ['Informe o token de acesso do provedor de WhatsApp.'];
  }
  const info = providerInfo(v.provider);
  for (const field of ['apiToken', 'apiPassword'] as const) {
    const spec = info.credentials[field];
    if (!spec) continue;
    const remove = field === 'apiToken' ? v.removeApiToken : v.removeApiPassword;
    const present = !!v[field] || (!!saved[field] && !remove);
    if (!present) out[field] = [spec.missing];
  }
  return out;
}

export const createIntegrationInput = integrationFields.superRefine((v, ctx) => {
  crossFieldRules(v, ctx);
  for (const [path, [message]] of Object.entries(missingSecrets(v))) ctx.addIssue({ code: 'custom', path: [path], message });
});
export type CreateIntegrationInput = z.output<typeof createIntegrationInput>;

export const updateIntegrationInput = integrationFields
  .extend({ integrationId: z.uuid('Integração inválida.') })
  .superRefine(crossFieldRules);
export type UpdateIntegrationInput = z.output<typeof updateIntegrationInput>;
export type IntegrationFormInput = z.input<typeof integrationFields>;

export const integrationIdInput = z.object({ integrationId: z.uuid('Integração inválida.') });
export type IntegrationIdInput = z.output<typeof integrationIdInput>;

export const removeFlag: Record<SecretField, keyof Fields> = {
  apiToken: 'removeApiToken',
  apiPassword: 'removeApiPassword',
  webhookSecret: 'removeWebhookSecret',
  companySignerToken: 'removeCompanySignerToken',
  companyWitnessToken: 'removeCompanyWitnessToken',
  whatsappToken: 'removeWhatsappToken',
  smsAuthValue: 'removeSmsAuthValue',
};

/** What to write for each secret: a new value, null (clear), or undefined (keep). */
export function secretChanges(v: Fields, provider: Provider) {
  const out = {} as Record<SecretField, { set: string } | { clear: true } | null>;
  for (const field of secretFields) {
    const typed = v[field];
    if (!usesSecret(provider, field)) out[field] = { clear: true };
    else if (field === 'whatsappToken' && v.whatsappProvider === 'none') out[field] = { clear: true };
    else if (field === 'smsAuthValue' && (!v.smsUrl || !v.smsAuthHeader)) out[field] = { clear: true };
    else if (typed) out[field] = { set: typed };
    else if (v[removeFlag[field]] === true) out[field] = { clear: true };
    else out[field] = null;
  }
  return out;
}
