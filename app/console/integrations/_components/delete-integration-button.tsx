'use client';

import { DeleteButton } from '@/components/console/delete-button';
import { deleteIntegrationAction } from '../actions';

export function DeleteIntegrationButton({ integrationId, what }: { integrationId: string; what: string }) {
  return <DeleteButton what={what} action={() => deleteIntegrationAction({ integrationId })} redirectTo="/console/integrations" />;
}
