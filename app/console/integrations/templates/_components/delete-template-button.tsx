'use client';

import { DeleteButton } from '@/components/console/delete-button';
import { deleteTemplateAction } from '../actions';

export function DeleteTemplateButton({ templateId, what }: { templateId: string; what: string }) {
  return <DeleteButton what={what} action={() => deleteTemplateAction({ templateId })} redirectTo="/console/integrations/templates" />;
}
