import { z } from '../validation';
import { parseBrlToCents } from './money';

export const contractStatuses = ['awaiting_signature', 'active', 'suspended', 'cancelled', 'ended'] as const;
export type ContractStatus = (typeof contractStatuses)[number];
export const triStates = ['default', 'yes', 'no'] as const;
export const activationChoices = ['default', 'on_signature', 'manual'] as const;

const blankToNull = (v: unknown) => (typeof v === 'string' ? v.trim() : v) || null;
const optionalId = (message: string) => z.preprocess(blankToNull, z.uuid(message).nullable());
const requiredId = (message: string) => z.preprocess((v) => (typeof v === 'string' ? v.trim() : v) || undefined, z.uuid(message));

/** "1.234,56" typed, or the cents an earlier parse produced (schemas are idempotent: forms send parsed values). */
const price = z.preprocess(
  blankToNull,
  z
    .union([z.number(), z.string()])
    .transform((v, ctx) => {
      const cents = typeof v === 'number' ? v : parseBrlToCents(v);
      if (cents === null || !Number.isInteger(cents) || cents < 0) {
        ctx.issues.push({ code: 'custom', input: v, message: 'Informe o valor em reais, como 99,90 ou 1.234,56.' });
        return z.NEVER;
      }
      if (cents > 100_000_000_00) {
        ctx.issues.push({ code: 'custom', input: v, message: 'O valor passa do limite de R$ 100.000.000,00.' });
        return z.NEVER;
      }
      return cents;
    })
    .nullable(),
);

const dueDay = z.preprocess(
  (v) => {
    const b = blankToNull(v);
    return typeof b === 'string' ? Number(b) : b;
  },
  z
    .number({ message: 'O dia de vencimento vai de 1 a 31.' })
    .int('O dia de vencimento vai de 1 a 31.')
    .min(1, 'O dia de vencimento vai de 1 a 31.')
    .max(31, 'O dia de vencimento vai de 1 a 31.')
    .nullable(),
);

const isoDate = z.preprocess(blankToNull, z.iso.date({ message: 'Informe a data no formato dd/mm/aaaa.' }).nullable());

/** The contract's own fields; what the form edits (the number is generated, the stage moves through the gate). */
const contractFields = z.object({
  customerId: requiredId('Escolha o cliente.'),
  branchId: requiredId('Escolha a filial.'),
  templateId: requiredId('Escolha o modelo de contrato.'),
  planName: z.preprocess(blankToNull, z.string().max(200, 'Use no máximo 200 caracteres.').nullable()),
  /** Output: integer cents. */
  price,
  startDate: isoDate,
  dueDay,
  status: z.enum(contractStatuses, { message: 'Escolha o status do contrato.' }),
  useSignatureIntegration: z.enum(triStates, { message: 'Escolha Padrão, Sim ou Não.' }),
  activation: z.enum(activationChoices, { message: 'Escolha como o contrato é ativado.' }),
  requireIdDocument: z.enum(triStates, { message: 'Escolha Padrão, Sim ou Não.' }),
  requireSelfie: z.enum(triStates, { message: 'Escolha Padrão, Sim ou Não.' }),
  witnessContactId: optionalId('Escolha a testemunha entre os contatos do cliente.'),
  notes: z.preprocess(blankToNull, z.string().max(2000, 'Use no máximo 2000 caracteres.').nullable()),
});

export const createContractInput = contractFields.extend({
  /** The initial stage, if any: it must be reachable (its required documents signed — none yet on a new contract). */
  stageId: optionalId('Escolha a situação da lista.'),
});
export type CreateContractInput = z.output<typeof createContractInput>;
export type ContractFormValues = z.input<typeof createContractInput>;

export const updateContractInput = contractFields.extend({ contractId: z.uuid('Contrato inválido.') });
export type UpdateContractInput = z.output<typeof updateContractInput>;

export const contractIdInput = z.object({ contractId: z.uuid('Contrato inválido.') });

export const moveStageInput = z.object({
  contractId: z.uuid('Contrato inválido.'),
  stageId: requiredId('Escolha a situação.'),
});
export type MoveStageInput = z.output<typeof moveStageInput>;

export const addTermInput = z.object({
  contractId: z.uuid('Contrato inválido.'),
  termTemplateId: requiredId('Escolha o termo.'),
  /** "Assinado": Não = the term still needs a signature and is sent on its own. */
  signed: z.preprocess((v) => v === true || v === 'true' || v === 'yes', z.boolean()),
});
export type AddTermInput = z.output<typeof addTermInput>;

export const removeTermInput = z.object({ contractId: z.uuid('Contrato inválido.'), contractTermId: z.uuid('Termo inválido.') });
export type RemoveTermInput = z.output<typeof removeTermInput>;

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.trim() : v) || undefined, schema.optional()).catch(undefined);

/** ?status=&branch=&q=&from=&to=&page= of the contract list; junk is ignored rather than an error page. */
export const contractFilters = z.object({
  status: optional(z.enum(contractStatuses)),
  branchId: optional(z.uuid()),
  q: optional(z.string().max(100)),
  from: optional(z.iso.date()),
  to: optional(z.iso.date()),
  page: z.coerce.number().int().min(1).catch(1).default(1),
});
export type ContractFilters = z.output<typeof contractFilters>;
