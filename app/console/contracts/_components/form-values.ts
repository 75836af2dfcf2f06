import type { ContractDetail } from '@/lib/contracts/get-contract';
import { centsToInput } from '@/lib/contracts/money';
import type { ContractFormValues } from '@/lib/contracts/schemas';

export const emptyContractForm: ContractFormValues = {
  customerId: '',
  branchId: '',
  templateId: '',
  planName: '',
  price: '',
  startDate: '',
  dueDay: '',
  status: 'awaiting_signature',
  useSignatureIntegration: 'default',
  activation: 'default',
  requireIdDocument: 'default',
  requireSelfie: 'default',
  witnessContactId: '',
  notes: '',
  stageId: '',
};

/** What the form shows for a saved contract: cents back as reais, blanks for nulls. */
export function contractFormValues(c: ContractDetail): ContractFormValues {
  return {
    customerId: c.customerId,
    branchId: c.branchId,
    templateId: c.templateId,
    planName: c.planName ?? '',
    price: centsToInput(c.priceCents),
    startDate: c.startDate ?? '',
    dueDay: c.dueDay == null ? '' : String(c.dueDay),
    status: c.status,
    useSignatureIntegration: c.useSignatureIntegration,
    activation: c.activation,
    requireIdDocument: c.requireIdDocument,
    requireSelfie: c.requireSelfie,
    witnessContactId: c.witnessContactId ?? '',
    notes: c.notes ?? '',
    stageId: '',
  };
}
