import type { createContractSetup } from '../testing/contract-factories';
import { createContractInput } from './schemas';

type Setup = Awaited<ReturnType<typeof createContractSetup>>;

/** The contract form as an operator fills it, for the refs of a test setup; `over` changes any field. */
export function formFor(s: Pick<Setup, 'customer' | 'branch' | 'template' | 'witness'>, over: Record<string, unknown> = {}) {
  return createContractInput.parse({
    customerId: s.customer.id,
    branchId: s.branch.id,
    templateId: s.template.id,
    planName: 'Fibra 500 Mega',
    price: '99,90',
    startDate: '2026-03-01',
    dueDay: '10',
    status: 'awaiting_signature',
    useSignatureIntegration: 'default',
    activation: 'default',
    requireIdDocument: 'default',
    requireSelfie: 'default',
    witnessContactId: s.witness?.id ?? '',
    notes: '',
    stageId: '',
    ...over,
  });
}
