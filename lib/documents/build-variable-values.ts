import { formatPhone } from '../people/phone';
import { formatTaxId } from '../people/tax-id';
import {
  formatAddressLine,
  formatBrl,
  formatCep,
  formatDateBr,
  formatLongDateBr,
  type DateInput,
  type PostalAddress,
} from './format-values';
import { spellOutBrl } from './spell-out-brl';
import type { VariableKey, VariableValues } from './variables';

/**
 * What a document is filled from. The shapes match the customer, branch and employee rows, so a
 * use-case can pass rows as they come from the database.
 */
export type TemplateContext = {
  customer: PostalAddress & {
    name: string;
    /** CPF or CNPJ, with or without punctuation. */
    taxId: string;
    /** The first one is the customer's main e-mail. */
    emails?: readonly string[] | null;
    /** E.164, e.g. +5511987654321. */
    phone?: string | null;
  };
  contract: {
    number: string;
    planName?: string | null;
    priceCents?: number | null;
    /** A calendar date ("2026-11-23") or an instant. */
    startDate?: DateInput;
    /** Day of the month the invoice falls due, 1–31. */
    dueDay?: number | null;
  };
  branch: PostalAddress & { name: string; cnpj?: string | null };
  /** Who signs for the company (Responsável provedor); a template may be filled before one is chosen. */
  representative?: { name: string; cpf?: string | null } | null;
  /** "Today" for data.hoje; pass the app clock (lib/clock.ts) so tests can move it. */
  now: Date;
};

const text = (v: string | null | undefined) => v?.trim() ?? '';
const taxId = (v: string | null | undefined) => (v ? formatTaxId(v) : '');
// lib/people's formatPhone shows "—" for lists; inside a document an absent phone is just absent.
const phone = (v: string | null | undefined) => (v ? formatPhone(v) : '');
const cents = (v: number | null | undefined) => (v === null || v === undefined ? '' : spellOutBrl(v));

/** A Record over every key: adding a variable to the catalogue does not compile until it is filled here. */
const resolvers: Record<VariableKey, (c: TemplateContext) => string> = {
  'cliente.nome': (c) => text(c.customer.name),
  'cliente.cpf_cnpj': (c) => taxId(c.customer.taxId),
  'cliente.email': (c) => text(c.customer.emails?.[0]),
  'cliente.telefone': (c) => phone(c.customer.phone),
  'cliente.endereco': (c) => formatAddressLine(c.customer),
  'cliente.cidade': (c) => text(c.customer.addressCity),
  'cliente.uf': (c) => text(c.customer.addressState).toUpperCase(),
  'cliente.cep': (c) => formatCep(c.customer.addressPostalCode),
  'contrato.numero': (c) => text(c.contract.number),
  'contrato.plano': (c) => text(c.contract.planName),
  'contrato.valor': (c) => formatBrl(c.contract.priceCents),
  'contrato.valor_extenso': (c) => cents(c.contract.priceCents),
  'contrato.data_inicio': (c) => formatDateBr(c.contract.startDate),
  'contrato.dia_vencimento': (c) => (c.contract.dueDay ? String(c.contract.dueDay) : ''),
  'filial.nome': (c) => text(c.branch.name),
  'filial.cnpj': (c) => taxId(c.branch.cnpj),
  'filial.endereco': (c) => formatAddressLine(c.branch),
  'responsavel.nome': (c) => text(c.representative?.name),
  'responsavel.cpf': (c) => taxId(c.representative?.cpf),
  'data.hoje': (c) => formatDateBr(c.now),
  'data.hoje_extenso': (c) => formatLongDateBr(c.now),
};

export function buildVariableValues(ctx: TemplateContext): VariableValues {
  const values = {} as VariableValues;
  for (const key of Object.keys(resolvers) as VariableKey[]) values[key] = resolvers[key](ctx);
  return values;
}
