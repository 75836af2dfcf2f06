import { z } from '../validation';
import { normalizeMobile } from './phone';
import { cnpjIsValid, cpfIsValid, normalizeTaxId, taxIdKind } from './tax-id';

/*
 * Zod schemas shared by the forms (react-hook-form resolver) and the server actions, which parse
 * again: the server is the authority. Every schema is idempotent (its output parses to itself),
 * because the forms send the already-parsed values to the action.
 */

export const customerKinds = ['person', 'company'] as const;
export type CustomerKind = (typeof customerKinds)[number];

export const brazilianStates = [
  'AC', 'AL', 'AP', 'AM', 'BA', 'CE', 'DF', 'ES', 'GO', 'MA', 'MT', 'MS', 'MG', 'PA',
  'PB', 'PR', 'PE', 'PI', 'RJ', 'RN', 'RS', 'RO', 'RR', 'SC', 'SP', 'SE', 'TO',
] as const;

export const MAX_CUSTOMER_EMAILS = 10;

const tooLong = (max: number) => `Use no máximo ${max} caracteres.`;

/** Optional free text: blank becomes null. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, tooLong(max))
    .nullish()
    .transform((v) => (v ? v : null));

const emailFormat = z.email();

/**
 * One or more e-mails: an array, or text with one per line (commas and semicolons also split).
 * Lower-cased, blanks and repeats dropped; the first one receives the signing link.
 */
const emailList = z
  .union([z.string(), z.array(z.string())], { message: 'Informe pelo menos um e-mail.' })
  .transform((value, ctx) => {
    const items = (Array.isArray(value) ? value : value.split(/[\n,;]+/))
      .map((e) => e.trim().toLowerCase())
      .filter(Boolean);
    const emails = [...new Set(items)];
    const invalid = emails.filter((e) => !emailFormat.safeParse(e).success);
    if (invalid.length > 0) {
      ctx.issues.push({
        code: 'custom',
        input: value,
        message:
          invalid.length === 1
            ? `"${invalid[0]}" não é um e-mail válido. Use o formato nome@empresa.com.br, um por linha.`
            : `Estes não são e-mails válidos: ${invalid.map((e) => `"${e}"`).join(', ')}. Use um por linha.`,
      });
      return z.NEVER;
    }
    if (emails.length === 0) {
      ctx.issues.push({ code: 'custom', input: value, message: 'Informe pelo menos um e-mail.' });
      return z.NEVER;
    }
    if (emails.length > MAX_CUSTOMER_EMAILS) {
      ctx.issues.push({ code: 'custom', input: value, message: `Informe no máximo ${MAX_CUSTOMER_EMAILS} e-mails.` });
      return z.NEVER;
    }
    return emails;
  });

const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .nullish()
  .transform((v) => (v ? v : null))
  .pipe(z.email('Informe um e-mail válido, como nome@empresa.com.br.').nullable());

/** Brazilian mobile, stored in E.164; blank becomes null. */
const optionalMobile = z
  .string()
  .trim()
  .nullish()
  .transform((value, ctx) => {
    if (!value) return null;
    const e164 = normalizeMobile(value);
    if (!e164) {
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: 'Informe um celular válido com DDD e o nono dígito, como (11) 98765-4321.',
      });
      return z.NEVER;
    }
    return e164;
  });

const postalCode = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v ? v.replace(/\D/g, '') || v : null))
  .refine((v) => v === null || /^\d{8}$/.test(v), 'Informe o CEP com 8 dígitos, como 01310-100.');

const state = z
  .string()
  .trim()
  .toUpperCase()
  .nullish()
  .transform((v) => (v ? v : null))
  .pipe(z.enum(brazilianStates, { message: 'Escolha uma UF válida.' }).nullable());

const taxIdText = z
  .string({ message: 'Informe o CPF ou o CNPJ.' })
  .max(40, tooLong(40))
  .transform(normalizeTaxId);

/** Trimmed, inner runs of spaces collapsed (the list sorts and searches by it). */
const personName = z
  .string({ message: 'Informe o nome.' })
  .trim()
  .max(200, tooLong(200))
  .transform((v) => v.replace(/\s+/g, ' '));

const customerFields = {
  kind: z.enum(customerKinds, { message: 'Escolha pessoa física ou pessoa jurídica.' }),
  name: personName,
  taxId: taxIdText,
  emails: emailList,
  phone: optionalMobile,
  addressPostalCode: postalCode,
  addressStreet: optionalText(200),
  addressNumber: optionalText(20),
  addressComplement: optionalText(100),
  addressDistrict: optionalText(100),
  addressCity: optionalText(100),
  addressState: state,
};

type KindDependent = { kind?: unknown; name?: unknown; taxId?: unknown };

/**
 * Checks whose wording depends on the kind (Nome / Razão social, CPF / CNPJ). They run even when
 * other fields failed, so the person sees every problem at once.
 */
function checkKindDependent(value: KindDependent, ctx: z.RefinementCtx) {
  if (value.kind !== 'person' && value.kind !== 'company') return;
  const person = value.kind === 'person';
  if (typeof value.name === 'string' && value.name.length < 2) {
    ctx.addIssue({
      code: 'custom',
      path: ['name'],
      message: person ? 'Informe o nome completo.' : 'Informe a razão social.',
    });
  }
  if (typeof value.taxId !== 'string') return;
  const taxId = value.taxId;
  let message: string | null = null;
  if (!taxId) message = person ? 'Informe o CPF.' : 'Informe o CNPJ.';
  else if (person && !cpfIsValid(taxId)) {
    message = cnpjIsValid(taxId)
      ? 'Isto é um CNPJ. Para empresas, escolha "Pessoa jurídica".'
      : 'CPF inválido: confira os 11 dígitos.';
  } else if (!person && !cnpjIsValid(taxId)) {
    message = cpfIsValid(taxId)
      ? 'Isto é um CPF. Para pessoas, escolha "Pessoa física".'
      : 'CNPJ inválido: confira os 14 caracteres.';
  }
  if (message) ctx.addIssue({ code: 'custom', path: ['taxId'], message });
}

const always = { when: () => true };

export const customerInput = z.object(customerFields).superRefine(checkKindDependent, always);
export type CustomerInput = z.output<typeof customerInput>;
export type CustomerFormValues = z.input<typeof customerInput>;

export const updateCustomerInput = z
  .object({ customerId: z.uuid('Cliente inválido.'), ...customerFields })
  .superRefine(checkKindDependent, always);
export type UpdateCustomerInput = z.output<typeof updateCustomerInput>;

export const deleteCustomerInput = z.object({ customerId: z.uuid('Cliente inválido.') });
export type DeleteCustomerInput = z.output<typeof deleteCustomerInput>;

const contactFields = {
  customerId: z.uuid('Cliente inválido.'),
  name: personName.refine((v) => v.length >= 2, 'Informe o nome completo.'),
  taxId: taxIdText.superRefine((v, ctx) => {
    if (!v) ctx.addIssue({ code: 'custom', message: 'Informe o CPF ou o CNPJ.' });
    else if (!taxIdKind(v)) ctx.addIssue({ code: 'custom', message: 'CPF ou CNPJ inválido: confira os dígitos.' });
  }),
  email: optionalEmail,
  phone: optionalMobile,
};

/** A contact is reachable by e-mail or by phone: at least one of them. */
function checkReachable(value: { email?: unknown; phone?: unknown }, ctx: z.RefinementCtx) {
  if (value.email === null && value.phone === null) {
    const message = 'Informe o e-mail ou o celular do contato (pelo menos um).';
    ctx.addIssue({ code: 'custom', path: ['email'], message });
    ctx.addIssue({ code: 'custom', path: ['phone'], message });
  }
}

export const contactInput = z.object(contactFields).superRefine(checkReachable, always);
export type ContactInput = z.output<typeof contactInput>;
export type ContactFormValues = z.input<typeof contactInput>;

export const updateContactInput = z
  .object({ contactId: z.uuid('Contato inválido.'), ...contactFields })
  .superRefine(checkReachable, always);
export type UpdateContactInput = z.output<typeof updateContactInput>;

export const deleteContactInput = z.object({ customerId: z.uuid('Cliente inválido.'), contactId: z.uuid('Contato inválido.') });
export type DeleteContactInput = z.output<typeof deleteContactInput>;
