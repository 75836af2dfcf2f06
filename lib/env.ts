import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const optionalUrl = (what: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(z.url({ message: `${what} deve ser uma URL completa, por exemplo http://localhost:3000` }).optional());

const envSchema = z.object({
  PORT: z.coerce
    .number({ message: 'PORT deve ser um número de porta entre 1 e 65535' })
    .int()
    .min(1, 'PORT deve ser um número de porta entre 1 e 65535')
    .max(65535, 'PORT deve ser um número de porta entre 1 e 65535')
    .default(3000),
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
      message: 'DATABASE_URL deve começar com postgres:// ou postgresql://',
    }),
  RUBRICA_DATA_DIR: z.string().trim().min(1).default('./data'),
  RUBRICA_PUBLIC_URL: optionalUrl('RUBRICA_PUBLIC_URL'),
  RUBRICA_SECRET: z
    .string()
    .optional()
    .refine((v) => v === undefined || v.length >= 32, {
      message: 'RUBRICA_SECRET deve ter pelo menos 32 caracteres',
    }),
  RUBRICA_ADMIN_EMAIL: z
    .email({ message: 'RUBRICA_ADMIN_EMAIL deve ser um e-mail válido' })
    .optional(),
  RUBRICA_ADMIN_PASSWORD: z
    .string()
    .min(8, 'RUBRICA_ADMIN_PASSWORD deve ter pelo menos 8 caracteres')
    .optional(),
  RUBRICA_TRUSTED_PROXIES: z.string().optional(),
  /** Created (every scope) for the first account on the first start, for unattended set-ups. */
  RUBRICA_BOOTSTRAP_API_KEY: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || (v.length >= 32 && /^[\x21-\x7e]+$/.test(v)), {
      message: 'RUBRICA_BOOTSTRAP_API_KEY deve ter pelo menos 32 caracteres visíveis, sem espaços',
    }),
  /** Lets webhooks reach loopback and private addresses (tests, internal receivers). */
  RUBRICA_ALLOW_PRIVATE_WEBHOOKS: z.enum(['0', '1']).optional(),
  /** Enables /api/test/* (factories and clock for the e2e suite). Never set in production. */
  RUBRICA_TEST_HOOKS: z.enum(['0', '1']).optional(),
  RUBRICA_WORKERS: z.enum(['0', '1']).optional(),
  /** Where e-mail goes out; unset = the built-in outbox (Caixa de saída) in the console. */
  SMTP_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || /^smtps?:\/\/[^/?#]+/i.test(v), {
      message: 'SMTP_URL deve começar com smtp:// ou smtps:// e indicar o servidor, por exemplo smtp://usuario:senha@smtp.exemplo.com.br:587',
    }),
  RUBRICA_MAIL_FROM: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z
      .string()
      .trim()
      .regex(/^([^<>]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, {
        message: 'RUBRICA_MAIL_FROM deve ser um remetente como "Empresa <nao-responda@empresa.com.br>" ou nao-responda@empresa.com.br',
      })
      .default('Rubrica <nao-responda@localhost>'),
  ),
  /** The platform's signing certificate for sealed PDFs: a .p12/.pfx path, or the file in base64. */
  RUBRICA_SIGNING_P12: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || existsSync(v) || /^[A-Za-z0-9+/=\s]{64,}$/.test(v), {
      message: 'RUBRICA_SIGNING_P12 deve ser o caminho de um arquivo .p12/.pfx existente ou o conteúdo dele em base64',
    }),
  RUBRICA_SIGNING_P12_PASSWORD: z.string().optional(),
  /** RFC 3161 time-stamp authority: sealed PDFs get PAdES B-T instead of B-B. */
  RUBRICA_TSA_URL: optionalUrl('RUBRICA_TSA_URL').refine((v) => v === undefined || /^https?:\/\//.test(v), {
    message: 'RUBRICA_TSA_URL deve começar com http:// ou https://',
  }),
}).refine((e) => !e.RUBRICA_SIGNING_P12 || e.RUBRICA_SIGNING_P12_PASSWORD !== undefined, {
  path: ['RUBRICA_SIGNING_P12_PASSWORD'],
  message: 'RUBRICA_SIGNING_P12_PASSWORD é obrigatória quando RUBRICA_SIGNING_P12 está definida',
});

export type Env = z.output<typeof envSchema> & { dataDir: string; publicUrl: string };

let cached: Env | undefined;

/** Reads and validates the environment once; a bad variable stops the process with its name. */
export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Configuração inválida no ambiente:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  cached = {
    ...e,
    dataDir: path.resolve(e.RUBRICA_DATA_DIR),
    publicUrl: (e.RUBRICA_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
  };
  return cached;
}

/** For tests that change process.env between cases. */
export function resetEnvCache() {
  cached = undefined;
}
