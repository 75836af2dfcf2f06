'use client';

import { DeleteButton } from '@/components/console/delete-button';
import { deleteTemplateAction } from '../actions';

export function DeleteTemplateButton({ templateId, what, kind }: { templateId: string; what: string; kind: 'contract' | 'term' }) {
  return <DeleteButton what={what} action={() => deleteTemplateAction({ templateId })} redirectTo={`/console/templates?kind=${kind}`} />;
}
