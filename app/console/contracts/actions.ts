'use server';

import { revalidatePath } from 'next/cache';
import { operatorAction } from '@/lib/action';
import { addContractTerm } from '@/lib/contracts/add-contract-term';
import { createContract } from '@/lib/contracts/create-contract';
import { deleteContract } from '@/lib/contracts/delete-contract';
import { generateContractEnvelope } from '@/lib/contracts/generate-contract-envelope';
import { moveContractToStage } from '@/lib/contracts/move-contract-to-stage';
import { removeContractTerm } from '@/lib/contracts/remove-contract-term';
import {
  addTermInput,
  contractIdInput,
  createContractInput,
  moveStageInput,
  removeTermInput,
  updateContractInput,
} from '@/lib/contracts/schemas';
import { updateContract } from '@/lib/contracts/update-contract';
import { getCustomer } from '@/lib/people/get-customer';
import { listCustomers } from '@/lib/people/list-customers';
import { formatTaxId } from '@/lib/people/tax-id';
import { closeServiceOrder } from '@/lib/service-orders/close-service-order';
import { createServiceOrder } from '@/lib/service-orders/create-service-order';
import { serviceOrderIdInput, serviceOrderInput } from '@/lib/service-orders/schemas';
import { z } from '@/lib/validation';
import { contactLabel } from './_components/contact-label';

const LIST = '/console/contracts';
const detail = (contractId: string) => `${LIST}/${contractId}`;

export const createContractAction = operatorAction({ role: 'operator', input: createContractInput }, async (input, ctx) => {
  const result = await createContract(ctx, input);
  revalidatePath(LIST);
  revalidatePath('/console/envelopes');
  return result;
});

export const updateContractAction = operatorAction({ role: 'operator', input: updateContractInput }, async (input, ctx) => {
  const result = await updateContract(ctx, input);
  revalidatePath(LIST, 'layout');
  revalidatePath('/console/envelopes');
  return result;
});

export const deleteContractAction = operatorAction({ role: 'operator', input: contractIdInput }, async (input, ctx) => {
  await deleteContract(ctx, input);
  revalidatePath(LIST);
});

export const generateContractEnvelopeAction = operatorAction({ role: 'operator', input: contractIdInput }, async (input, ctx) => {
  const result = await generateContractEnvelope(ctx, input);
  revalidatePath(detail(input.contractId));
  revalidatePath('/console/envelopes');
  return result;
});

export const moveContractStageAction = operatorAction({ role: 'operator', input: moveStageInput }, async (input, ctx) => {
  await moveContractToStage(ctx, input);
  revalidatePath(LIST, 'layout');
});

export const addContractTermAction = operatorAction({ role: 'operator', input: addTermInput }, async (input, ctx) => {
  const result = await addContractTerm(ctx, input);
  revalidatePath(detail(input.contractId));
  revalidatePath('/console/envelopes');
  return result;
});

export const removeContractTermAction = operatorAction({ role: 'operator', input: removeTermInput }, async (input, ctx) => {
  await removeContractTerm(ctx, input);
  revalidatePath(detail(input.contractId));
});

export const createServiceOrderAction = operatorAction({ role: 'operator', input: serviceOrderInput }, async (input, ctx) => {
  const result = await createServiceOrder(ctx, input);
  revalidatePath(detail(input.contractId));
  revalidatePath('/console/envelopes');
  return result;
});

export const closeServiceOrderAction = operatorAction({ role: 'operator', input: serviceOrderIdInput }, async (input, ctx) => {
  await closeServiceOrder(ctx, input);
  revalidatePath(detail(input.contractId));
});

const CUSTOMER_RESULTS = 8;

/** The contract form's customer search: the first matches by name, CPF/CNPJ or e-mail. */
export const searchCustomersAction = operatorAction(
  { role: 'operator', input: z.object({ q: z.string().trim().max(100) }) },
  async ({ q }, ctx) => {
    if (!q) return [];
    const { rows } = await listCustomers(ctx, { page: 1, q }, CUSTOMER_RESULTS);
    return rows.map((c) => ({ id: c.id, name: c.name, taxId: formatTaxId(c.taxId) }));
  },
);

/** The chosen customer's contacts, for "Testemunha do cliente". */
export const customerContactsAction = operatorAction(
  { role: 'operator', input: z.object({ customerId: z.uuid('Cliente inválido.') }) },
  async ({ customerId }, ctx) => {
    const customer = await getCustomer(ctx, customerId);
    return (customer?.contacts ?? []).map((c) => ({ id: c.id, label: contactLabel(c) }));
  },
);
