import type { DocumentNumberRequest } from '../db/schema';
import { resolveEffectiveSettings } from '../settings/effective-settings';

/** A file to ask the signer for ("anexos"): name (≤ 75 characters), required or optional. */
export type AttachmentRequestSpec = { name: string; required: boolean; visibleToAll?: boolean };
import type { ContractContext } from './load-contract-context';

export type RecipientSpec = {
  role: 'customer' | 'customer_witness' | 'company_signer' | 'company_witness' | 'other';
  name: string;
  email: string | null;
  phone: string | null;
  cpf: string | null;
  signingOrder: number;
  action: 'sign' | 'approve' | 'handwritten' | 'copy';
  deliveryChannel: 'email' | 'whatsapp' | 'sms' | 'none';
  /** Follows delivery (reference 001: choosing WhatsApp/SMS for delivery sets authentication to it). */
  authMethod: 'email' | 'whatsapp' | 'sms' | 'access_code' | 'none';
  /** The sender's 4-digit access code, in clear only until createEnvelope hashes it with the recipient id. */
  accessCode?: string | null;
  requireSelfie: boolean;
  requireIdDocument: boolean;
  /** Files this signer is asked to upload while signing. */
  attachmentRequests?: AttachmentRequestSpec[];
  /** A document number this signer must type at the sign step. */
  documentNumberRequest?: DocumentNumberRequest | null;
  /** Manual signature boxes; `document` is the index in the envelope's documents. */
  placements?: { document: number; page: number; xMm: number; yMm: number; widthMm: number; heightMm: number; as: 'pf' | 'pj' }[];
  customerId?: string;
  contactId?: string;
  employeeId?: string;
};

export const PHONE_REQUIRED_MESSAGE = 'Assinatura Eletrônica com autenticação via SMS/WhatsApp requer um número de telefone válido.';

const roleLabels: Record<Exclude<RecipientSpec['role'], 'other'>, string> = {
  customer: 'cliente',
  customer_witness: 'testemunha do cliente',
  company_signer: 'responsável pela empresa',
  company_witness: 'testemunha da empresa',
};

/** Parties sign first, then the company, then the witnesses of both sides. */
const orderByRole: Record<Exclude<RecipientSpec['role'], 'other'>, number> = { customer: 1, company_signer: 2, customer_witness: 3, company_witness: 3 };

type Person = { name: string; email: string | null; phone: string | null; cpf: string | null; where: string };

function channelFor(role: Exclude<RecipientSpec['role'], 'other'>, person: Person, viaWhatsapp: boolean): Pick<RecipientSpec, 'deliveryChannel' | 'authMethod'> {
  if (person.name.includes('/')) {
    throw new RecipientError(`O nome do ${roleLabels[role]} "${person.name}" contém "/", o que não é permitido. Corrija em ${person.where}.`);
  }
  if (viaWhatsapp) {
    if (!person.phone) throw new RecipientError(`${PHONE_REQUIRED_MESSAGE} Cadastre o celular do ${roleLabels[role]} "${person.name}" em ${person.where}.`);
    return { deliveryChannel: 'whatsapp', authMethod: 'whatsapp' };
  }
  if (!person.email) {
    throw new RecipientError(
      `Assinatura com envio por e-mail requer um e-mail válido: o ${roleLabels[role]} "${person.name}" não tem e-mail. Cadastre um em ${person.where}${role === 'company_signer' || role === 'company_witness' ? '' : ' ou escolha um modelo de WhatsApp na integração'}.`,
    );
  }
  return { deliveryChannel: 'email', authMethod: 'email' };
}

export class RecipientError extends Error {}

/**
 * The signers of a contract's envelope: the customer, the customer's witness (if any), and the
 * company representative and witness of the integration (if any). A recipient whose channel lacks
 * the contact data it needs is refused with the message people expect.
 */
export function buildContractRecipients(ctx: ContractContext): RecipientSpec[] {
  const integration = ctx.integration!;
  const effective = resolveEffectiveSettings(ctx.general, integration, ctx.contract);
  const customerAction = integration.requireHandwritten ? 'handwritten' : 'sign';
  const out: RecipientSpec[] = [];

  const c = ctx.customer;
  out.push({
    role: 'customer',
    name: c.name,
    email: c.emails[0] ?? null,
    phone: c.phone,
    cpf: c.kind === 'person' ? c.taxId : null,
    signingOrder: orderByRole.customer,
    action: customerAction,
    ...channelFor('customer', { name: c.name, email: c.emails[0] ?? null, phone: c.phone, cpf: null, where: `Clientes › ${c.name}` }, !!integration.customerWhatsappTemplateId),
    requireSelfie: effective.requireSelfie.value,
    requireIdDocument: effective.requireIdDocument.value,
    customerId: c.id,
  });

  if (ctx.witness) {
    const w = ctx.witness;
    out.push({
      role: 'customer_witness',
      name: w.name,
      email: w.email,
      phone: w.phone,
      cpf: w.taxId,
      signingOrder: orderByRole.customer_witness,
      action: 'sign',
      ...channelFor('customer_witness', { name: w.name, email: w.email, phone: w.phone, cpf: w.taxId, where: `Clientes › ${c.name} › Contatos` }, !!integration.witnessWhatsappTemplateId),
      requireSelfie: false,
      requireIdDocument: false,
      contactId: w.id,
    });
  }

  for (const [role, employee] of [
    ['company_signer', ctx.companySigner],
    ['company_witness', ctx.companyWitness],
  ] as const) {
    if (!employee) continue;
    out.push({
      role,
      name: employee.name,
      email: employee.email,
      phone: employee.phone,
      cpf: employee.cpf,
      signingOrder: orderByRole[role],
      action: 'sign',
      ...channelFor(role, { name: employee.name, email: employee.email, phone: employee.phone, cpf: employee.cpf, where: `Colaboradores › ${employee.name}` }, false),
      requireSelfie: false,
      requireIdDocument: false,
      employeeId: employee.id,
    });
  }
  return out;
}
