'use server';

import { revalidatePath } from 'next/cache';
import { operatorAction } from '@/lib/action';
import { createStage } from '@/lib/contract-stages/create-stage';
import { deleteStage } from '@/lib/contract-stages/delete-stage';
import { stageIdInput, stageInput, updateStageInput } from '@/lib/contract-stages/schemas';
import { updateStage } from '@/lib/contract-stages/update-stage';
import { createDocumentType } from '@/lib/document-types/create-document-type';
import { deleteDocumentType } from '@/lib/document-types/delete-document-type';
import { documentTypeIdInput, documentTypeInput, updateDocumentTypeInput } from '@/lib/document-types/schemas';
import { updateDocumentType } from '@/lib/document-types/update-document-type';
import { createSubject } from '@/lib/service-orders/create-subject';
import { deleteSubject } from '@/lib/service-orders/delete-subject';
import { subjectIdInput, subjectInput, updateSubjectInput } from '@/lib/service-orders/schemas';
import { updateSubject } from '@/lib/service-orders/update-subject';

const SETTINGS = '/console/contracts/settings';
// Stages show their required types, so a document type change refreshes both pages (and contracts).
const refresh = () => revalidatePath('/console/contracts', 'layout');

export const createDocumentTypeAction = operatorAction({ role: 'admin', input: documentTypeInput }, async (input, ctx) => {
  const result = await createDocumentType(ctx, input);
  refresh();
  return result;
});

export const updateDocumentTypeAction = operatorAction({ role: 'admin', input: updateDocumentTypeInput }, async (input, ctx) => {
  await updateDocumentType(ctx, input);
  refresh();
});

export const deleteDocumentTypeAction = operatorAction({ role: 'admin', input: documentTypeIdInput }, async (input, ctx) => {
  await deleteDocumentType(ctx, input);
  refresh();
});

export const createStageAction = operatorAction({ role: 'admin', input: stageInput }, async (input, ctx) => {
  const result = await createStage(ctx, input);
  refresh();
  return result;
});

export const updateStageAction = operatorAction({ role: 'admin', input: updateStageInput }, async (input, ctx) => {
  await updateStage(ctx, input);
  refresh();
});

export const deleteStageAction = operatorAction({ role: 'admin', input: stageIdInput }, async (input, ctx) => {
  await deleteStage(ctx, input);
  refresh();
});

export const createSubjectAction = operatorAction({ role: 'admin', input: subjectInput }, async (input, ctx) => {
  const result = await createSubject(ctx, input);
  revalidatePath(`${SETTINGS}/service-order-subjects`);
  return result;
});

export const updateSubjectAction = operatorAction({ role: 'admin', input: updateSubjectInput }, async (input, ctx) => {
  await updateSubject(ctx, input);
  refresh();
});

export const deleteSubjectAction = operatorAction({ role: 'admin', input: subjectIdInput }, async (input, ctx) => {
  await deleteSubject(ctx, input);
  revalidatePath(`${SETTINGS}/service-order-subjects`);
});
