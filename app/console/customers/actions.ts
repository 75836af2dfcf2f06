'use server';

import { revalidatePath } from 'next/cache';
import { operatorAction } from '@/lib/action';
import { createContact } from '@/lib/people/create-contact';
import { createCustomer } from '@/lib/people/create-customer';
import { deleteContact } from '@/lib/people/delete-contact';
import { deleteCustomer } from '@/lib/people/delete-customer';
import {
  contactInput,
  customerInput,
  deleteContactInput,
  deleteCustomerInput,
  updateContactInput,
  updateCustomerInput,
} from '@/lib/people/schemas';
import { updateContact } from '@/lib/people/update-contact';
import { updateCustomer } from '@/lib/people/update-customer';

const LIST = '/console/customers';
const detail = (customerId: string) => `${LIST}/${customerId}`;

export const createCustomerAction = operatorAction({ role: 'operator', input: customerInput }, async (input, ctx) => {
  const result = await createCustomer(ctx, input);
  revalidatePath(LIST);
  return result;
});

export const updateCustomerAction = operatorAction({ role: 'operator', input: updateCustomerInput }, async (input, ctx) => {
  const saved = await updateCustomer(ctx, input);
  revalidatePath(LIST);
  revalidatePath(detail(input.customerId));
  return saved;
});

export const deleteCustomerAction = operatorAction({ role: 'operator', input: deleteCustomerInput }, async (input, ctx) => {
  await deleteCustomer(ctx, input);
  revalidatePath(LIST);
});

export const createContactAction = operatorAction({ role: 'operator', input: contactInput }, async (input, ctx) => {
  const result = await createContact(ctx, input);
  revalidatePath(detail(input.customerId));
  return result;
});

export const updateContactAction = operatorAction({ role: 'operator', input: updateContactInput }, async (input, ctx) => {
  await updateContact(ctx, input);
  revalidatePath(detail(input.customerId));
});

export const deleteContactAction = operatorAction({ role: 'operator', input: deleteContactInput }, async (input, ctx) => {
  await deleteContact(ctx, input);
  revalidatePath(detail(input.customerId));
});
