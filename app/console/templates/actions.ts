'use server';

import { revalidatePath } from 'next/cache';
import { operatorAction } from '@/lib/action';
import { createTemplate } from '@/lib/contract-templates/create-template';
import { deleteTemplate } from '@/lib/contract-templates/delete-template';
import { replaceTemplatePdf } from '@/lib/contract-templates/replace-template-pdf';
import {
  createTemplateInput,
  replaceTemplatePdfInput,
  setTemplateTermsInput,
  templateIdInput,
  updateTemplateInput,
  uploadPdfTemplateInput,
} from '@/lib/contract-templates/schemas';
import { setTemplateTerms } from '@/lib/contract-templates/set-template-terms';
import { updateTemplate } from '@/lib/contract-templates/update-template';
import { uploadPdfTemplate } from '@/lib/contract-templates/upload-pdf-template';

export const createTemplateAction = operatorAction({ role: 'operator', input: createTemplateInput }, async (input, ctx) => {
  const result = await createTemplate(ctx, input);
  revalidatePath('/console/templates');
  return result;
});

export const updateTemplateAction = operatorAction({ role: 'operator', input: updateTemplateInput }, async (input, ctx) => {
  await updateTemplate(ctx, input);
  revalidatePath('/console/templates', 'layout');
});

export const deleteTemplateAction = operatorAction({ role: 'operator', input: templateIdInput }, async (input, ctx) => {
  await deleteTemplate(ctx, input);
  revalidatePath('/console/templates', 'layout');
});

export const setTemplateTermsAction = operatorAction({ role: 'operator', input: setTemplateTermsInput }, async (input, ctx) => {
  await setTemplateTerms(ctx, input);
  revalidatePath('/console/templates', 'layout');
});

/** Multipart: the form's File arrives as is; size by the schema, content by the use-case. */
export const uploadPdfTemplateAction = operatorAction({ role: 'operator', input: uploadPdfTemplateInput }, async (input, ctx) => {
  const result = await uploadPdfTemplate(ctx, input);
  revalidatePath('/console/templates');
  return result;
});

export const replaceTemplatePdfAction = operatorAction({ role: 'operator', input: replaceTemplatePdfInput }, async (input, ctx) => {
  const result = await replaceTemplatePdf(ctx, input);
  revalidatePath('/console/templates', 'layout');
  return result;
});
